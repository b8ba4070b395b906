package com.cloudmarket.marketplace.review.domain;

/** What a review decides about; each kind has a handler that applies or discards the change. */
public enum ReviewSubject {
    PROVIDER_PROFILE, PRODUCT
}
