package com.cloudmarket.marketplace.account.domain;

/** What an account may do; the names are the security roles of the consoles and the API. */
public enum Role {
    PROVIDER, CUSTOMER, OPERATOR;

    public static final String PROVIDER_NAME = "PROVIDER";
    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String OPERATOR_NAME = "OPERATOR";
}
