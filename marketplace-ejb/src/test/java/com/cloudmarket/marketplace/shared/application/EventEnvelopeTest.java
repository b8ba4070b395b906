package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.infrastructure.EventMessages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventEnvelopeTest {

    private static final String STARTED = "{\"id\":\"e1\",\"type\":\"ORDER_STARTED\","
            + "\"occurredAt\":\"2026-11-30T01:02:03Z\",\"aggregateType\":\"Order\",\"aggregateId\":\"202611300001\","
            + "\"data\":{\"orderNo\":\"202611300001\"}}";
    private static final String CONFIRMED = STARTED.replace("e1", "e2").replace("ORDER_STARTED", "ORDER_CONFIRMED");

    @Test
    void aMessageCarriesItsBatchOfEventsInOrder() {
        List<EventEnvelope> events = EventEnvelope.parseAll(EventMessages.batch(List.of(STARTED, CONFIRMED)));

        assertEquals(List.of("e1", "e2"), events.stream().map(EventEnvelope::id).toList());
        assertEquals("ORDER_CONFIRMED", events.get(1).type());
        assertEquals(Instant.parse("2026-11-30T01:02:03Z"), events.get(1).occurredAt());
        assertEquals("202611300001", events.get(1).text("orderNo"));
    }

    @Test
    void aMessageFromBeforeBatchesIsOneEvent() {
        List<EventEnvelope> events = EventEnvelope.parseAll(STARTED);

        assertEquals(1, events.size());
        assertEquals(EventEnvelope.parse(STARTED), events.get(0));
    }
}
