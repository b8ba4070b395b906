package com.cloudmarket.marketplace.webhook.domain;

import com.cloudmarket.marketplace.shared.domain.RetrySchedule;
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

import java.time.Instant;
import java.util.Optional;

/**
 * One event on its way to one subscription: the exact body that is signed and sent, and where the attempts stand.
 * The dispatcher claims a due delivery by moving {@code nextAttemptAt} past the attempt's deadline, so a server that
 * dies mid-attempt leaves it due again soon after, never lost.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = "WebhookDelivery.due", query = "SELECT d.id, d.subscriptionId FROM WebhookDelivery d "
        + "WHERE d.status = com.cloudmarket.marketplace.webhook.domain.DeliveryStatus.PENDING "
        + "AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt")
@NamedQuery(name = "WebhookDelivery.claim", query = "UPDATE WebhookDelivery d SET d.nextAttemptAt = :leaseEnd "
        + "WHERE d.id = :id AND d.status = com.cloudmarket.marketplace.webhook.domain.DeliveryStatus.PENDING "
        + "AND d.nextAttemptAt <= :now")
@NamedQuery(name = "WebhookDelivery.cancelPending", query = "UPDATE WebhookDelivery d "
        + "SET d.status = com.cloudmarket.marketplace.webhook.domain.DeliveryStatus.CANCELLED, d.nextAttemptAt = NULL "
        + "WHERE d.subscriptionId = :subscription "
        + "AND d.status = com.cloudmarket.marketplace.webhook.domain.DeliveryStatus.PENDING")
public class WebhookDelivery {

    @Id
    @TableGenerator(name = "webhook_delivery", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "webhook_delivery", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "webhook_delivery")
    private Long id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 40)
    private String eventType;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long subscriptionId, String eventId, String eventType, String body, Instant now) {
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.body = body;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Records one attempt and decides what follows. A delivery cancelled while the attempt was under way keeps its
     * status; the attempt is still recorded, since the receiver may have got it.
     */
    public WebhookAttempt attempted(AttemptResult result, Instant at, RetrySchedule schedule) {
        attempts++;
        lastStatusCode = result.statusCode();
        lastError = result.error();
        AttemptOutcome outcome;
        Instant next = null;
        if (result.delivered()) {
            outcome = AttemptOutcome.DELIVERED;
            if (status == DeliveryStatus.PENDING) {
                status = DeliveryStatus.DELIVERED;
                deliveredAt = at;
                nextAttemptAt = null;
            }
        } else {
            Optional<Instant> retry = schedule.nextAttempt(attempts, at);
            outcome = retry.isPresent() ? AttemptOutcome.RETRY_SCHEDULED : AttemptOutcome.FAILED;
            if (status == DeliveryStatus.PENDING) {
                next = retry.orElse(null);
                nextAttemptAt = next;
                status = retry.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
            }
        }
        return new WebhookAttempt(this, attempts, at, result, outcome, next);
    }

    /** Sends a finished delivery once more, at once, with the same body and event id; a pending one is left alone. */
    public void redeliver(Instant now) {
        if (status == DeliveryStatus.PENDING) {
            return;
        }
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        deliveredAt = null;
    }

    public Long id() {
        return id;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String body() {
        return body;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
