package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** A domain event as the channels receive it from the topic. */
public record EventEnvelope(String id, String type, Instant occurredAt, String aggregateType, String aggregateId,
                            JsonObject data) {

    public static EventEnvelope parse(String json) {
        try (JsonReader reader = JsonFactory.createReader(new StringReader(json))) {
            return of(reader.readObject());
        }
    }

    /**
     * The events of one message from the topic: a JSON array of envelopes, or a single envelope as the relay sent each
     * event before it sent batches (such messages may still wait in the broker's store after an upgrade).
     */
    public static List<EventEnvelope> parseAll(String json) {
        try (JsonReader reader = JsonFactory.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                return value.asJsonArray().stream().map(JsonValue::asJsonObject).map(EventEnvelope::of).toList();
            }
            return List.of(of(value.asJsonObject()));
        }
    }

    private static EventEnvelope of(JsonObject o) {
        return new EventEnvelope(o.getString("id"), o.getString("type"), Instant.parse(o.getString("occurredAt")),
                o.getString("aggregateType"), o.getString("aggregateId"), o.getJsonObject("data"));
    }

    public String text(String field) {
        JsonValue value = data.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
