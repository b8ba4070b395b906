package com.cloudmarket.marketplace.review.application;

import jakarta.json.bind.annotation.JsonbNillable;
import com.cloudmarket.marketplace.provider.application.OnboardingView;
import com.cloudmarket.marketplace.shared.audit.FieldChange;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** One review with the field-level changes it decides on and the provider's onboarding state beside it. */
@JsonbNillable
public record ReviewDetailView(long reviewId, String subject, long subjectId, long providerAccountId,
                               OffsetDateTime submittedAt, OffsetDateTime dueAt, boolean overdue, String status,
                               Long decidedBy, OffsetDateTime decidedAt, String reason, List<FieldChange> changes,
                               OnboardingView onboarding) implements Serializable {
}
