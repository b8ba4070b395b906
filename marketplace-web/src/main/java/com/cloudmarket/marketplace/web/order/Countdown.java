package com.cloudmarket.marketplace.web.order;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How long until an order confirms itself: whole days rounded up ("in 7 days" from 6 days 1 hour on), hours in the
 * last day, "due" once the moment has passed (the platform's scan confirms it shortly). The page formats it with
 * {@code order.autoConfirm.<unit>} and the amount.
 */
public record Countdown(String unit, long amount) {

    public static final String DAYS = "days";
    public static final String HOURS = "hours";
    public static final String DUE = "due";

    public static Countdown until(OffsetDateTime at, Instant now) {
        if (at == null) {
            return null;
        }
        Duration left = Duration.between(now, at.toInstant());
        if (left.isNegative() || left.isZero()) {
            return new Countdown(DUE, 0);
        }
        if (left.compareTo(Duration.ofDays(1)) < 0) {
            return new Countdown(HOURS, ceil(left, Duration.ofHours(1)));
        }
        return new Countdown(DAYS, ceil(left, Duration.ofDays(1)));
    }

    private static long ceil(Duration left, Duration unit) {
        long whole = left.dividedBy(unit);
        return left.minus(unit.multipliedBy(whole)).isZero() ? whole : whole + 1;
    }

    /** The bundle key of the text, which takes {@link #amount()} as {0}. */
    public String textKey() {
        return "order.autoConfirm." + unit;
    }
}
