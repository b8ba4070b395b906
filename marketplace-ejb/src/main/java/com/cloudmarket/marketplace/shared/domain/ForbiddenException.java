package com.cloudmarket.marketplace.shared.domain;

/** The caller is known but its role does not allow the operation. */
public class ForbiddenException extends MarketplaceException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
