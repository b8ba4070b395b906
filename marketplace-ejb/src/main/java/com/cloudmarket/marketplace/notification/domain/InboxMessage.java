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

/**
 * A message in an account's in-app inbox. It stores message keys and arguments, not text,
 * so each reader sees it in the language of the console or API call.
 */
@Entity
@Table(name = "inbox_message")
@NamedQuery(name = "InboxMessage.firstPage", query = "SELECT m FROM InboxMessage m WHERE m.recipientAccountId = :recipient"
        + " ORDER BY m.id DESC")
@NamedQuery(name = "InboxMessage.nextPage", query = "SELECT m FROM InboxMessage m WHERE m.recipientAccountId = :recipient"
        + " AND m.id < :before ORDER BY m.id DESC")
@NamedQuery(name = "InboxMessage.unreadCount", query = "SELECT COUNT(m) FROM InboxMessage m"
        + " WHERE m.recipientAccountId = :recipient AND m.readAt IS NULL")
public class InboxMessage {

    @Id
    @TableGenerator(name = "inbox_message", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "inbox_message", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "inbox_message")
    private Long id;

    @Column(name = "recipient_account_id", nullable = false, updatable = false)
    private Long recipientAccountId;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 64)
    private String eventType;

    @Column(name = "title_key", nullable = false, updatable = false, length = 100)
    private String titleKey;

    @Column(name = "body_key", nullable = false, updatable = false, length = 100)
    private String bodyKey;

    /** Message arguments as a JSON array of strings. */
    @Column(name = "arguments", nullable = false, updatable = false)
    private String arguments;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
    }

    public InboxMessage(Long recipientAccountId, String eventId, String eventType, String titleKey, String bodyKey,
                        String arguments, Instant createdAt) {
        this.recipientAccountId = recipientAccountId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.titleKey = titleKey;
        this.bodyKey = bodyKey;
        this.arguments = arguments;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String titleKey() {
        return titleKey;
    }

    public String bodyKey() {
        return bodyKey;
    }

    public String arguments() {
        return arguments;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
