package com.cloudmarket.marketplace.notification.domain;

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

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An SMS in the outbox: queued with the event's other notifications, then sent by whichever gateway the administrator
 * selected. It is the operator's record of what was sent to whom, and why, and of what could not be sent.
 * <p>
 * The dispatcher claims due SMS by moving {@code nextAttemptAt} to the end of a lease, so a crash during a send only
 * delays that SMS until the lease ends; the gateway gets the same idempotency key again.
 */
@Entity
@Table(name = "sms_outbox")
@NamedQuery(name = "SmsMessage.firstPage", query = "SELECT s FROM SmsMessage s ORDER BY s.id DESC")
@NamedQuery(name = "SmsMessage.nextPage", query = "SELECT s FROM SmsMessage s WHERE s.id < :before ORDER BY s.id DESC")
@NamedQuery(name = "SmsMessage.firstPageTo", query = "SELECT s FROM SmsMessage s WHERE s.recipientMobile = :to"
        + " ORDER BY s.id DESC")
@NamedQuery(name = "SmsMessage.nextPageTo", query = "SELECT s FROM SmsMessage s WHERE s.recipientMobile = :to"
        + " AND s.id < :before ORDER BY s.id DESC")
@NamedQuery(name = "SmsMessage.due", query = "SELECT s FROM SmsMessage s "
        + "WHERE s.status = com.cloudmarket.marketplace.notification.domain.SmsStatus.PENDING "
        + "AND s.nextAttemptAt <= :now ORDER BY s.nextAttemptAt")
@NamedQuery(name = "SmsMessage.claim", query = "UPDATE SmsMessage s SET s.nextAttemptAt = :leaseEnd "
        + "WHERE s.id IN :ids AND s.status = com.cloudmarket.marketplace.notification.domain.SmsStatus.PENDING "
        + "AND s.nextAttemptAt <= :now")
@NamedQuery(name = "SmsMessage.claimedBy", query = "SELECT s.id FROM SmsMessage s "
        + "WHERE s.id IN :ids AND s.nextAttemptAt = :leaseEnd")
@NamedQuery(name = "SmsMessage.sent", query = "UPDATE SmsMessage s "
        + "SET s.status = com.cloudmarket.marketplace.notification.domain.SmsStatus.SENT, s.gateway = :gateway, "
        + "s.sentAt = :at, s.attempts = s.attempts + 1, s.nextAttemptAt = NULL, s.lastError = NULL "
        + "WHERE s.id IN :ids AND s.status = com.cloudmarket.marketplace.notification.domain.SmsStatus.PENDING")
public class SmsMessage {

    /** About a day and a half of a gateway being away, then the SMS is marked failed for the operator to see. */
    public static final RetrySchedule RETRIES = new RetrySchedule(Duration.ofSeconds(10), 12);
    static final int ERROR_LENGTH = 500;

    @Id
    @TableGenerator(name = "sms_message", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "sms_message", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sms_message")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Column(name = "recipient_mobile", nullable = false, updatable = false, length = 20)
    private String recipientMobile;

    @Column(name = "template_key", nullable = false, updatable = false, length = 100)
    private String templateKey;

    @Column(name = "text", nullable = false, updatable = false, length = 500)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SmsStatus status;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "gateway", length = 32)
    private String gateway;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected SmsMessage() {
    }

    /** Queued, due at once. */
    public SmsMessage(String eventId, String recipientMobile, String templateKey, String text, Instant queuedAt) {
        this.eventId = eventId;
        this.recipientMobile = recipientMobile;
        this.templateKey = templateKey;
        this.text = text;
        this.status = SmsStatus.PENDING;
        this.queuedAt = queuedAt;
        this.nextAttemptAt = queuedAt;
    }

    /** A gateway refused the SMS or could not be reached: try again later, or give up after the last attempt. */
    public void notSent(String error, Instant at) {
        if (status != SmsStatus.PENDING) {
            return;
        }
        attempts++;
        lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        Optional<Instant> retry = RETRIES.nextAttempt(attempts, at);
        nextAttemptAt = retry.orElse(null);
        status = retry.isPresent() ? SmsStatus.PENDING : SmsStatus.FAILED;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String recipientMobile() {
        return recipientMobile;
    }

    public String templateKey() {
        return templateKey;
    }

    public String text() {
        return text;
    }

    public SmsStatus status() {
        return status;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public String gateway() {
        return gateway;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
