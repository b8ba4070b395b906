package com.cloudmarket.marketplace.webhook.domain;

/** What one attempt led to: done, another attempt later, or no more attempts. */
public enum AttemptOutcome {
    DELIVERED,
    RETRY_SCHEDULED,
    FAILED
}
