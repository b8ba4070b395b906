package com.cloudmarket.marketplace.provider.domain;

/** DRAFT (being edited) → PENDING (in review, frozen) → APPROVED (applied) | REJECTED (live profile kept). */
public enum RevisionStatus {
    DRAFT, PENDING, APPROVED, REJECTED
}
