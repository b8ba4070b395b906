package com.cloudmarket.marketplace.shared.domain;

/** No such resource for this caller; also what another tenant's resource looks like, so its existence does not leak. */
public class NotFoundException extends MarketplaceException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
