package com.cloudmarket.marketplace.shared.domain;

/** Credentials or token not accepted; deliberately one message for every cause so nothing hints which part was wrong. */
public class AuthenticationFailedException extends MarketplaceException {

    public AuthenticationFailedException() {
        super("error.authenticationFailed");
    }
}
