package com.cloudmarket.marketplace.order.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Order numbers: the purchase date in Beijing time (yyMMdd) and 12 random digits from a SecureRandom, so a customer
 * who knows one order number cannot guess another's by counting. The unique key in the database is the last guard.
 */
public final class OrderNumbers {

    public static final int LENGTH = 18;
    public static final Pattern FORMAT = Pattern.compile("\\d{6}\\d{12}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderNumbers() {
    }

    public static String next(Instant at) {
        StringBuilder number = new StringBuilder(LENGTH).append(DAY.format(at));
        for (int i = 0; i < 12; i++) {
            number.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return number.toString();
    }
}
