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

/** A domain event waiting in the database until the relay has handed it to the broker. */
@Entity
@Table(name = "outbox_event")
@NamedQuery(name = "OutboxEvent.unpublished",
        query = "SELECT e FROM OutboxEvent e WHERE e.publishedAt IS NULL ORDER BY e.id")
@NamedQuery(name = "OutboxEvent.markPublished",
        query = "UPDATE OutboxEvent e SET e.publishedAt = :at WHERE e.id IN :ids")
public class OutboxEvent {

    @Id
    @TableGenerator(name = "outbox_event", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "outbox_event", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outbox_event")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 64)
    private String eventType;

    @Column(name = "aggregate_type", nullable = false, updatable = false, length = 64)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false, length = 64)
    private String aggregateId;

    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String eventId, String eventType, String aggregateType, String aggregateId, String payload, Instant occurredAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    Long id() {
        return id;
    }

    String payload() {
        return payload;
    }
}
