package com.cloudmarket.marketplace.web.security;

import java.util.List;

/** The security roles of the consoles; the names equal the account roles the EJB module returns. */
public final class Roles {

    public static final String PROVIDER = "PROVIDER";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String OPERATOR = "OPERATOR";

    /** Which console an account with several roles opens first: the most privileged one. */
    public static final List<String> PRIORITY = List.of(OPERATOR, PROVIDER, CUSTOMER);

    private Roles() {
    }
}
