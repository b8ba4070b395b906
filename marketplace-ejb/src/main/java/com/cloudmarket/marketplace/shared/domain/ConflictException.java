package com.cloudmarket.marketplace.shared.domain;

/** The request is valid but the current state forbids it (duplicate, wrong state, lost race). */
public class ConflictException extends MarketplaceException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
