package com.cloudmarket.marketplace.shared.domain;

/** Allowed, but not again so soon (a reminder within its interval): 429 with the seconds until it is allowed again. */
public class TooManyRequestsException extends MarketplaceException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
