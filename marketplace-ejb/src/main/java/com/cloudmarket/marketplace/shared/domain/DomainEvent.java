package com.cloudmarket.marketplace.shared.domain;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A fact recorded in the same transaction as the change that caused it, then relayed to every channel.
 * {@code eventId} stays the same across redeliveries so each consumer can recognise a repeat.
 */
public record DomainEvent(UUID eventId, EventType type, Instant occurredAt, String aggregateType, String aggregateId,
                          JsonObject data) {

    public DomainEvent {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(data);
    }

    public static DomainEvent of(EventType type, Instant occurredAt, String aggregateType, Object aggregateId, JsonObject data) {
        return new DomainEvent(UUID.randomUUID(), type, occurredAt, aggregateType, String.valueOf(aggregateId), data);
    }
}
