package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A product's life on the real EAR, over HTTP as an integrator drives it: create → submit → approve (on sale, in the
 * storefront) → a change in review while the live content keeps selling → rejected → delisted (gone from the storefront
 * at once) → relisted without changes → on sale again. Each decision reaches the provider once by SMS and once in the
 * inbox (PRODUCT_REVIEW_DECIDED).
 */
class ProductLifecycleIT {

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void aProductFromDraftToSaleDelistAndRelist() throws Exception {
        NewProvider account = NewProvider.signUp(api);
        String provider = account.token(api);
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        String name = "e2e 运维托管 " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = api.post("/api/v1/products", productJson(name, "199.00"), provider);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("productId").longValue();
        assertEquals("DRAFT", json(created.body()).getString("status"));
        String path = "/api/v1/products/" + id;

        HttpResponse<String> submitted = api.post(path + "/submit", "", provider);
        assertEquals(202, submitted.statusCode(), submitted.body());
        long firstReview = json(submitted.body()).getJsonNumber("reviewId").longValue();
        OffsetDateTime dueAt = OffsetDateTime.parse(json(submitted.body()).getString("dueAt"));
        assertTrue(dueAt.toInstant().isAfter(Instant.now().plus(Duration.ofDays(2))), "3 business days: " + dueAt);
        assertEquals("IN_REVIEW", product(path, provider).getString("status"));
        assertEquals(409, api.post(path + "/submit", "", provider).statusCode(), "already in review");
        assertFalse(inStorefront(id, name));

        assertEquals(409, api.post("/api/v1/reviews/" + firstReview + "/approve", "", operator).statusCode(),
                "onboarding incomplete");
        assertEquals(200, api.post("/api/v1/provider/agreement", "{\"version\":\"2026-01\"}", provider).statusCode());
        assertEquals(200, api.post("/api/v1/provider/deposit", "{\"amount\":\"10000.00\"}", provider).statusCode());
        JsonObject detail = json(api.get("/api/v1/reviews/" + firstReview, operator, null).body());
        assertEquals("PRODUCT", detail.getString("subject"));
        assertEquals(id, detail.getJsonNumber("subjectId").longValue());
        assertTrue(detail.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("field").equals("name") && c.getString("after").equals(name)), detail.toString());
        assertEquals(200, api.post("/api/v1/reviews/" + firstReview + "/approve", "", operator).statusCode());

        JsonObject onSale = product(path, provider);
        assertEquals("ON_SALE", onSale.getString("status"));
        assertEquals(name, onSale.getJsonObject("live").getString("name"));
        assertTrue(inStorefront(id, name));
        assertEquals("199.00", storefrontPrice(id));
        awaitSms(account.mobile(), operator, "sms.productApproved", 1);
        awaitInbox(provider, 1);

        assertEquals(200, api.put(path + "/draft", productJson(name, "299.00"), provider).statusCode());
        HttpResponse<String> change = api.post(path + "/submit", "", provider);
        assertEquals(202, change.statusCode(), change.body());
        JsonObject during = product(path, provider);
        assertEquals("ON_SALE", during.getString("status"));
        assertEquals("PENDING", during.getJsonObject("pendingRevision").getString("reviewStatus"));
        assertEquals("199.00", storefrontPrice(id), "the live content keeps selling while the change is in review");
        long changeReview = json(change.body()).getJsonNumber("reviewId").longValue();
        assertEquals(200, api.post("/api/v1/reviews/" + changeReview + "/reject", "{\"reason\":\"价格说明不清\"}", operator)
                .statusCode());
        JsonObject rejected = product(path, provider);
        assertEquals("ON_SALE", rejected.getString("status"));
        assertEquals("价格说明不清", rejected.getJsonObject("pendingRevision").getString("reason"));
        assertEquals("199.00", storefrontPrice(id));
        JsonObject rejectionSms = awaitSms(account.mobile(), operator, "sms.productRejected", 1).get(0);
        assertTrue(rejectionSms.getString("text").contains("价格说明不清"), rejectionSms.toString());

        assertEquals(0, json(api.get(path + "/delist-impact", provider, null).body()).getInt("openOrders"));
        HttpResponse<String> delisted = api.post(path + "/delist", "", provider);
        assertEquals(200, delisted.statusCode(), delisted.body());
        assertEquals("DELISTED", json(delisted.body()).getString("status"));
        assertEquals(404, api.get("/api/v1/catalog/" + id, null, null).statusCode(), "gone from the storefront at once");
        assertFalse(inStorefront(id, name));
        assertEquals(409, api.post(path + "/delist", "", provider).statusCode());

        HttpResponse<String> relist = api.post(path + "/submit", "", provider);
        assertEquals(202, relist.statusCode(), relist.body());
        assertEquals("DELISTED", product(path, provider).getString("status"), "delisted until the relist is approved");
        assertEquals(404, api.get("/api/v1/catalog/" + id, null, null).statusCode());
        assertEquals(200, api.post("/api/v1/reviews/" + json(relist.body()).getJsonNumber("reviewId") + "/approve", "",
                operator).statusCode());
        assertEquals("ON_SALE", product(path, provider).getString("status"));
        assertTrue(inStorefront(id, name), "relisted after approval");

        awaitSms(account.mobile(), operator, "sms.productApproved", 2);
        List<JsonObject> inbox = awaitInbox(provider, 3);
        assertTrue(inbox.stream().anyMatch(n -> n.getString("body").contains("价格说明不清")), inbox.toString());
        assertTrue(inbox.stream().allMatch(n -> n.getString("title").contains(name)), inbox.toString());
        Thread.sleep(3000);
        assertEquals(2, sms(account.mobile(), operator, "sms.productApproved").size(), "no repeated SMS");
        assertEquals(1, sms(account.mobile(), operator, "sms.productRejected").size(), "no repeated SMS");
        assertEquals(3, decisions(provider).size(), "no repeated inbox message");

        JsonObject audit = json(api.get("/api/v1/providers/" + json(api.get("/api/v1/me", provider, null).body())
                .getJsonNumber("accountId") + "/audit?limit=100", operator, null).body());
        List<String> actions = audit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("subjectType").equals("PRODUCT")).map(o -> o.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("PRODUCT_CREATED", "PRODUCT_SUBMITTED", "REVIEW_APPROVED",
                "REVIEW_REJECTED", "PRODUCT_DELISTED")), actions.toString());
    }

    @Test
    void anotherProvidersProductIsNotFoundAndCustomersCannotManageProducts() {
        String alice = NewProvider.signUp(api).token(api);
        String bob = NewProvider.signUp(api).token(api);
        HttpResponse<String> created = api.post("/api/v1/products", productJson("租户测试", "1.00"), alice);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("productId").longValue();
        assertEquals(404, api.get("/api/v1/products/" + id, bob, null).statusCode());
        assertEquals(404, api.post("/api/v1/products/" + id + "/submit", "", bob).statusCode());
        assertEquals(401, api.get("/api/v1/products", null, null).statusCode());
        assertEquals(403, api.get("/api/v1/products", api.token("customer", MarketplaceHttp.DEMO_PASSWORD), null).statusCode());
        assertEquals(200, api.get("/api/v1/catalog", null, null).statusCode(), "the storefront is open to anyone");
        HttpResponse<String> invalid = api.post("/api/v1/products", "{\"type\":\"IMAGE\",\"plans\":[{\"name\":\"a\","
                + "\"price\":{\"amount\":\"-5\"}}]}", alice);
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("plans[0].price.amount") && invalid.body().contains("imageReference"),
                invalid.body());
    }

    private JsonObject product(String path, String token) {
        HttpResponse<String> response = api.get(path, token, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private boolean inStorefront(long id, String name) {
        HttpResponse<String> response = api.get("/api/v1/catalog?type=OPS_SERVICE&q="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), null, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getJsonNumber("productId").longValue() == id);
    }

    private String storefrontPrice(long id) {
        HttpResponse<String> response = api.get("/api/v1/catalog/" + id, null, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("plans").getJsonObject(0).getJsonObject("price").getString("amount");
    }

    private List<JsonObject> sms(String mobile, String operator, String template) {
        return json(api.get("/api/v1/sms-outbox?limit=100&to=" + mobile, operator, null).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("template").equals(template)).toList();
    }

    private List<JsonObject> awaitSms(String mobile, String operator, String template, int count) throws Exception {
        JsonArray items = api.awaitItems("/api/v1/sms-outbox?limit=100&to=" + mobile, operator, null,
                found -> found.getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("template").equals(template)).count() >= count);
        return items.getValuesAs(JsonObject.class).stream().filter(s -> s.getString("template").equals(template)).toList();
    }

    private List<JsonObject> decisions(String token) {
        return json(api.get("/api/v1/notifications?limit=100", token, null).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("type").equals("PRODUCT_REVIEW_DECIDED"))
                .toList();
    }

    private List<JsonObject> awaitInbox(String token, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        do {
            List<JsonObject> found = decisions(token);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("not " + count + " PRODUCT_REVIEW_DECIDED in the inbox within 30 s");
    }

    static String productJson(String name, String amount) {
        return Json.createObjectBuilder()
                .add("type", "OPS_SERVICE").add("name", name).add("summary", "7×24 小时服务器巡检与故障处理")
                .add("description", "<p>巡检、补丁与<strong>故障响应</strong></p>").add("category", "运维服务")
                .add("plans", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "基础版")
                        .add("price", Json.createObjectBuilder().add("amount", amount).add("currency", "CNY"))))
                .add("serviceContact", Json.createObjectBuilder().add("name", "王强").add("phone", "400-800-1234")
                        .add("email", "ops@yunfan.example.com"))
                .add("requirementForm", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "serverIp")
                        .add("label", "服务器 IP").add("type", "TEXT").add("required", true)))
                .add("requirementBeforeStart", true).add("deliveryDays", 5).add("warrantyDays", 30)
                .build().toString();
    }
}
