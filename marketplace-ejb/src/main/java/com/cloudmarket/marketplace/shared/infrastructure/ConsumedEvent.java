package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** That one channel has handled one event: the consumer's memory against redelivery. */
@Entity
@Table(name = "consumed_event")
public class ConsumedEvent {

    @Id
    @Column(name = "id", length = 80)
    private String id;

    @Column(name = "consumed_at", nullable = false)
    private Instant consumedAt;

    protected ConsumedEvent() {
    }

    ConsumedEvent(String id, Instant consumedAt) {
        this.id = id;
        this.consumedAt = consumedAt;
    }

    static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }
}
