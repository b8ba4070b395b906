package com.cloudmarket.marketplace.order.domain;

/** A step on an order's timeline; the names are part of the API contract (timeline {@code action}). */
public enum OrderAction {
    CREATED,
    REQUIREMENT_SUBMITTED,
    STARTED,
    COMPLETED,
    REMINDED,
    CONFIRMED,
    AUTO_CONFIRMED
}
