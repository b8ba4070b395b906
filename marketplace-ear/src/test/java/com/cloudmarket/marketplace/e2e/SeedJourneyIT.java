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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provider guide's whole journey on the real EAR, over HTTP only, as an integrator drives it: a provider and a
 * customer sign up; the provider subscribes a webhook, gets its profile and then a change of it approved (SMS each
 * time), completes onboarding, gets an ops-service product approved; the customer buys it, fills in the requirement
 * form; the provider starts, completes and reminds; the customer confirms; the provider delists and relists. Every
 * SMS, inbox message and webhook delivery on the way arrives exactly once, and each webhook is signed.
 */
class SeedJourneyIT {

    private static final String SECRET = "seed-journey-" + UUID.randomUUID();
    private static final List<String> EVENTS = List.of("PROFILE_REVIEW_DECIDED", "PRODUCT_REVIEW_DECIDED",
            "ORDER_CREATED", "REQUIREMENT_SUBMITTED", "ORDER_STARTED", "ORDER_COMPLETED", "ORDER_REMINDED",
            "ORDER_CONFIRMED", "ORDER_AUTO_CONFIRMED");

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void theSeedJourneyOverHttpWithEveryNotificationAndWebhook() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
            NewProvider account = NewProvider.signUp(api);
            String provider = account.token(api);
            String customerMobile = MarketplaceHttp.uniqueMobile();
            String customer = api.token(api.signUpCustomer("cust", customerMobile), NewProvider.PASSWORD);

            JsonArray events = Json.createArrayBuilder(EVENTS).build();
            HttpResponse<String> subscribed = api.post("/api/v1/webhooks", Json.createObjectBuilder()
                    .add("url", receiver.url("/seed")).add("events", events).add("secret", SECRET).build().toString(),
                    provider);
            assertEquals(201, subscribed.statusCode(), subscribed.body());
            long webhookId = json(subscribed.body()).getJsonNumber("webhookId").longValue();

            // the profile, then a change of it, each reviewed and announced by SMS to the contact mobile
            String firstMobile = MarketplaceHttp.uniqueMobile();
            approve(operator, submitProfile(provider, "云帆旅程科技有限公司", firstMobile));
            String changedMobile = MarketplaceHttp.uniqueMobile();
            approve(operator, submitProfile(provider, "云帆旅程科技股份有限公司", changedMobile));
            JsonObject live = json(api.get("/api/v1/provider", provider, null).body());
            assertEquals("云帆旅程科技股份有限公司", live.getJsonObject("profile").getJsonObject("company").getString("name"));
            assertEquals(changedMobile, live.getJsonObject("profile").getJsonObject("contact").getString("mobile"));
            awaitSms(operator, firstMobile, List.of("sms.profileApproved"));

            assertEquals(200, api.post("/api/v1/provider/agreement", "{\"version\":\"2026-01\"}", provider).statusCode());
            assertEquals(200, api.post("/api/v1/provider/deposit", "{\"amount\":\"10000.00\"}", provider).statusCode());
            assertTrue(json(api.get("/api/v1/provider", provider, null).body()).getJsonObject("onboarding")
                    .getBoolean("complete"));

            String name = "e2e 旅程运维 " + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> created = api.post("/api/v1/products", ProductLifecycleIT.productJson(name, "199.00"),
                    provider);
            assertEquals(201, created.statusCode(), created.body());
            long productId = json(created.body()).getJsonNumber("productId").longValue();
            approve(operator, submitProduct(provider, productId));
            assertEquals(200, api.get("/api/v1/catalog/" + productId, null, null).statusCode());

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
            step(api.post(path + "/requirement", "{\"fields\":{\"serverIp\":\"10.0.0.8\"}}", customer), 200,
                    "PENDING_START");
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
            assertEquals("COMPLETED", json(api.get(path, provider, "zh-CN").body()).getString("status"));
            assertEquals("已完成", json(api.get(path, provider, "zh-CN").body()).getString("providerStatusLabel"));
            assertEquals("分配完成", done.getString("customerStatusLabel"));
            assertEquals(List.of("CREATED", "REQUIREMENT_SUBMITTED", "STARTED", "COMPLETED", "REMINDED", "CONFIRMED"),
                    done.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().map(t -> t.getString("action"))
                            .toList());
            assertEquals("Completed", json(api.get(path, provider, "en").body()).getString("providerStatusLabel"));

            // delist at once, off the storefront; relist through review, back on it
            assertEquals(0, json(api.get("/api/v1/products/" + productId + "/delist-impact", provider, null).body())
                    .getInt("openOrders"));
            HttpResponse<String> delisted = api.post("/api/v1/products/" + productId + "/delist", "", provider);
            assertEquals(200, delisted.statusCode(), delisted.body());
            assertEquals("DELISTED", json(delisted.body()).getString("status"));
            assertEquals(404, api.get("/api/v1/catalog/" + productId, null, null).statusCode());
            approve(operator, submitProduct(provider, productId));
            assertEquals("ON_SALE", json(api.get("/api/v1/products/" + productId, provider, null).body())
                    .getString("status"));
            assertEquals(200, api.get("/api/v1/catalog/" + productId, null, null).statusCode());

            // every channel, exactly once per event
            awaitSms(operator, changedMobile, List.of("sms.profileApproved", "sms.productApproved", "sms.productApproved"));
            List<String> customerSms = List.of("sms.orderStarted", "sms.orderCompleted", "sms.orderReminded");
            awaitSms(operator, customerMobile, customerSms);
            List<String> customerInbox = List.of("ORDER_STARTED", "ORDER_COMPLETED", "ORDER_REMINDED");
            awaitInbox(customer, customerInbox);
            List<String> providerInbox = List.of("PROFILE_REVIEW_DECIDED", "PROFILE_REVIEW_DECIDED",
                    "PRODUCT_REVIEW_DECIDED", "PRODUCT_REVIEW_DECIDED", "ORDER_CREATED", "REQUIREMENT_SUBMITTED",
                    "ORDER_CONFIRMED");
            awaitInbox(provider, providerInbox);
            List<String> webhookTypes = List.of("PROFILE_REVIEW_DECIDED", "PROFILE_REVIEW_DECIDED",
                    "PRODUCT_REVIEW_DECIDED", "ORDER_CREATED", "REQUIREMENT_SUBMITTED", "ORDER_STARTED",
                    "ORDER_COMPLETED", "ORDER_REMINDED", "ORDER_CONFIRMED", "PRODUCT_REVIEW_DECIDED");
            List<WebhookReceiver.Delivery> hooks = receiver.await("/seed", Duration.ofSeconds(30),
                    got -> got.size() >= webhookTypes.size());

            Thread.sleep(3000); // time for a duplicate to show up, if the pipeline made one
            assertEquals(counts(customerSms), counts(withoutWelcome(strings(items("/api/v1/sms-outbox?limit=100&to="
                    + customerMobile, operator), "template"))));
            assertEquals(counts(List.of("sms.profileApproved", "sms.productApproved", "sms.productApproved")),
                    counts(strings(items("/api/v1/sms-outbox?limit=100&to=" + changedMobile, operator), "template")));
            assertEquals(counts(customerInbox), counts(strings(items("/api/v1/notifications?limit=100", customer), "type")
                    .stream().filter(t -> !t.equals("ACCOUNT_REGISTERED")).toList()));
            assertEquals(counts(providerInbox), counts(strings(items("/api/v1/notifications?limit=100", provider),
                    "type").stream().filter(t -> !t.equals("ACCOUNT_REGISTERED")).toList()));

            hooks = receiver.at("/seed");
            assertEquals(counts(webhookTypes), counts(hooks.stream().map(h -> h.json().getString("type")).toList()),
                    "each event once");
            assertEquals(hooks.size(), hooks.stream().map(h -> h.json().getString("id")).distinct().count());
            for (WebhookReceiver.Delivery hook : hooks) {
                assertTrue(hook.signedWith(SECRET), "signed: " + hook.body());
                assertEquals(hook.json().getString("id"), hook.header("X-Marketplace-Event-Id"));
                assertEquals(hook.json().getString("type"), hook.header("X-Marketplace-Event"));
                assertFalse(hook.body().contains(customerMobile), "no customer mobile in " + hook.body());
            }
            List<JsonObject> orderHooks = hooks.stream().map(WebhookReceiver.Delivery::json)
                    .filter(h -> h.getString("type").startsWith("ORDER_") || h.getString("type").equals("REQUIREMENT_SUBMITTED"))
                    .toList();
            assertTrue(orderHooks.stream().allMatch(h -> h.getJsonObject("data").getString("orderNo").equals(orderNo)));
            assertEquals("COMPLETED", orderHooks.stream().filter(h -> h.getString("type").equals("ORDER_CONFIRMED"))
                    .findFirst().orElseThrow().getJsonObject("data").getString("status"));

            JsonArray attempts = items("/api/v1/webhooks/" + webhookId + "/deliveries?limit=100", provider);
            assertEquals(webhookTypes.size(), attempts.size());
            assertTrue(attempts.getValuesAs(JsonObject.class).stream().allMatch(a -> a.getInt("statusCode") == 200
                    && a.getString("outcome").equals("DELIVERED")), attempts.toString());
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheOrderCalls() {
        HttpResponse<String> openapi = api.get("/openapi", null, null);
        assertEquals(200, openapi.statusCode());
        for (String expected : List.of("/v1/orders/{orderNo}/remind", "/v1/orders/{orderNo}/requirement", "text/csv",
                "TooManyRequests", "/v1/webhooks/{webhookId}/deliveries")) {
            assertTrue(openapi.body().contains(expected), "OpenAPI document names " + expected);
        }
    }

    private long submitProfile(String provider, String company, String contactMobile) {
        assertEquals(200, api.put("/api/v1/provider/profile/draft", NewProvider.profileJson(company, contactMobile),
                provider).statusCode());
        HttpResponse<String> submitted = api.post("/api/v1/provider/profile/draft/submit", "", provider);
        assertEquals(202, submitted.statusCode(), submitted.body());
        return json(submitted.body()).getJsonNumber("reviewId").longValue();
    }

    private long submitProduct(String provider, long productId) {
        HttpResponse<String> submitted = api.post("/api/v1/products/" + productId + "/submit", "", provider);
        assertEquals(202, submitted.statusCode(), submitted.body());
        return json(submitted.body()).getJsonNumber("reviewId").longValue();
    }

    private void approve(String operator, long reviewId) {
        HttpResponse<String> approved = api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator);
        assertEquals(200, approved.statusCode(), approved.body());
    }

    private void awaitSms(String operator, String mobile, List<String> templates) throws InterruptedException {
        api.awaitItems("/api/v1/sms-outbox?limit=100&to=" + mobile, operator, null,
                found -> counts(withoutWelcome(strings(found, "template"))).equals(counts(templates)));
    }

    private void awaitInbox(String token, List<String> types) throws InterruptedException {
        api.awaitItems("/api/v1/notifications?limit=100", token, null, found -> counts(strings(found, "type").stream()
                .filter(t -> !t.equals("ACCOUNT_REGISTERED")).toList()).equals(counts(types)));
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

    private static List<String> strings(JsonArray items, String field) {
        return items.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field, "")).toList();
    }

    /** The sign-up's welcome SMS goes to the account's mobile, beside what the journey sends. */
    private static List<String> withoutWelcome(List<String> templates) {
        return templates.stream().filter(t -> !t.equals("sms.welcome")).toList();
    }

    private static Map<String, Long> counts(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }
}
