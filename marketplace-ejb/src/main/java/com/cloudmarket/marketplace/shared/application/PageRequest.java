package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.domain.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Keyset paging over a descending surrogate id: the cursor is the last id seen, opaque to callers,
 * so a deep page costs the same index seek as the first.
 */
public record PageRequest(Long beforeId, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "limitRange", 1, MAX_LIMIT);
        }
    }

    public static PageRequest of(String cursor, Integer limit) {
        return new PageRequest(decode(cursor), limit == null ? DEFAULT_LIMIT : limit);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    /** Reads one row more than asked to know whether another page exists without a count query. */
    public int fetchSize() {
        return limit + 1;
    }

    public <T> Page<T> page(List<T> fetched, ToLongFunction<T> id) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, encode(id.applyAsLong(items.get(items.size() - 1))));
    }

    static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + id).getBytes(StandardCharsets.US_ASCII));
    }

    static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith("k:")) {
                throw new IllegalArgumentException(text);
            }
            long id = Long.parseLong(text.substring(2));
            if (id < 1) {
                throw new IllegalArgumentException(text);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cursor", "cursorInvalid");
        }
    }
}
