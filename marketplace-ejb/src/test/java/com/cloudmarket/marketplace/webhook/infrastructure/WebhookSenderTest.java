package com.cloudmarket.marketplace.webhook.infrastructure;

import com.cloudmarket.marketplace.webhook.application.DueDelivery;
import com.cloudmarket.marketplace.webhook.application.WebhookSettings;
import com.cloudmarket.marketplace.webhook.domain.AttemptResult;
import com.cloudmarket.marketplace.shared.domain.RetrySchedule;
import com.cloudmarket.marketplace.webhook.domain.TargetAddresses;
import com.cloudmarket.marketplace.webhook.domain.WebhookSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sender against a JDK HTTP server on loopback that plays the integrator's receivers. */
class WebhookSenderTest {

    private static final String SECRET = "0123456789abcdef";
    private static final String BODY = "{\"id\":\"e-1\",\"type\":\"ORDER_CREATED\",\"data\":{\"productName\":\"运维托管\"}}";

    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final ExecutorService lookups = Executors.newFixedThreadPool(2);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, Map<String, String>> received = new ConcurrentHashMap<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
        lookups.shutdownNow();
    }

    @Test
    void postsTheBodySignedWithTheSecretAndItsEventHeaders() throws IOException {
        start();

        List<AttemptResult> results = sender().send(List.of(delivery("/ok")), settings("127.0.0.0/8", 2000));

        assertEquals(200, results.get(0).statusCode());
        assertNull(results.get(0).error());
        Map<String, String> request = received.get("/ok");
        assertEquals(BODY, request.get("body"));
        assertEquals(WebhookSignature.of(SECRET, BODY.getBytes(StandardCharsets.UTF_8)), request.get("signature"));
        assertEquals("ORDER_CREATED", request.get("event"));
        assertEquals("e-1", request.get("eventId"));
        assertEquals("application/json; charset=UTF-8", request.get("contentType"));
    }

    @Test
    void aFailingAnswerAndARedirectAreNotDelivered() throws IOException {
        start();

        List<AttemptResult> results = sender().send(List.of(delivery("/fail"), delivery("/moved")),
                settings("127.0.0.0/8", 2000));

        assertEquals(500, results.get(0).statusCode());
        assertEquals("HTTP 500", results.get(0).error());
        assertEquals(302, results.get(1).statusCode());
        assertEquals(false, results.get(1).delivered());
        assertEquals(null, received.get("/elsewhere"), "the redirect was not followed");
    }

    @Test
    void hangingReceiversTimeOutTogetherWithoutHoldingUpTheOthers() throws IOException {
        start();
        List<DueDelivery> batch = IntStream.range(0, 12).mapToObj(i -> delivery(i % 2 == 0 ? "/hang" : "/ok")).toList();

        long started = System.nanoTime();
        List<AttemptResult> results = sender().send(batch, settings("127.0.0.0/8", 1000));
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        for (int i = 0; i < batch.size(); i++) {
            if (i % 2 == 0) {
                assertNull(results.get(i).statusCode());
                assertTrue(results.get(i).error().startsWith("no answer within 1000 ms"), results.get(i).error());
            } else {
                assertEquals(200, results.get(i).statusCode());
            }
        }
        // six hanging receivers cost one timeout in all, not six
        assertTrue(tookMs < 4000, "the batch took " + tookMs + " ms");
    }

    @Test
    void aRefusedTargetIsNotContactedAndANameThatDoesNotResolveFails() throws IOException {
        start();

        List<AttemptResult> results = sender().send(List.of(delivery("/ok"),
                new DueDelivery(2, "e-2", "ORDER_CREATED", URI.create("http://no-such-host.invalid/x"), SECRET, BODY)),
                settings("", 2000));

        assertTrue(results.get(0).error().contains("127.0.0.1"), results.get(0).error());
        assertNull(results.get(0).statusCode());
        assertNull(received.get("/ok"));
        assertTrue(results.get(1).error().contains("cannot be resolved"), results.get(1).error());
    }

    @Test
    void aClosedPortFailsWithTheReason() throws IOException {
        start();
        int port = server.getAddress().getPort();
        server.stop(0);

        AttemptResult result = sender().send(List.of(new DueDelivery(1, "e-1", "ORDER_CREATED",
                URI.create("http://127.0.0.1:" + port + "/ok"), SECRET, BODY)), settings("127.0.0.0/8", 2000)).get(0);

        assertNull(result.statusCode());
        assertTrue(result.error().contains("ConnectException"), result.error());
    }

    private WebhookSender sender() {
        return new WebhookSender(lookups);
    }

    private static WebhookSettings settings(String allowed, long timeoutMs) {
        return new WebhookSettings(Duration.ofMillis(timeoutMs), new RetrySchedule(Duration.ofSeconds(1), 3),
                TargetAddresses.allowing(allowed));
    }

    private DueDelivery delivery(String path) {
        return new DueDelivery(1, "e-1", "ORDER_CREATED",
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), SECRET, BODY);
    }

    private void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            received.put(path, Map.of(
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Marketplace-Signature")),
                    "event", String.valueOf(exchange.getRequestHeaders().getFirst("X-Marketplace-Event")),
                    "eventId", String.valueOf(exchange.getRequestHeaders().getFirst("X-Marketplace-Event-Id")),
                    "contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))));
            switch (path) {
                case "/ok" -> answer(exchange, 200);
                case "/fail" -> answer(exchange, 500);
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", "/elsewhere");
                    answer(exchange, 302);
                }
                case "/hang" -> {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    answer(exchange, 200);
                }
                default -> answer(exchange, 404);
            }
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
