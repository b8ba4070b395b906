package com.cloudmarket.marketplace.order.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * Which of the caller's orders a list shows; every member optional. {@code from} inclusive and {@code to} exclusive on
 * the creation time; {@code q} an order number or its beginning.
 */
public record OrderFilter(String status, Long productId, OffsetDateTime from, OffsetDateTime to, String q)
        implements Serializable {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null);
    }
}
