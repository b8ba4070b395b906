package com.cloudmarket.marketplace.webhook.application;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WebhookEventsTest {

    private static final JsonObject ORDER_DATA = Json.createObjectBuilder()
            .add("orderNo", "20260302123456789012").add("status", "PENDING_START").add("productId", 5)
            .add("providerAccountId", 11).add("customerAccountId", 12)
            .add("recipients", Json.createArrayBuilder().add(Json.createObjectBuilder().add("accountId", 11)
                    .add("mobile", "13800000009").add("displayName", "张三").add("language", "zh-CN")))
            .build();

    @Test
    void anOrderEventBelongsToItsProviderAndItsBodyLeavesOutWhomTheChannelsReach() {
        EventEnvelope event = new EventEnvelope("e-1", "ORDER_CREATED", Instant.parse("2026-03-02T02:00:00Z"),
                "Order", "20260302123456789012", ORDER_DATA);

        assertEquals(OptionalLong.of(11), WebhookEvents.owner(event));
        JsonObject body = Json.createReader(new StringReader(WebhookEvents.body(event))).readObject();
        assertEquals("e-1", body.getString("id"));
        assertEquals("ORDER_CREATED", body.getString("type"));
        assertEquals("2026-03-02T02:00:00Z", body.getString("occurredAt"));
        assertEquals("20260302123456789012", body.getJsonObject("data").getString("orderNo"));
        assertFalse(body.getJsonObject("data").containsKey("recipients"));
        assertFalse(body.toString().contains("13800000009"));
    }

    @Test
    void aReviewDecisionBelongsToTheProviderAccount() {
        EventEnvelope event = new EventEnvelope("e-2", "PRODUCT_REVIEW_DECIDED", Instant.parse("2026-03-02T02:00:00Z"),
                "Product", "5", Json.createObjectBuilder().add("accountId", 11).add("productId", 5)
                .add("outcome", "APPROVED").add("mobile", "13800000009").add("displayName", "云帆").build());

        assertEquals(OptionalLong.of(11), WebhookEvents.owner(event));
        JsonObject data = Json.createReader(new StringReader(WebhookEvents.body(event))).readObject().getJsonObject("data");
        assertEquals(Json.createObjectBuilder().add("accountId", 11).add("productId", 5).add("outcome", "APPROVED")
                .build(), data);
        assertFalse(WebhookEvents.subscribable("REVIEW_OVERDUE"));
        assertFalse(WebhookEvents.subscribable("ACCOUNT_REGISTERED"));
    }
}
