package com.cloudmarket.marketplace.shared.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential back-off for what leaves the marketplace (webhooks, SMS): after attempt n (1-based) the next one waits
 * {@code base × 3^(n-1)}, at most six hours, until {@code maxAttempts} attempts were made. With 10 s and 12 attempts a
 * receiver may be away about a day and a half without losing anything.
 */
public record RetrySchedule(Duration base, int maxAttempts) {

    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    public RetrySchedule {
        if (base.isNegative() || base.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry schedule needs a positive base and at least one attempt");
        }
    }

    /** When to try again after {@code attemptsMade} failed attempts, or empty when that was the last one. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(waitAfter(attemptsMade)));
    }

    Duration waitAfter(int attemptsMade) {
        Duration wait = base;
        for (int i = 1; i < attemptsMade && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(3);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
