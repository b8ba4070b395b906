package com.cloudmarket.marketplace.api.security;

import com.cloudmarket.marketplace.account.application.TokenHolder;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** Who is calling, as the bearer token said; empty for anonymous calls and for tokens that were not accepted. */
@RequestScoped
public class Caller {

    private TokenHolder account;
    private boolean tokenRejected;
    private boolean tokenUncheckable;

    void authenticated(TokenHolder account) {
        this.account = account;
    }

    void rejectedToken() {
        this.tokenRejected = true;
    }

    /** The token could not be looked up: the database is unavailable. */
    void uncheckableToken() {
        this.tokenUncheckable = true;
    }

    public Optional<TokenHolder> account() {
        return Optional.ofNullable(account);
    }

    /** The caller's account; only for operations whose access rule already demanded a signed-in caller. */
    public TokenHolder required() {
        if (account == null) {
            throw new IllegalStateException("no authenticated caller: the operation lacks an access rule");
        }
        return account;
    }

    public long accountId() {
        return required().accountId();
    }

    boolean tokenRejected() {
        return tokenRejected;
    }

    boolean tokenUncheckable() {
        return tokenUncheckable;
    }
}
