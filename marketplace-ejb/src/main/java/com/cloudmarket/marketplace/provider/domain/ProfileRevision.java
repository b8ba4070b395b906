package com.cloudmarket.marketplace.provider.domain;

import com.cloudmarket.marketplace.review.domain.Submission;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import java.time.Instant;

/** A proposed profile: edited as a draft, frozen while in review, then approved (applied) or rejected with a reason. */
@Entity
@Table(name = "profile_revision")
@NamedQuery(name = "ProfileRevision.open",
        query = "SELECT r FROM ProfileRevision r WHERE r.providerId = :provider AND r.status IN :statuses ORDER BY r.id DESC")
@NamedQuery(name = "ProfileRevision.firstPage",
        query = "SELECT r FROM ProfileRevision r WHERE r.providerId = :provider ORDER BY r.id DESC")
@NamedQuery(name = "ProfileRevision.nextPage",
        query = "SELECT r FROM ProfileRevision r WHERE r.providerId = :provider AND r.id < :before ORDER BY r.id DESC")
public class ProfileRevision {

    @Id
    @TableGenerator(name = "profile_revision", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "profile_revision", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "profile_revision")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RevisionStatus status;

    @Embedded
    private ProfileFields fields;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    private Submission submission;

    protected ProfileRevision() {
    }

    public ProfileRevision(long providerId, long accountId, ProfileContent content, Instant at) {
        this.providerId = providerId;
        this.accountId = accountId;
        this.status = RevisionStatus.DRAFT;
        this.fields = ProfileFields.of(content);
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void edit(ProfileContent content, Instant at) {
        if (status != RevisionStatus.DRAFT) {
            throw new ConflictException("error.revisionInReview");
        }
        this.fields = ProfileFields.of(content);
        this.updatedAt = at;
    }

    public void submitted(long reviewId, Instant at, Instant dueAt) {
        if (status != RevisionStatus.DRAFT) {
            throw new ConflictException("error.revisionInReview");
        }
        this.status = RevisionStatus.PENDING;
        this.submission = submission().submitted(reviewId, at, dueAt);
        this.updatedAt = at;
    }

    public void decided(boolean approved, String reason, Instant at) {
        if (status != RevisionStatus.PENDING) {
            throw new ConflictException("error.reviewDecided");
        }
        this.status = approved ? RevisionStatus.APPROVED : RevisionStatus.REJECTED;
        this.submission = submission().decided(reason, at);
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long providerId() {
        return providerId;
    }

    public long accountId() {
        return accountId;
    }

    public RevisionStatus status() {
        return status;
    }

    public ProfileContent content() {
        return fields.content();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Submission submission() {
        return submission == null ? Submission.NONE : submission;
    }
}
