package com.cloudmarket.marketplace.provider.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The answer to a submission: the review that now decides the revision, and when it is due. */
public record SubmittedRevision(long reviewId, String status, OffsetDateTime dueAt, long revisionId) implements Serializable {
}
