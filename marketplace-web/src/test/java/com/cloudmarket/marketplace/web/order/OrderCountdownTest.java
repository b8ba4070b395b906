package com.cloudmarket.marketplace.web.order;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OrderCountdownTest {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    private static OffsetDateTime in(Duration left) {
        return NOW.plus(left).atOffset(ZoneOffset.ofHours(8));
    }

    @Test
    void wholeDaysRoundUp() {
        assertEquals(new Countdown(Countdown.DAYS, 7), Countdown.until(in(Duration.ofDays(7)), NOW));
        assertEquals(new Countdown(Countdown.DAYS, 7), Countdown.until(in(Duration.ofDays(6).plusHours(1)), NOW));
        assertEquals(new Countdown(Countdown.DAYS, 2), Countdown.until(in(Duration.ofDays(1).plusSeconds(1)), NOW));
        assertEquals(new Countdown(Countdown.DAYS, 1), Countdown.until(in(Duration.ofDays(1)), NOW));
    }

    @Test
    void theLastDayCountsHours() {
        assertEquals(new Countdown(Countdown.HOURS, 24), Countdown.until(in(Duration.ofHours(23).plusMinutes(1)), NOW));
        assertEquals(new Countdown(Countdown.HOURS, 1), Countdown.until(in(Duration.ofMinutes(5)), NOW));
    }

    @Test
    void aPassedMomentIsDueAndNoMomentNoCountdown() {
        assertEquals(new Countdown(Countdown.DUE, 0), Countdown.until(in(Duration.ZERO), NOW));
        assertEquals(new Countdown(Countdown.DUE, 0), Countdown.until(in(Duration.ofMinutes(-3)), NOW));
        assertNull(Countdown.until(null, NOW));
    }

    @Test
    void theTextsSayItInBothLanguages() {
        assertEquals("7 天后自动确认完成", text(Locale.SIMPLIFIED_CHINESE, new Countdown(Countdown.DAYS, 7)));
        assertEquals("Confirms itself in 7 days", text(Locale.ENGLISH, new Countdown(Countdown.DAYS, 7)));
        assertEquals("Confirms itself in 1 day", text(Locale.ENGLISH, new Countdown(Countdown.DAYS, 1)));
        assertEquals("Confirms itself in 1 hour", text(Locale.ENGLISH, new Countdown(Countdown.HOURS, 1)));
        assertEquals("即将自动确认完成", text(Locale.SIMPLIFIED_CHINESE, new Countdown(Countdown.DUE, 0)));
    }

    private static String text(Locale locale, Countdown countdown) {
        ResourceBundle bundle = ResourceBundle.getBundle("com.cloudmarket.marketplace.web.i18n.console", locale);
        return new MessageFormat(bundle.getString(countdown.textKey()), locale).format(new Object[]{countdown.amount()});
    }
}
