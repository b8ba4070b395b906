package com.cloudmarket.marketplace.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the marketplace said no. Carries a message key, not text, so each channel renders it in the reader's language;
 * an application exception so the container rolls back and hands it to the caller unwrapped.
 */
@ApplicationException(rollback = true)
public abstract class MarketplaceException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    protected MarketplaceException(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        // a copy, not List.of: an argument may be null (a review id before submission), and refusing must not throw
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
