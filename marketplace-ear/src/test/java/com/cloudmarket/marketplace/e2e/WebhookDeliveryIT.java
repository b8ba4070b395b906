package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks against misbehaving receivers on the real EAR (retries 1 s, 3 s, 9 s apart, 4 attempts, 1.5 s to answer in
 * the end-to-end domain): one that answers 500 twice gets the same event three times; one that hangs holds up nobody
 * and is given up after its last attempt, then redelivered on request; bad subscriptions are 400s.
 */
class WebhookDeliveryIT {

    private static final String SECRET = "delivery-it-" + UUID.randomUUID();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void retriesAFailingReceiverAndNeverLetsAHangingOneHoldUpTheOthers() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewProvider account = NewProvider.signUp(api);
            String provider = account.token(api);
            String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
            receiver.failFirst("/flaky", 2);
            receiver.hang("/hang");
            long flaky = subscribe(provider, receiver.url("/flaky"));
            long hanging = subscribe(provider, receiver.url("/hang"));
            subscribe(provider, receiver.url("/healthy"));

            Instant decided = Instant.now();
            long reviewId = account.submitProfile(api, "回调测试科技有限公司");
            assertEquals(200, api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator).statusCode());

            WebhookReceiver.Delivery healthy = receiver.await("/healthy", Duration.ofSeconds(20), got -> got.size() == 1)
                    .get(0);
            assertTrue(Duration.between(decided, healthy.at()).compareTo(Duration.ofSeconds(10)) < 0,
                    "the hanging receiver did not hold up the healthy one: " + Duration.between(decided, healthy.at()));
            assertTrue(healthy.signedWith(SECRET));
            String eventId = healthy.json().getString("id");
            assertEquals("PROFILE_REVIEW_DECIDED", healthy.json().getString("type"));
            assertEquals("APPROVED", healthy.json().getJsonObject("data").getString("outcome"));

            List<WebhookReceiver.Delivery> retried = receiver.await("/flaky", Duration.ofSeconds(30), got -> got.size() == 3);
            assertEquals(Set.of(eventId), retried.stream().map(d -> d.json().getString("id")).collect(Collectors.toSet()),
                    "the same event id on every attempt");
            JsonArray flakyAttempts = awaitAttempts(provider, flaky, a -> a.size() == 3, Duration.ofSeconds(10));
            assertEquals(List.of("DELIVERED", "RETRY_SCHEDULED", "RETRY_SCHEDULED"), strings(flakyAttempts, "outcome"));
            assertEquals(List.of(200, 500, 500), flakyAttempts.getValuesAs(JsonObject.class).stream()
                    .map(a -> a.getInt("statusCode")).toList());

            JsonArray given = awaitAttempts(provider, hanging, a -> a.size() == 4, Duration.ofSeconds(60));
            assertEquals(List.of("FAILED", "RETRY_SCHEDULED", "RETRY_SCHEDULED", "RETRY_SCHEDULED"),
                    strings(given, "outcome"));
            assertTrue(given.getValuesAs(JsonObject.class).stream().allMatch(a -> a.isNull("statusCode")
                    && a.getString("error").contains("1500 ms")), given.toString());
            assertEquals("FAILED", given.getJsonObject(0).getString("deliveryStatus"));

            receiver.answer("/hang");
            long deliveryId = given.getJsonObject(0).getJsonNumber("deliveryId").longValue();
            HttpResponse<String> redelivered = api.post("/api/v1/webhooks/" + hanging + "/deliveries/" + deliveryId
                    + "/redeliver", "", provider);
            assertEquals(202, redelivered.statusCode(), redelivered.body());
            JsonArray after = awaitAttempts(provider, hanging, a -> a.size() == 5, Duration.ofSeconds(20));
            assertEquals("DELIVERED", after.getJsonObject(0).getString("outcome"));
            assertEquals(eventId, after.getJsonObject(0).getString("eventId"));
        }
    }

    @Test
    void badSubscriptionsAreRefusedWithTheFieldNamed() {
        String provider = NewProvider.signUp(api).token(api);
        String customer = api.token("customer", MarketplaceHttp.DEMO_PASSWORD);

        assertEquals(Set.of("url"), fields(subscribe(provider, "ftp://example.com/hook", "[\"ORDER_CREATED\"]", SECRET)));
        assertEquals(Set.of("url"), fields(subscribe(provider, "http://10.0.0.7/hook", "[\"ORDER_CREATED\"]", SECRET)));
        assertEquals(Set.of("url"), fields(subscribe(provider, "http://192.168.0.10/hook", "[\"ORDER_CREATED\"]", SECRET)));
        assertEquals(Set.of("secret"), fields(subscribe(provider, "http://127.0.0.1:9/hook", "[\"ORDER_CREATED\"]",
                "too-short")));
        assertEquals(Set.of("events[0]"), fields(subscribe(provider, "http://127.0.0.1:9/hook", "[\"ORDER_LOST\"]",
                SECRET)));
        assertEquals(403, subscribe(customer, "http://127.0.0.1:9/hook", "[\"ORDER_CREATED\"]", SECRET).statusCode());
        assertEquals(401, subscribe(null, "http://127.0.0.1:9/hook", "[\"ORDER_CREATED\"]", SECRET).statusCode());
        assertEquals(0, json(api.get("/api/v1/webhooks", provider, null).body()).getJsonArray("items").size());
    }

    private long subscribe(String provider, String url) {
        HttpResponse<String> created = subscribe(provider, url, "[\"PROFILE_REVIEW_DECIDED\"]", SECRET);
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonNumber("webhookId").longValue();
    }

    private HttpResponse<String> subscribe(String token, String url, String events, String secret) {
        return api.post("/api/v1/webhooks", "{\"url\":" + Json.createValue(url) + ",\"events\":" + events
                + ",\"secret\":" + Json.createValue(secret) + "}", token);
    }

    private JsonArray attempts(String provider, long webhookId) {
        HttpResponse<String> response = api.get("/api/v1/webhooks/" + webhookId + "/deliveries", provider, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("items");
    }

    private JsonArray awaitAttempts(String provider, long webhookId, java.util.function.Predicate<JsonArray> done,
                                    Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonArray now;
        do {
            now = attempts(provider, webhookId);
            if (done.test(now)) {
                return now;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("attempts of webhook " + webhookId + " not as expected within " + within + ": " + now);
    }

    private static List<String> strings(JsonArray items, String field) {
        return items.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
    }

    private static Set<String> fields(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        return json(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
    }
}
