package com.cloudmarket.marketplace.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An integrator's webhook endpoint on loopback in the test JVM (the end-to-end domain allows 127.0.0.0/8 as a target).
 * Each path answers as the test sets it up: 200, a number of 500s first, or never (until the receiver closes).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One POST as it arrived. */
    record Delivery(String path, String body, Map<String, String> headers, Instant at) {

        JsonObject json() {
            return MarketplaceHttp.json(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** Checks the signature the way an integrator would, independently of the marketplace's code. */
        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
                return expected.equals(header("X-Marketplace-Signature"));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Queue<Delivery> received = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failuresFirst = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hanging = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The path answers 500 this many times, then 200. */
    void failFirst(String path, int times) {
        failuresFirst.put(path, new AtomicInteger(times));
    }

    /** The path never answers, until {@link #answer(String)}. */
    void hang(String path) {
        hanging.put(path, true);
    }

    void answer(String path) {
        hanging.remove(path);
    }

    List<Delivery> at(String path) {
        return received.stream().filter(d -> d.path.equals(path)).toList();
    }

    /** Waits until what arrived at the path satisfies {@code done}. */
    List<Delivery> await(String path, Duration within, Predicate<List<Delivery>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        List<Delivery> now;
        do {
            now = at(path);
            if (done.test(now)) {
                return now;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("webhook deliveries at " + path + " not as expected within " + within + ": "
                + now.stream().map(d -> d.json().getString("type")).toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        received.add(new Delivery(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                headers, Instant.now()));
        if (hanging.containsKey(path)) {
            try {
                while (hanging.containsKey(path) && !closing.await(100, TimeUnit.MILLISECONDS)) {
                    // holds the connection open like a receiver that hangs
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        AtomicInteger failures = failuresFirst.get(path);
        int status = failures != null && failures.getAndDecrement() > 0 ? 500 : 200;
        try {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException alreadyClosed) {
            // the marketplace gave up waiting and closed the connection
        }
        exchange.close();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
