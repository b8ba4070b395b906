package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** A thin HTTP client for the running marketplace: the same calls an integrator makes, nothing private. */
final class MarketplaceHttp {

    static final String DEMO_PASSWORD = System.getProperty("marketplace.demoPassword", "Demo@2026");

    private final String baseUrl = System.getProperty("marketplace.baseUrl", "http://localhost:18080");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    String baseUrl() {
        return baseUrl;
    }

    HttpResponse<String> get(String path, String token, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        return send(request, token, language);
    }

    HttpResponse<String> post(String path, String json, String token) {
        return post(path, json, token, Map.of());
    }

    /** With extra headers, e.g. the {@code X-Forwarded-For} of a trusted proxy. */
    HttpResponse<String> post(String path, String json, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        UsedSecrets.addFieldsOf(json);
        HttpResponse<String> response = send(request, token, null);
        UsedSecrets.addFieldsOf(response.body());
        return response;
    }

    /** A creating POST with an {@code Idempotency-Key}. */
    HttpResponse<String> postWithKey(String path, String json, String token, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request, token, null);
    }

    HttpResponse<String> put(String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        return send(request, token, null);
    }

    /** Polls a list until it satisfies {@code done}: deliveries travel outbox → JMS → consumers, so they take a moment. */
    JsonArray awaitItems(String path, String token, String language, Predicate<JsonArray> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonArray items;
        do {
            HttpResponse<String> response = get(path, token, language);
            if (response.statusCode() != 200) {
                throw new AssertionError(path + ": " + response.statusCode() + " " + response.body());
            }
            items = json(response.body()).getJsonArray("items");
            if (done.test(items)) {
                return items;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("not delivered within 30 s: " + path + " → " + items);
    }

    String token(String login, String password) {
        HttpResponse<String> response = post("/api/v1/auth/token",
                Json.createObjectBuilder().add("login", login).add("password", password).build().toString(), null);
        if (response.statusCode() != 200) {
            throw new AssertionError("token for " + login + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).getString("token");
    }

    /** A customer account signed up for one test, with {@link NewProvider#PASSWORD}; returns its login. */
    String signUpCustomer(String loginPrefix) {
        return signUpCustomer(loginPrefix, uniqueMobile());
    }

    /** The same with a known mobile number, for a test that reads the customer's SMS. */
    String signUpCustomer(String loginPrefix, String mobile) {
        String login = uniqueLogin(loginPrefix);
        return signUp(login, "客户 " + login, mobile, "CUSTOMER");
    }

    /** An account of {@code role} signed up with {@link NewProvider#PASSWORD}; returns its login. */
    String signUp(String login, String displayName, String mobile, String role) {
        HttpResponse<String> created = post("/api/v1/accounts", Json.createObjectBuilder().add("login", login)
                .add("password", NewProvider.PASSWORD).add("displayName", displayName)
                .add("mobile", mobile).add("role", role).build().toString(), null);
        if (created.statusCode() != 201) {
            throw new AssertionError("sign-up of " + login + ": " + created.statusCode() + " " + created.body());
        }
        return login;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token, String language) {
        request.timeout(Duration.ofSeconds(30));
        UsedSecrets.add(token);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("marketplace unreachable at " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String uniqueLogin(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A fresh mainland mobile number per test, so SMS look-ups by recipient see only this test's messages. */
    static String uniqueMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
