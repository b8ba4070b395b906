package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.SmsGateway.OutgoingSms;
import com.cloudmarket.marketplace.notification.application.SmsNotSentException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP gateway against a JDK HTTP server on loopback that plays the SMS provider. */
class HttpSmsGatewayTest {

    private static final String TOKEN = "s3cret-token-value";
    private static final OutgoingSms SMS = new OutgoingSms("5c0f3a4e-0000-4000-8000-000000000001", "13800000009",
            "sms.profileApproved", "【云市场】云帆科技，您好！审核单 7 已审核通过。");

    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
        handlers.shutdownNow();
    }

    @Test
    void postsTheSmsAsJsonWithTheEventIdAsIdempotencyKeyAndTheBearerToken() throws IOException {
        AtomicReference<Map<String, String>> received = new AtomicReference<>();
        start(exchange -> {
            Map<String, String> request = new HashMap<>();
            request.put("method", exchange.getRequestMethod());
            request.put("path", exchange.getRequestURI().getPath());
            request.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            request.put("idempotencyKey", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            request.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
            request.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.set(request);
            answer(exchange, 202);
        });

        gateway(5000).send(SMS);

        Map<String, String> request = received.get();
        assertEquals("POST", request.get("method"));
        assertEquals("/sms", request.get("path"));
        assertEquals("Bearer " + TOKEN, request.get("authorization"));
        assertEquals(SMS.eventId() + "/" + SMS.templateKey() + "/" + SMS.to(), request.get("idempotencyKey"));
        assertEquals("application/json", request.get("contentType"));
        JsonObject body = Json.createReader(new StringReader(request.get("body"))).readObject();
        assertEquals(Json.createObjectBuilder().add("eventId", SMS.eventId()).add("to", SMS.to())
                .add("templateKey", SMS.templateKey()).add("text", SMS.text()).build(), body);
    }

    @Test
    void aServerErrorThrowsSoTheEventIsRedelivered() throws IOException {
        start(exchange -> answer(exchange, 500));
        SmsNotSentException failure = assertThrows(SmsNotSentException.class, () -> gateway(5000).send(SMS));
        assertTrue(failure.getMessage().contains("500") && failure.getMessage().contains(SMS.eventId()),
                failure.getMessage());
        assertFalse(failure.getMessage().contains(TOKEN), "the token never appears in a message");
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutWithinTheConfiguredTime() throws IOException {
        start(exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200);
        });
        long started = System.nanoTime();
        SmsNotSentException failure = assertThrows(SmsNotSentException.class, () -> gateway(300).send(SMS));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(failure.getMessage().contains("within 300 ms"), failure.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "gave up after " + took);
    }

    @Test
    void anUnreachableGatewayThrows() throws IOException {
        start(exchange -> answer(exchange, 200));
        int port = server.getAddress().getPort();
        server.stop(0);
        server = null;
        HttpSmsGateway gateway = new HttpSmsGateway(() -> settings("http://127.0.0.1:" + port + "/sms", "1000"));
        assertThrows(SmsNotSentException.class, () -> gateway.send(SMS));
    }

    @Test
    void aSendTakesAtMostTheTimeoutAndTheDefaultWhenTheSettingsDoNotHold() {
        assertEquals(Duration.ofMillis(1500), new HttpSmsGateway(() -> settings("https://sms.example.com", "1500"))
                .longestSend());
        assertEquals(Duration.ofMillis(HttpSmsGateway.DEFAULT_TIMEOUT_MS),
                new HttpSmsGateway(() -> settings(null, "1500")).longestSend());
    }

    @Test
    void settingsAreCheckedAndTheTokenStaysOutOfTheirText() {
        HttpSmsGateway.Settings settings = settings("https://sms.example.com/send", null);
        assertEquals(Duration.ofMillis(HttpSmsGateway.DEFAULT_TIMEOUT_MS), settings.timeout());
        assertFalse(settings.toString().contains(TOKEN), settings.toString());

        SmsNotSentException noUrl = assertThrows(SmsNotSentException.class, () -> settings(null, null));
        assertTrue(noUrl.getMessage().contains(HttpSmsGateway.URL), noUrl.getMessage());
        assertThrows(SmsNotSentException.class, () -> settings("ftp://sms.example.com", null));
        assertThrows(SmsNotSentException.class, () -> settings("https://sms.example.com", "soon"));
        assertThrows(SmsNotSentException.class, () -> settings("https://sms.example.com", "0"));
    }

    private void start(ThrowingHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sms", exchange -> {
            try (exchange) {
                handler.handle(exchange);
            }
        });
        server.setExecutor(handlers);
        server.start();
    }

    private HttpSmsGateway gateway(long timeoutMs) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
        return new HttpSmsGateway(() -> settings(url, String.valueOf(timeoutMs)));
    }

    private static HttpSmsGateway.Settings settings(String url, String timeoutMs) {
        Map<String, String> config = new HashMap<>();
        config.put(HttpSmsGateway.URL, url);
        config.put(HttpSmsGateway.TOKEN, TOKEN);
        config.put(HttpSmsGateway.TIMEOUT, timeoutMs);
        return HttpSmsGateway.Settings.from(name -> Optional.ofNullable(config.get(name)));
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    @FunctionalInterface
    private interface ThrowingHandler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
