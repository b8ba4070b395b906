package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.LoginOrigin;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP to the deployment under test, as an integrator calls it; shared by the {@code @RunAsClient} component tests. */
final class ComponentClient {

    /** Where in-container calls log in from: a documentation address (TEST-NET-1), as one client. */
    static final LoginOrigin ORIGIN = LoginOrigin.of("192.0.2.1");

    /** HTTP/1.1 on purpose: the JDK's h2c upgrade attempt is not what integrators send. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI root;

    ComponentClient(URL base) {
        String text = base.toExternalForm();
        this.root = URI.create(text.endsWith("/") ? text : text + "/");
    }

    URI uri(String path) {
        return root.resolve(path);
    }

    HttpResponse<String> get(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), bearer);
    }

    HttpResponse<String> post(String path, String body, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), bearer);
    }

    /** A creating POST with an {@code Idempotency-Key}. */
    HttpResponse<String> post(String path, String body, String bearer, String idempotencyKey) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)), bearer);
    }

    HttpResponse<String> put(String path, String body, String bearer, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request, bearer);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String bearer) throws Exception {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** A problem document with this status: typed, titled, and free of stack traces. */
    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0],
                response.body());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("urn:marketplace:problem:"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
        return problem;
    }
}
