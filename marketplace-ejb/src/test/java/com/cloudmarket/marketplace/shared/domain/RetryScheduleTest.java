package com.cloudmarket.marketplace.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryScheduleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void theBackOffTriplesUpToSixHours() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), 20);
        assertEquals(Duration.ofSeconds(10), schedule.waitAfter(1));
        assertEquals(Duration.ofSeconds(30), schedule.waitAfter(2));
        assertEquals(Duration.ofSeconds(90), schedule.waitAfter(3));
        assertEquals(Duration.ofHours(6), schedule.waitAfter(19));
        assertEquals(T0.plusSeconds(270), schedule.nextAttempt(4, T0).orElseThrow());
        assertTrue(schedule.nextAttempt(20, T0).isEmpty());
    }

    @Test
    void aScheduleNeedsAPositiveBaseAndAnAttempt() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, 3));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(1), 0));
    }
}
