package com.cloudmarket.marketplace.review.application;

import com.cloudmarket.marketplace.shared.domain.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Keyset position in the queue: the last (dueAt, id) seen, opaque to callers. */
record ReviewCursor(Instant dueAt, long id) {

    String encode() {
        String text = "r:" + dueAt.getEpochSecond() + ":" + dueAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static ReviewCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 4 || !"r".equals(parts[0])) {
                throw new IllegalArgumentException(cursor);
            }
            return new ReviewCursor(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "cursorInvalid");
        }
    }
}
