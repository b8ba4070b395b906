package com.cloudmarket.marketplace.shared.application;

import java.util.Optional;

/**
 * Remembers what creating requests with an {@code Idempotency-Key} produced, in the creating transaction: a repeat
 * gets the first result and creates nothing, however the two requests interleave.
 */
public interface IdempotentRequests {

    /** The id an earlier request with this key produced; the same key with a different request → 409. */
    Optional<Long> earlierResult(IdempotentRequest request);

    /**
     * Records the result in the caller's transaction. A concurrent request with the same key that recorded first makes
     * this one fail with 409, and its transaction, with what it created, rolls back; a retry then gets the first result.
     */
    void remember(IdempotentRequest request, long resultId);
}
