package com.cloudmarket.marketplace.shared.domain;

/** A request body beyond what the operation accepts (413); the argument is the limit in bytes. */
public class PayloadTooLargeException extends MarketplaceException {

    public PayloadTooLargeException(String messageKey, long maxBytes) {
        super(messageKey, maxBytes);
    }
}
