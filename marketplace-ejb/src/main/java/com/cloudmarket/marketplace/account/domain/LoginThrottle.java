package com.cloudmarket.marketplace.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How many failed logins are tolerated: per login (against guessing one account's password) and per client address,
 * a higher limit (against one client trying many accounts), each within a sliding window. Past a limit every attempt
 * is refused, the right password too, until enough failures have left the window.
 */
public record LoginThrottle(int maxPerLogin, int maxPerAddress, Duration window) {

    /** The key failures of a login are counted under: an unknown login counts like a known one. */
    public static final int KEY_MAX = 64;

    public LoginThrottle {
        if (maxPerLogin < 1 || maxPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("login throttle limits must be positive: " + maxPerLogin + ", "
                    + maxPerAddress + ", " + window);
        }
    }

    public static String key(String login) {
        String normalized = login.strip().toLowerCase(Locale.ROOT);
        return normalized.length() > KEY_MAX ? normalized.substring(0, KEY_MAX) : normalized;
    }

    /** Failures at or before this instant no longer count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * Until when an attempt is refused, given the earlier failures inside the window (oldest first) of its login and of
     * its address; empty when it may go ahead. A limit is reached with {@code limit} failures, and is left when so many
     * have left the window that fewer remain: the failure at index {@code size - limit} is the one that must go.
     */
    public Optional<Instant> refusedUntil(List<Instant> loginFailures, List<Instant> addressFailures) {
        return Stream.of(blockedUntil(loginFailures, maxPerLogin), blockedUntil(addressFailures, maxPerAddress))
                .flatMap(Optional::stream).max(Instant::compareTo);
    }

    private Optional<Instant> blockedUntil(List<Instant> failures, int limit) {
        if (failures.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(failures.get(failures.size() - limit).plus(window));
    }
}
