package com.cloudmarket.marketplace.account.application;

import java.io.Serializable;
import java.util.Set;

/** What the consoles and the API may show of an account: never the password hash. */
public record AccountView(long accountId, String login, String displayName, String mobile, String email, String language,
                          Set<String> roles) implements Serializable {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
