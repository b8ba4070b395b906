package com.cloudmarket.marketplace.review.domain;

public enum ReviewStatus {
    PENDING, APPROVED, REJECTED
}
