package com.cloudmarket.marketplace.shared.application;

import java.io.Serializable;
import java.util.List;

/** One page of a list read in the database; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }
}
