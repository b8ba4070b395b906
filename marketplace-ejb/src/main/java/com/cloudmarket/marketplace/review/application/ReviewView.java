package com.cloudmarket.marketplace.review.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A review in the operator's queue; {@code overdue} is computed from the clock at read time. */
@JsonbNillable
public record ReviewView(long reviewId, String subject, long subjectId, long providerAccountId, OffsetDateTime submittedAt,
                         OffsetDateTime dueAt, boolean overdue, String status, Long decidedBy, OffsetDateTime decidedAt,
                         String reason) implements Serializable {
}
