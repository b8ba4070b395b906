package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.product.domain.ProductContent;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A revision not approved yet: {@code reviewStatus} DRAFT, PENDING or REJECTED (then with the reason). */
public record ProductRevisionView(long revisionId, String reviewStatus, ProductContent content, Long reviewId,
                                  OffsetDateTime submittedAt, OffsetDateTime dueAt, OffsetDateTime decidedAt,
                                  String reason) implements Serializable {
}
