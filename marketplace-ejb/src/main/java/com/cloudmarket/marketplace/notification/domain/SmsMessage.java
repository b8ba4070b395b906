package com.cloudmarket.marketplace.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** An SMS as the gateway received it: the operator's record of what was sent to whom, and why. */
@Entity
@Table(name = "sms_message")
@NamedQuery(name = "SmsMessage.firstPage", query = "SELECT s FROM SmsMessage s ORDER BY s.id DESC")
@NamedQuery(name = "SmsMessage.nextPage", query = "SELECT s FROM SmsMessage s WHERE s.id < :before ORDER BY s.id DESC")
@NamedQuery(name = "SmsMessage.firstPageTo", query = "SELECT s FROM SmsMessage s WHERE s.recipientMobile = :to"
        + " ORDER BY s.id DESC")
@NamedQuery(name = "SmsMessage.nextPageTo", query = "SELECT s FROM SmsMessage s WHERE s.recipientMobile = :to"
        + " AND s.id < :before ORDER BY s.id DESC")
public class SmsMessage {

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

    @Column(name = "gateway", nullable = false, updatable = false, length = 32)
    private String gateway;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SmsMessage() {
    }

    public SmsMessage(String eventId, String recipientMobile, String templateKey, String text, String gateway, Instant sentAt) {
        this.eventId = eventId;
        this.recipientMobile = recipientMobile;
        this.templateKey = templateKey;
        this.text = text;
        this.gateway = gateway;
        this.sentAt = sentAt;
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

    public String gateway() {
        return gateway;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
