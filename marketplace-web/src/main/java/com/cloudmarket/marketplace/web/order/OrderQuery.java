package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderFilter;
import com.cloudmarket.marketplace.web.shared.ShanghaiTimeConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The order list's filter as it travels in the address ({@code ?status=IN_PROGRESS&product=12&from=2026-11-01&to=2026-11-30&q=…}),
 * shared by the list page and the CSV export so both read the same orders. Dates are days in Asia/Shanghai; "to"
 * includes its whole day. Anything malformed is dropped, never guessed.
 */
public record OrderQuery(String status, Long productId, LocalDate from, LocalDate to, String q) {

    public static final List<String> STATUSES = List.of("PENDING_START", "IN_PROGRESS", "AWAITING_CONFIRMATION", "COMPLETED");
    static final int QUERY_MAX = 40;

    public static OrderQuery parse(String status, String product, String from, String to, String q) {
        return new OrderQuery(status(status), id(product), date(from), date(to), query(q));
    }

    public static String status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return STATUSES.contains(upper) ? upper : null;
    }

    static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String query(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() > QUERY_MAX ? text.substring(0, QUERY_MAX) : text;
    }

    /** The service's filter: from the start of "from" to the end of "to" (the start of the next day, exclusive). */
    public OrderFilter filter() {
        return new OrderFilter(status, productId,
                from == null ? null : from.atStartOfDay(ShanghaiTimeConverter.ZONE).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(ShanghaiTimeConverter.ZONE).toOffsetDateTime(),
                q);
    }

    public boolean isFiltered() {
        return status != null || productId != null || from != null || to != null || q != null;
    }
}
