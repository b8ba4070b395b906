package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same request sent 50 times at once on the real server: a submit, an approval, a purchase under one
 * Idempotency-Key, a transition. Each has exactly one effect, one timeline entry, and one notification per channel
 * (SMS, inbox, webhook); the losers are 409s, never 500s.
 */
class RacesIT {

    private static final int RACERS = 50;
    private static final String SECRET = "races-it-" + UUID.randomUUID();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void fiftyIdenticalRequestsAtOnceHaveOneEffectAndOneNotificationPerChannel() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
            NewProvider account = NewProvider.signUp(api);
            String provider = account.token(api);
            assertEquals(201, api.post("/api/v1/webhooks", Json.createObjectBuilder().add("url", receiver.url("/races"))
                    .add("events", Json.createArrayBuilder().add("PRODUCT_REVIEW_DECIDED").add("ORDER_CREATED")
                            .add("ORDER_STARTED")).add("secret", SECRET).build().toString(), provider).statusCode());
            assertEquals(200, api.post("/api/v1/provider/agreement", "{\"version\":\"2026-01\"}", provider).statusCode());
            assertEquals(200, api.post("/api/v1/provider/deposit", "{\"amount\":\"10000.00\"}", provider).statusCode());
            long productId = json(api.post("/api/v1/products", ProductLifecycleIT.productJson("e2e 并发 "
                    + UUID.randomUUID().toString().substring(0, 8), "88.00"), provider).body())
                    .getJsonNumber("productId").longValue();

            List<HttpResponse<String>> submits = race(() -> api.post("/api/v1/products/" + productId + "/submit", "",
                    provider));
            assertOneWinner(submits, 202);
            long reviewId = json(winner(submits, 202).body()).getJsonNumber("reviewId").longValue();

            List<HttpResponse<String>> approvals = race(() -> api.post("/api/v1/reviews/" + reviewId + "/approve", "",
                    operator));
            assertOneWinner(approvals, 200);
            assertEquals("ON_SALE", json(api.get("/api/v1/products/" + productId, provider, null).body())
                    .getString("status"));

            String customerMobile = MarketplaceHttp.uniqueMobile();
            String customer = api.token(api.signUpCustomer("race", customerMobile), NewProvider.PASSWORD);
            String key = UUID.randomUUID().toString();
            String purchase = "{\"productId\":" + productId + ",\"plan\":\"基础版\",\"quantity\":1}";
            List<HttpResponse<String>> purchases = race(() -> api.postWithKey("/api/v1/orders", purchase, customer, key));
            assertTrue(purchases.stream().allMatch(r -> r.statusCode() == 201 || r.statusCode() == 409),
                    "created or a concurrent repeat refused: " + statuses(purchases));
            List<String> orderNos = purchases.stream().filter(r -> r.statusCode() == 201)
                    .map(r -> json(r.body()).getString("orderNo")).distinct().toList();
            assertEquals(1, orderNos.size(), "one order however the repeats interleave: " + orderNos);
            String orderNo = orderNos.get(0);
            JsonArray customerOrders = json(api.get("/api/v1/orders", customer, null).body()).getJsonArray("items");
            assertEquals(1, customerOrders.size(), customerOrders.toString());

            String path = "/api/v1/orders/" + orderNo;
            assertEquals(200, api.post(path + "/requirement", "{\"fields\":{\"serverIp\":\"10.0.0.9\"}}", customer)
                    .statusCode());
            List<HttpResponse<String>> starts = race(() -> api.post(path + "/start", "", provider));
            assertOneWinner(starts, 200);
            List<String> timeline = json(api.get(path, provider, null).body()).getJsonArray("timeline")
                    .getValuesAs(JsonObject.class).stream().map(t -> t.getString("action")).toList();
            assertEquals(List.of("CREATED", "REQUIREMENT_SUBMITTED", "STARTED"), timeline);

            receiver.await("/races", Duration.ofSeconds(30), got -> got.size() >= 3);
            api.awaitItems("/api/v1/sms-outbox?limit=100&to=" + customerMobile, operator, null, found -> found.size() >= 2);
            api.awaitItems("/api/v1/notifications?limit=100", provider, null, found -> found.size() >= 3);
            Thread.sleep(3000); // time for a duplicate to show up, if there were one
            assertEquals(Map.of("PRODUCT_REVIEW_DECIDED", 1L, "ORDER_CREATED", 1L, "ORDER_STARTED", 1L),
                    counts(receiver.at("/races").stream().map(d -> d.json().getString("type")).toList()));
            assertEquals(Map.of("sms.welcome", 1L, "sms.orderStarted", 1L), counts(strings(api.get(
                    "/api/v1/sms-outbox?limit=100&to=" + customerMobile, operator, null), "template")));
            assertEquals(Map.of("sms.welcome", 1L, "sms.productApproved", 1L), counts(strings(api.get(
                    "/api/v1/sms-outbox?limit=100&to=" + account.mobile(), operator, null), "template")));
            assertEquals(Map.of("ACCOUNT_REGISTERED", 1L, "PRODUCT_REVIEW_DECIDED", 1L, "ORDER_CREATED", 1L,
                    "REQUIREMENT_SUBMITTED", 1L), counts(strings(api.get("/api/v1/notifications?limit=100", provider, null),
                    "type")));
            assertEquals(Map.of("ACCOUNT_REGISTERED", 1L, "ORDER_STARTED", 1L), counts(strings(api.get(
                    "/api/v1/notifications?limit=100", customer, null), "type")));
        }
    }

    /** Sends the request RACERS times, all released at the same moment. */
    private static List<HttpResponse<String>> race(Supplier<HttpResponse<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinner(List<HttpResponse<String>> responses, int winnerStatus) {
        Map<Integer, Long> statuses = statuses(responses);
        assertEquals(Map.of(winnerStatus, 1L, 409, (long) RACERS - 1), statuses, responses.stream()
                .filter(r -> r.statusCode() != winnerStatus && r.statusCode() != 409).map(HttpResponse::body)
                .findFirst().orElse(""));
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertTrue(r.headers()
                .firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body()));
    }

    private static HttpResponse<String> winner(List<HttpResponse<String>> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).findFirst().orElseThrow();
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }

    private static List<String> strings(HttpResponse<String> list, String field) {
        assertEquals(200, list.statusCode(), list.body());
        return json(list.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString(field)).toList();
    }

    private static Map<String, Long> counts(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }
}
