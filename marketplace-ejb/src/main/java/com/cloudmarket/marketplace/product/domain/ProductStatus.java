package com.cloudmarket.marketplace.product.domain;

/**
 * Where a product is in its life: {@code DRAFT → IN_REVIEW → ON_SALE ⇄ DELISTED}, {@code IN_REVIEW → REJECTED → IN_REVIEW}.
 * An ON_SALE or DELISTED product may carry a revision in review without changing its status.
 */
public enum ProductStatus {
    DRAFT, IN_REVIEW, REJECTED, ON_SALE, DELISTED
}
