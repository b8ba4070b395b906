package com.cloudmarket.marketplace.notification.domain;

/** Where an SMS is in the outbox: waiting to be sent (again), taken by a gateway, or given up after every attempt. */
public enum SmsStatus {
    PENDING, SENT, FAILED
}
