package com.cloudmarket.marketplace.webhook.application;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.domain.EventType;
import com.cloudmarket.marketplace.webhook.domain.WebhookRules;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which provider an event belongs to, and the body its webhooks receive: {@code {id, type, occurredAt, data}} where
 * data is the event's data without what the channels need to reach people (names, mobile numbers, languages).
 */
final class WebhookEvents {

    /** Notification routing, not business data: a provider's webhook must not learn the customer's mobile number. */
    private static final Set<String> ROUTING_FIELDS = Set.of("recipients", "mobile", "language", "displayName");

    private WebhookEvents() {
    }

    static boolean subscribable(String type) {
        return WebhookRules.SUBSCRIBABLE.stream().anyMatch(t -> t.name().equals(type));
    }

    /** Review decisions name the provider's account as accountId, order events as providerAccountId. */
    static OptionalLong owner(EventEnvelope event) {
        String field = event.type().equals(EventType.PROFILE_REVIEW_DECIDED.name())
                || event.type().equals(EventType.PRODUCT_REVIEW_DECIDED.name()) ? "accountId" : "providerAccountId";
        JsonValue value = event.data().get(field);
        return value instanceof JsonNumber number ? OptionalLong.of(number.longValue()) : OptionalLong.empty();
    }

    static String body(EventEnvelope event) {
        JsonObjectBuilder data = JsonFactory.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : event.data().entrySet()) {
            if (!ROUTING_FIELDS.contains(field.getKey())) {
                data.add(field.getKey(), field.getValue());
            }
        }
        return JsonFactory.createObjectBuilder()
                .add("id", event.id())
                .add("type", event.type())
                .add("occurredAt", event.occurredAt().toString())
                .add("data", data)
                .build()
                .toString();
    }
}
