package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One row of a provider's product list; {@code reviewStatus} and {@code dueAt} are those of the open revision, if any. */
public record ProductSummary(long productId, String type, String status, String name, String reviewStatus,
                             OffsetDateTime dueAt, OffsetDateTime updatedAt) implements Serializable {
}
