package com.cloudmarket.marketplace.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** One recorded state change: who did what to which subject, and the fields it changed. Written once, never updated. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.firstPageOfProvider",
        query = "SELECT e FROM AuditEntry e WHERE e.providerAccountId = :provider ORDER BY e.id DESC")
@NamedQuery(name = "AuditEntry.nextPageOfProvider",
        query = "SELECT e FROM AuditEntry e WHERE e.providerAccountId = :provider AND e.id < :before ORDER BY e.id DESC")
public class AuditEntry {

    @Id
    @TableGenerator(name = "audit_entry", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "audit_entry", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_entry")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", nullable = false, updatable = false)
    private long actorAccountId;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 64)
    private String subjectId;

    @Column(name = "provider_account_id", updatable = false)
    private Long providerAccountId;

    @Column(name = "changes", nullable = false, updatable = false)
    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, long actorAccountId, String action, String subjectType, String subjectId,
                      Long providerAccountId, String changes) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.providerAccountId = providerAccountId;
        this.changes = changes;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public long actorAccountId() {
        return actorAccountId;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public Long providerAccountId() {
        return providerAccountId;
    }

    public String changes() {
        return changes;
    }
}
