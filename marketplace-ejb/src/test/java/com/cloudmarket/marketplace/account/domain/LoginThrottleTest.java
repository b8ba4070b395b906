package com.cloudmarket.marketplace.account.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15));

    @Test
    void underTheLimitsAnAttemptGoesAhead() {
        assertEquals(Optional.empty(), throttle.refusedUntil(failures(4), failures(19)));
        assertEquals(Optional.empty(), throttle.refusedUntil(List.of(), List.of()));
    }

    @Test
    void theFifthFailureOfALoginRefusesUntilTheOldestLeavesTheWindow() {
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(15))), throttle.refusedUntil(failures(5), failures(5)));
    }

    @Test
    void withMoreFailuresThanTheLimitTheWaitEndsWhenFewerThanTheLimitRemain() {
        // failures at T0, +1 … +6 min: once T0 and +1 have left the window, five remain, still refused; once +2 has, four
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(2 + 15))), throttle.refusedUntil(failures(7), List.of()));
    }

    @Test
    void anAddressIsRefusedAtItsOwnHigherLimitWhateverTheLogin() {
        assertEquals(Optional.empty(), throttle.refusedUntil(List.of(), failures(19)));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(15))), throttle.refusedUntil(List.of(), failures(20)));
    }

    @Test
    void theLaterOfTwoRefusalsWins() {
        List<Instant> later = failures(5).stream().map(t -> t.plus(Duration.ofMinutes(3))).toList();
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(18))), throttle.refusedUntil(later, failures(20)));
    }

    @Test
    void loginsCountCaseInsensitivelyAndLongOnesAreCut() {
        assertEquals("yunfan", LoginThrottle.key("  YunFan "));
        assertEquals(LoginThrottle.KEY_MAX, LoginThrottle.key("a".repeat(500)).length());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, 20, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, 20, Duration.ZERO));
    }

    /** {@code n} failures one minute apart from T0, oldest first. */
    private static List<Instant> failures(int n) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            times.add(T0.plus(Duration.ofMinutes(i)));
        }
        return times;
    }
}
