package com.cloudmarket.marketplace.provider.application;

import jakarta.json.bind.annotation.JsonbNillable;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One profile revision as its provider sees it: the proposed profile and where it stands in review. */
@JsonbNillable
public record RevisionView(long revisionId, String status, ProfileContent profile, OffsetDateTime createdAt,
                           OffsetDateTime updatedAt, Long reviewId, OffsetDateTime submittedAt, OffsetDateTime dueAt,
                           OffsetDateTime decidedAt, String reason) implements Serializable {
}
