package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ops-service order delivered on the real EAR, over HTTP as integrators drive it: a fresh provider onboards and gets
 * a product approved, a fresh customer buys it, submits the requirement, the provider starts, completes and reminds,
 * the customer confirms. Each step reaches the other party once (the customer by SMS and inbox, the provider in the
 * inbox), and the delist dialog counts the order while it is open.
 */
class OrderDeliveryIT {

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void anOpsOrderFromPurchaseToConfirmation() throws Exception {
        NewProvider account = NewProvider.signUp(api);
        String provider = account.token(api);
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        assertEquals(200, api.post("/api/v1/provider/agreement", "{\"version\":\"2026-01\"}", provider).statusCode());
        assertEquals(200, api.post("/api/v1/provider/deposit", "{\"amount\":\"10000.00\"}", provider).statusCode());
        String name = "e2e 订单交付 " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.post("/api/v1/products", ProductLifecycleIT.productJson(name, "199.00"), provider);
        assertEquals(201, created.statusCode(), created.body());
        long productId = json(created.body()).getJsonNumber("productId").longValue();
        HttpResponse<String> submitted = api.post("/api/v1/products/" + productId + "/submit", "", provider);
        assertEquals(202, submitted.statusCode(), submitted.body());
        assertEquals(200, api.post("/api/v1/reviews/" + json(submitted.body()).getJsonNumber("reviewId") + "/approve", "",
                operator).statusCode());

        String customerLogin = MarketplaceHttp.uniqueLogin("cust");
        String customerMobile = MarketplaceHttp.uniqueMobile();
        HttpResponse<String> signUp = api.post("/api/v1/accounts", Json.createObjectBuilder().add("login", customerLogin)
                .add("password", NewProvider.PASSWORD).add("displayName", "张伟 " + customerLogin)
                .add("mobile", customerMobile).add("role", "CUSTOMER").build().toString(), null);
        assertEquals(201, signUp.statusCode(), signUp.body());
        String customer = api.token(customerLogin, NewProvider.PASSWORD);

        HttpResponse<String> bought = api.post("/api/v1/orders", "{\"productId\":" + productId
                + ",\"plan\":\"基础版\",\"quantity\":2}", customer);
        assertEquals(201, bought.statusCode(), bought.body());
        JsonObject placed = json(bought.body());
        String orderNo = placed.getString("orderNo");
        assertEquals("PENDING_START", placed.getString("status"));
        assertEquals("398.00", placed.getJsonObject("amount").getString("amount"));
        String path = "/api/v1/orders/" + orderNo;
        assertEquals(1, json(api.get("/api/v1/products/" + productId + "/delist-impact", provider, null).body())
                .getInt("openOrders"), "the open order shows in the delist dialog");
        assertEquals(orderNo, json(api.get("/api/v1/orders?productId=" + productId, provider, null).body())
                .getJsonArray("items").getJsonObject(0).getString("orderNo"));

        HttpResponse<String> tooEarly = api.post(path + "/start", "", provider);
        assertEquals(409, tooEarly.statusCode(), "the product needs the requirement first: " + tooEarly.body());
        assertEquals(400, api.post(path + "/requirement", "{\"fields\":{\"unknown\":\"x\"}}", customer).statusCode());
        step(api.post(path + "/requirement", "{\"fields\":{\"serverIp\":\"10.0.0.8\"}}", customer), 200, "PENDING_START");
        assertEquals(403, api.post(path + "/start", "", customer).statusCode(), "a customer never starts");
        step(api.post(path + "/start", "", provider), 200, "IN_PROGRESS");
        JsonObject completed = step(api.post(path + "/complete", "", provider), 200, "AWAITING_CONFIRMATION");
        assertTrue(Instant.parse(completed.getString("autoConfirmAt")).isAfter(Instant.now().plus(Duration.ofDays(14))));
        step(api.post(path + "/remind", "", provider), 202, "AWAITING_CONFIRMATION");
        HttpResponse<String> again = api.post(path + "/remind", "", provider);
        assertEquals(429, again.statusCode(), again.body());
        assertTrue(again.headers().firstValue("Retry-After").isPresent());
        assertEquals(403, api.post(path + "/confirm", "", provider).statusCode(), "a provider never confirms");
        step(api.post(path + "/confirm", "", customer), 200, "COMPLETED");

        JsonObject done = json(api.get(path, customer, "zh-CN").body());
        assertEquals("已完成", done.getString("providerStatusLabel"));
        assertEquals("分配完成", done.getString("customerStatusLabel"));
        assertEquals(List.of("CREATED", "REQUIREMENT_SUBMITTED", "STARTED", "COMPLETED", "REMINDED", "CONFIRMED"),
                done.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().map(t -> t.getString("action")).toList());
        assertEquals("Completed", json(api.get(path, provider, "en").body()).getString("providerStatusLabel"));
        assertEquals(0, json(api.get("/api/v1/products/" + productId + "/delist-impact", provider, null).body())
                .getInt("openOrders"));

        List<String> customerSms = List.of("sms.orderStarted", "sms.orderCompleted", "sms.orderReminded");
        api.awaitItems("/api/v1/sms-outbox?limit=100&to=" + customerMobile, operator, null,
                found -> counts(found, "template").keySet().containsAll(customerSms));
        List<String> customerInbox = List.of("ORDER_STARTED", "ORDER_COMPLETED", "ORDER_REMINDED");
        api.awaitItems("/api/v1/notifications?limit=100", customer, null,
                found -> counts(found, "type").keySet().containsAll(customerInbox));
        List<String> providerInbox = List.of("ORDER_CREATED", "REQUIREMENT_SUBMITTED", "ORDER_CONFIRMED");
        api.awaitItems("/api/v1/notifications?limit=100", provider, null,
                found -> counts(found, "type").keySet().containsAll(providerInbox));
        Thread.sleep(3000);
        Map<String, Long> sms = counts(items("/api/v1/sms-outbox?limit=100&to=" + customerMobile, operator), "template");
        customerSms.forEach(t -> assertEquals(1L, sms.get(t), "exactly once: " + t + " in " + sms));
        Map<String, Long> inbox = counts(items("/api/v1/notifications?limit=100", customer), "type");
        customerInbox.forEach(t -> assertEquals(1L, inbox.get(t), "exactly once: " + t + " in " + inbox));
        Map<String, Long> providers = counts(items("/api/v1/notifications?limit=100", provider), "type");
        providerInbox.forEach(t -> assertEquals(1L, providers.get(t), "exactly once: " + t + " in " + providers));
        assertTrue(items("/api/v1/notifications?limit=100", customer).getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("title").contains(orderNo)), "the inbox names the order");
    }

    @Test
    void theOpenApiDocumentDescribesTheOrderCalls() {
        HttpResponse<String> openapi = api.get("/openapi", null, null);
        assertEquals(200, openapi.statusCode());
        for (String expected : List.of("/v1/orders/{orderNo}/remind", "/v1/orders/{orderNo}/requirement", "text/csv",
                "TooManyRequests")) {
            assertTrue(openapi.body().contains(expected), "OpenAPI document names " + expected);
        }
    }

    private static JsonObject step(HttpResponse<String> response, int status, String orderStatus) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject order = json(response.body());
        assertEquals(orderStatus, order.getString("status"), response.body());
        return order;
    }

    private JsonArray items(String path, String token) {
        HttpResponse<String> response = api.get(path, token, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("items");
    }

    private static Map<String, Long> counts(JsonArray items, String field) {
        return items.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(o -> o.getString(field, ""), Collectors.counting()));
    }
}
