package com.cloudmarket.marketplace.review.domain;

import com.cloudmarket.marketplace.shared.domain.ConflictException;
import jakarta.persistence.Column;
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

/**
 * An operator's decision on one submitted change, due by a business-day deadline. Decided once: the version makes
 * a concurrent second decision fail instead of overwriting the first.
 */
@Entity
@Table(name = "review")
@NamedQuery(name = "Review.firstPage",
        query = "SELECT r FROM Review r WHERE r.status = :status ORDER BY r.dueAt, r.id")
@NamedQuery(name = "Review.nextPage",
        query = "SELECT r FROM Review r WHERE r.status = :status AND (r.dueAt > :due OR (r.dueAt = :due AND r.id > :id)) "
                + "ORDER BY r.dueAt, r.id")
@NamedQuery(name = "Review.overdueNotAlerted",
        query = "SELECT r FROM Review r WHERE r.status = :status AND r.overdueAlertedAt IS NULL AND r.dueAt < :now "
                + "ORDER BY r.dueAt, r.id")
@NamedQuery(name = "Review.countByStatus", query = "SELECT COUNT(r) FROM Review r WHERE r.status = :status")
@NamedQuery(name = "Review.countDueBefore",
        query = "SELECT COUNT(r) FROM Review r WHERE r.status = :status AND r.dueAt < :now")
public class Review {

    @Id
    @TableGenerator(name = "review", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "review", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "review")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 30)
    private ReviewSubject subject;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "provider_account_id", nullable = false, updatable = false)
    private long providerAccountId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reason", length = 500)
    private String reason;

    /** When the operators were told the review is overdue; set once, so they hear about it once. */
    @Column(name = "overdue_alerted_at")
    private Instant overdueAlertedAt;

    /** The field changes as decided, in the form of {@code shared.audit.FieldChanges}; null while pending. */
    @Column(name = "changes")
    private String changes;

    protected Review() {
    }

    public Review(ReviewSubject subject, long subjectId, long providerAccountId, Instant submittedAt, Instant dueAt) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.providerAccountId = providerAccountId;
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
        this.status = ReviewStatus.PENDING;
    }

    public void approve(long operatorAccountId, Instant at, String changes) {
        decide(ReviewStatus.APPROVED, operatorAccountId, null, at, changes);
    }

    public void reject(long operatorAccountId, String reason, Instant at, String changes) {
        decide(ReviewStatus.REJECTED, operatorAccountId, reason, at, changes);
    }

    /** A decided review answers 409 before anything looks at its subject, which has moved on since. */
    public void requirePending() {
        if (status != ReviewStatus.PENDING) {
            throw new ConflictException("error.reviewDecided", id);
        }
    }

    private void decide(ReviewStatus outcome, long operatorAccountId, String reason, Instant at, String changes) {
        requirePending();
        this.status = outcome;
        this.decidedBy = operatorAccountId;
        this.decidedAt = at;
        this.reason = reason;
        this.changes = changes;
    }

    public boolean overdueAt(Instant now) {
        return status == ReviewStatus.PENDING && now.isAfter(dueAt);
    }

    public Long id() {
        return id;
    }

    public ReviewSubject subject() {
        return subject;
    }

    public long subjectId() {
        return subjectId;
    }

    public long providerAccountId() {
        return providerAccountId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ReviewStatus status() {
        return status;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public String changes() {
        return changes;
    }

    public Instant overdueAlertedAt() {
        return overdueAlertedAt;
    }
}
