package com.cloudmarket.marketplace.api.shared;

import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;

/** Reads {@code limit} and {@code cursor} query parameters; a non-numeric limit is a 400, not the 404 JAX-RS would give. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(String cursor, String limit) {
        Integer size = null;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.valueOf(limit.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("limit", "number");
            }
        }
        return PageRequest.of(cursor, size);
    }
}
