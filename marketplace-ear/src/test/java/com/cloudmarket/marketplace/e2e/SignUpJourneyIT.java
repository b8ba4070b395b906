package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation slice against the real EAR on Payara Server: sign-up → token → me → the welcome travels
 * outbox → JMS topic → message-driven beans → inbox and SMS outbox, each exactly once.
 */
class SignUpJourneyIT {

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void aNewCustomerIsWelcomedInTheInboxAndBySms() throws InterruptedException {
        String login = MarketplaceHttp.uniqueLogin("cust");
        String mobile = MarketplaceHttp.uniqueMobile();
        HttpResponse<String> created = api.post("/api/v1/accounts", Json.createObjectBuilder()
                .add("login", login).add("password", "Secret123").add("displayName", "李娜")
                .add("mobile", mobile).add("email", login + "@example.com").add("role", "CUSTOMER")
                .build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        long accountId = json(created.body()).getJsonNumber("accountId").longValue();

        String token = api.token(login, "Secret123");
        JsonObject me = json(api.get("/api/v1/me", token, null).body());
        assertEquals(accountId, me.getJsonNumber("accountId").longValue());
        assertEquals("李娜", me.getString("displayName"));
        assertEquals("CUSTOMER", me.getJsonArray("roles").getString(0));

        JsonArray inbox = api.awaitItems("/api/v1/notifications", token, "zh-CN", items -> items.size() >= 1);
        assertEquals(1, inbox.size(), "one welcome, delivered once: " + inbox);
        JsonObject welcome = inbox.getJsonObject(0);
        assertEquals("ACCOUNT_REGISTERED", welcome.getString("type"));
        assertEquals("欢迎加入云市场", welcome.getString("title"));
        assertTrue(welcome.getString("body").contains(String.valueOf(accountId)), welcome.toString());

        JsonObject page = json(api.get("/api/v1/notifications", token, "en").body());
        assertTrue(page.containsKey("nextCursor") && page.isNull("nextCursor"), "the last page says nextCursor: null " + page);
        JsonObject english = page.getJsonArray("items").getJsonObject(0);
        assertEquals("Welcome to the marketplace", english.getString("title"));

        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        JsonArray sms = api.awaitItems("/api/v1/sms-outbox?to=" + mobile, operator, null, items -> items.size() >= 1);
        assertEquals(1, sms.size(), "one welcome SMS: " + sms);
        assertEquals(mobile, sms.getJsonObject(0).getString("to"));
        assertTrue(sms.getJsonObject(0).getString("text").contains(String.valueOf(accountId)));
        assertEquals(welcome.getString("eventId"), sms.getJsonObject(0).getString("eventId"));

        Thread.sleep(3000);
        assertEquals(1, json(api.get("/api/v1/notifications", token, null).body()).getJsonArray("items").size(),
                "no second delivery after the relay's next sweep");
        JsonArray outbox = json(api.get("/api/v1/sms-outbox?to=" + mobile, operator, null).body()).getJsonArray("items");
        assertEquals(1, outbox.size());
        assertEquals("SENT", outbox.getJsonObject(0).getString("status"), "the dispatcher sent it within its second: " + outbox);
        assertEquals("recording", outbox.getJsonObject(0).getString("gateway"));
    }

    @Test
    void theSmsOutboxIsForOperatorsOnly() {
        String login = MarketplaceHttp.uniqueLogin("prov");
        assertEquals(201, api.post("/api/v1/accounts", Json.createObjectBuilder()
                .add("login", login).add("password", "Secret123").add("displayName", "Provider")
                .add("mobile", MarketplaceHttp.uniqueMobile()).add("role", "PROVIDER").build().toString(), null).statusCode());
        String provider = api.token(login, "Secret123");
        assertProblem(api.get("/api/v1/sms-outbox", provider, null), 403);
        assertProblem(api.get("/api/v1/sms-outbox", null, null), 401);
        assertProblem(api.get("/api/v1/notifications", "not-a-token", null), 401);
    }

    @Test
    void badInputNeverBecomesAServerError() {
        assertProblem(api.post("/api/v1/accounts", "{\"login\": tru", null), 400);
        assertProblem(api.post("/api/v1/accounts", "[]", null), 400);
        assertProblem(api.post("/api/v1/auth/token", "{\"login\":\"operator\",\"password\":\"wrong-password-1\"}", null), 401);
        assertProblem(api.get("/api/v1/notifications?limit=abc", api.token("operator", MarketplaceHttp.DEMO_PASSWORD), null),
                400);
        assertProblem(api.get("/api/v1/no-such-thing", null, null), 404);
    }

    @Test
    void healthAndOpenApiAreServed() {
        HttpResponse<String> health = api.get("/api/v1/health", null, null);
        assertEquals(200, health.statusCode());
        assertTrue(health.headers().firstValue("X-Powered-By").isEmpty(), "no product banner: " + health.headers());
        assertTrue(health.headers().firstValue("Server").map(v -> !v.contains("Payara")).orElse(true), health.headers().toString());
        assertEquals("UP", json(health.body()).getString("status"));

        HttpResponse<String> openapi = api.get("/openapi", null, null);
        assertEquals(200, openapi.statusCode());
        for (String expected : new String[]{"/v1/accounts", "/v1/auth/token", "/v1/me", "/v1/notifications", "/v1/sms-outbox",
                "bearer"}) {
            assertTrue(openapi.body().contains(expected), "OpenAPI document names " + expected);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
