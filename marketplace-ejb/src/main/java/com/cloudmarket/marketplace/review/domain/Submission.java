package com.cloudmarket.marketplace.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * A revision's way through review as the revision records it: the review deciding it, when it was submitted and is
 * due, when it was decided and, if rejected, why. Replaced on each step, never changed in place, so {@link #NONE} can
 * stand for every revision not yet submitted. The revision refuses a wrong step first, in its own words; a refusal
 * here means its status and its submission disagree, which is a bug.
 */
@Embeddable
public class Submission {

    /** Not submitted yet; EclipseLink also loads a row whose review columns are all null as no object at all. */
    public static final Submission NONE = new Submission();

    @Column(name = "review_id")
    private Long reviewId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reason", length = 500)
    private String reason;

    protected Submission() {
    }

    private Submission(Long reviewId, Instant submittedAt, Instant dueAt, Instant decidedAt, String reason) {
        this.reviewId = reviewId;
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
        this.decidedAt = decidedAt;
        this.reason = reason;
    }

    /** A revision goes to review once; a change after a decision is a new revision. */
    public Submission submitted(long reviewId, Instant at, Instant dueAt) {
        if (this.reviewId != null) {
            throw new IllegalStateException("Already submitted to review " + this.reviewId);
        }
        return new Submission(reviewId, at, dueAt, null, null);
    }

    /** Only a submitted, undecided revision can be decided; the reason is null for an approval. */
    public Submission decided(String reason, Instant at) {
        if (reviewId == null) {
            throw new IllegalStateException("Not submitted to review");
        }
        if (decidedAt != null) {
            throw new IllegalStateException("Review " + reviewId + " has already been decided");
        }
        return new Submission(reviewId, submittedAt, dueAt, at, reason);
    }

    public Long reviewId() {
        return reviewId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
