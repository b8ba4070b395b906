package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.product.domain.ProductContent;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A product as its provider sees it. {@code live} is null until the first approval; {@code pendingRevision} is the latest
 * revision not approved yet (DRAFT, PENDING or REJECTED), else null. {@code version} is the product's ETag.
 */
public record ProductView(long productId, String type, String status, long version, ProductContent live,
                          ProductRevisionView pendingRevision, OffsetDateTime createdAt, OffsetDateTime updatedAt)
        implements Serializable {
}
