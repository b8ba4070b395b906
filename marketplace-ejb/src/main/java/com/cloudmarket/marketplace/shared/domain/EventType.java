package com.cloudmarket.marketplace.shared.domain;

/** What happened in the marketplace; the names are part of the integrator contract (webhook event types). */
public enum EventType {
    ACCOUNT_REGISTERED,
    PROFILE_REVIEW_DECIDED,
    PRODUCT_REVIEW_DECIDED,
    REVIEW_OVERDUE,
    ORDER_CREATED,
    REQUIREMENT_SUBMITTED,
    ORDER_STARTED,
    ORDER_COMPLETED,
    ORDER_REMINDED,
    ORDER_CONFIRMED,
    ORDER_AUTO_CONFIRMED
}
