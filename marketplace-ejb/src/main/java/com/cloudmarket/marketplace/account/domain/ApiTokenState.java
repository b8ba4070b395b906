package com.cloudmarket.marketplace.account.domain;

import java.time.Instant;

/** What a request's check needs of a token, read from its row ({@code ApiToken.stateByHash}). */
public record ApiTokenState(Long accountId, Instant expiresAt, Instant revokedAt) {

    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
