package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The review a submission opened: {@code status} is the review's (PENDING). */
public record SubmittedProduct(long reviewId, String status, OffsetDateTime dueAt, long productId, long revisionId)
        implements Serializable {
}
