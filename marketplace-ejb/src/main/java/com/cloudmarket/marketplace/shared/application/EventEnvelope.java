package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;

/** A domain event as the channels receive it from the topic. */
public record EventEnvelope(String id, String type, Instant occurredAt, String aggregateType, String aggregateId,
                            JsonObject data) {

    public static EventEnvelope parse(String json) {
        try (JsonReader reader = JsonFactory.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new EventEnvelope(o.getString("id"), o.getString("type"), Instant.parse(o.getString("occurredAt")),
                    o.getString("aggregateType"), o.getString("aggregateId"), o.getJsonObject("data"));
        }
    }

    public String text(String field) {
        JsonValue value = data.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
