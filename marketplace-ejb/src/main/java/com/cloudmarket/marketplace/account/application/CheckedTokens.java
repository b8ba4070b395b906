package com.cloudmarket.marketplace.account.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens this server checked lately, by hash, each trusted until a time {@link TokenService} sets: every API
 * request presents its token, and a map lookup costs a fraction of the query. Unknown tokens are not kept, so
 * made-up ones cannot fill it; past its size it starts over.
 */
@ApplicationScoped
public class CheckedTokens {

    static final int MAX_ENTRIES = 10_000;

    private record Checked(TokenHolder holder, Instant trustedUntil) {
    }

    private final ConcurrentHashMap<String, Checked> byHash = new ConcurrentHashMap<>();

    Optional<TokenHolder> find(String hash, Instant now) {
        Checked checked = byHash.get(hash);
        if (checked == null) {
            return Optional.empty();
        }
        if (!now.isBefore(checked.trustedUntil())) {
            byHash.remove(hash, checked);
            return Optional.empty();
        }
        return Optional.of(checked.holder());
    }

    void remember(String hash, TokenHolder holder, Instant trustedUntil) {
        if (byHash.size() >= MAX_ENTRIES) {
            byHash.clear();
        }
        byHash.put(hash, new Checked(holder, trustedUntil));
    }

    void forget(String hash) {
        byHash.remove(hash);
    }
}
