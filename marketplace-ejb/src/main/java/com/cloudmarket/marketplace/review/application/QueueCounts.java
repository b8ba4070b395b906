package com.cloudmarket.marketplace.review.application;

import java.io.Serializable;

/** The size of the review queue: reviews waiting for a decision, and those of them past their due time. */
public record QueueCounts(long pending, long overdue) implements Serializable {
}
