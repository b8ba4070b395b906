package com.cloudmarket.marketplace.product.domain;

/** A proposed product content: edited as a draft, frozen while pending, then approved (made live) or rejected. */
public enum ProductRevisionStatus {
    DRAFT, PENDING, APPROVED, REJECTED
}
