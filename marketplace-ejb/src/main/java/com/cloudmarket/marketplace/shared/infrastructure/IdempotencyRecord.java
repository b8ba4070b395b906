package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** What one caller's Idempotency-Key produced in one scope (accounts, products, orders): the id of the result. */
@Entity
@Table(name = "idempotency_key")
@NamedQuery(name = "IdempotencyRecord.find", query = "SELECT r FROM IdempotencyRecord r WHERE r.scope = :scope "
        + "AND r.callerAccountId = :caller AND r.key = :key")
@NamedQuery(name = "IdempotencyRecord.purge", query = "DELETE FROM IdempotencyRecord r WHERE r.createdAt < :before")
public class IdempotencyRecord {

    @Id
    @TableGenerator(name = "idempotency_key", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "idempotency_key", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idempotency_key")
    private Long id;

    @Column(name = "scope", nullable = false, updatable = false, length = 40)
    private String scope;

    @Column(name = "caller_account_id", nullable = false, updatable = false)
    private long callerAccountId;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
    private String key;

    @Column(name = "fingerprint", nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @Column(name = "result_id", nullable = false, updatable = false)
    private long resultId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String scope, long callerAccountId, String key, String fingerprint, long resultId,
                             Instant createdAt) {
        this.scope = scope;
        this.callerAccountId = callerAccountId;
        this.key = key;
        this.fingerprint = fingerprint;
        this.resultId = resultId;
        this.createdAt = createdAt;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public long resultId() {
        return resultId;
    }
}
