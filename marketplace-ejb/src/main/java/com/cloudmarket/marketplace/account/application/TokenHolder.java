package com.cloudmarket.marketplace.account.application;

import java.util.Set;

/**
 * The account an accepted bearer token speaks for: its id and roles, which never change for an account. What may
 * change (name, language, contact) is read from the account itself, never from here.
 */
public record TokenHolder(long accountId, Set<String> roles) {

    public TokenHolder {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
