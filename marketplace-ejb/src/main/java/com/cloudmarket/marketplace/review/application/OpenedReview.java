package com.cloudmarket.marketplace.review.application;

import java.io.Serializable;
import java.time.Instant;

/** A review just opened for a submission: its id and deadline. */
public record OpenedReview(long reviewId, String status, Instant dueAt) implements Serializable {
}
