package com.cloudmarket.marketplace.webhook.domain;

/** PENDING waits for its next attempt; the other three are final. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED,
    CANCELLED
}
