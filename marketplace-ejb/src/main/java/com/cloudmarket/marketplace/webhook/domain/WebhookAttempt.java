package com.cloudmarket.marketplace.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** One POST to a receiver: when, what it answered (or why not), how long it took and what followed. */
@Entity
@Table(name = "webhook_attempt")
@NamedQuery(name = "WebhookAttempt.firstPage", query = "SELECT a FROM WebhookAttempt a JOIN FETCH a.delivery "
        + "WHERE a.subscriptionId = :subscription ORDER BY a.id DESC")
@NamedQuery(name = "WebhookAttempt.nextPage", query = "SELECT a FROM WebhookAttempt a JOIN FETCH a.delivery "
        + "WHERE a.subscriptionId = :subscription AND a.id < :before ORDER BY a.id DESC")
public class WebhookAttempt {

    @Id
    @TableGenerator(name = "webhook_attempt", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "webhook_attempt", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "webhook_attempt")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
    private WebhookDelivery delivery;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int attemptNo;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "status_code", updatable = false)
    private Integer statusCode;

    @Column(name = "error", updatable = false, length = 300)
    private String error;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMillis;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 20)
    private AttemptOutcome outcome;

    @Column(name = "next_attempt_at", updatable = false)
    private Instant nextAttemptAt;

    protected WebhookAttempt() {
    }

    WebhookAttempt(WebhookDelivery delivery, int attemptNo, Instant attemptedAt, AttemptResult result,
                   AttemptOutcome outcome, Instant nextAttemptAt) {
        this.delivery = delivery;
        this.subscriptionId = delivery.subscriptionId();
        this.attemptNo = attemptNo;
        this.attemptedAt = attemptedAt;
        this.statusCode = result.statusCode();
        this.error = result.error();
        this.durationMillis = result.durationMillis();
        this.outcome = outcome;
        this.nextAttemptAt = nextAttemptAt;
    }

    public Long id() {
        return id;
    }

    public WebhookDelivery delivery() {
        return delivery;
    }

    public int attemptNo() {
        return attemptNo;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }

    public long durationMillis() {
        return durationMillis;
    }

    public AttemptOutcome outcome() {
        return outcome;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
