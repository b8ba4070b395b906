package com.cloudmarket.marketplace.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Customers buying one provider's service and the order going through its steps (requirement, start, complete, and for
 * every other order the customer's confirmation), from several threads at once, each call journaled with its answer
 * or the lack of one. What a drill breaks in the middle of this traffic is then checked against the journal.
 */
final class OrderTraffic implements AutoCloseable {

    static final String PURCHASE = "CREATED";

    /** One call: the step, the order (or the purchase's idempotency key), the answer (0: none) and how long it took. */
    record Call(String step, String customer, String key, String orderNo, int status, String contentType, String body,
                Instant at, long millis) {

        boolean answered() {
            return status > 0;
        }

        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private final String baseUrl;
    private final String providerToken;
    private final List<String> customerTokens;
    private final String purchaseJson;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final ExecutorService workers;
    private final int threads;
    private final ConcurrentLinkedQueue<Call> journal = new ConcurrentLinkedQueue<>();
    private final Map<String, String> purchaseKeys = new ConcurrentHashMap<>();
    private final AtomicLong orderCount = new AtomicLong();
    private volatile boolean running;

    OrderTraffic(String baseUrl, String providerToken, List<String> customerTokens, long productId, String plan,
                 int threads) {
        this.baseUrl = baseUrl;
        this.providerToken = providerToken;
        this.customerTokens = List.copyOf(customerTokens);
        this.purchaseJson = "{\"productId\":" + productId + ",\"plan\":\"" + plan + "\",\"quantity\":1}";
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads);
    }

    void start() {
        running = true;
        for (int i = 0; i < threads; i++) {
            workers.submit(this::run);
        }
    }

    void stop() throws InterruptedException {
        running = false;
        workers.shutdown();
        if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the traffic did not stop within 60 s: a request hangs");
        }
    }

    @Override
    public void close() {
        running = false;
        workers.shutdownNow();
    }

    List<Call> calls() {
        return new ArrayList<>(journal);
    }

    List<Call> calls(Predicate<Call> which) {
        return calls().stream().filter(which).toList();
    }

    /** Every purchase key sent, with the customer token that sent it. */
    Map<String, String> purchaseKeys() {
        return Map.copyOf(purchaseKeys);
    }

    /** Sends the purchase under this key again, as a client does after a lost answer. */
    Call repeatPurchase(String key) {
        return call(PURCHASE, purchaseKeys.get(key), key, null, "/api/v1/orders", purchaseJson);
    }

    private void run() {
        while (running) {
            String customer = customerTokens.get(ThreadLocalRandom.current().nextInt(customerTokens.size()));
            String key = UUID.randomUUID().toString();
            purchaseKeys.put(key, customer);
            Call bought = call(PURCHASE, customer, key, null, "/api/v1/orders", purchaseJson);
            Optional<String> orderNo = bought.succeeded() ? Optional.of(field(bought.body(), "orderNo")) : Optional.empty();
            if (orderNo.isEmpty()) {
                pauseAfterFailure(bought);
                continue;
            }
            String path = "/api/v1/orders/" + orderNo.get();
            boolean confirm = orderCount.incrementAndGet() % 2 == 0;
            boolean done = step("REQUIREMENT_SUBMITTED", customer, orderNo.get(), path + "/requirement",
                    "{\"fields\":{\"serverIp\":\"10.0.0.9\"}}")
                    && step("STARTED", providerToken, orderNo.get(), path + "/start", "")
                    && step("COMPLETED", providerToken, orderNo.get(), path + "/complete", "");
            if (done && confirm) {
                step("CONFIRMED", customer, orderNo.get(), path + "/confirm", "");
            }
        }
    }

    private boolean step(String step, String token, String orderNo, String path, String json) {
        Call call = call(step, token, null, orderNo, path, json);
        if (!call.succeeded()) {
            pauseAfterFailure(call);
        }
        return call.succeeded();
    }

    /** A client backs off when the server is unavailable or unreachable, as real ones do, instead of spinning. */
    private void pauseAfterFailure(Call call) {
        try {
            Thread.sleep(call.status() == 503 || !call.answered() ? 500 : 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Call call(String step, String token, String key, String orderNo, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        Instant at = Instant.now();
        long started = System.nanoTime();
        Call call;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String no = orderNo != null ? orderNo
                    : response.statusCode() / 100 == 2 ? field(response.body(), "orderNo") : null;
            call = new Call(step, token, key, no, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), at, millisSince(started));
        } catch (IOException e) {
            call = new Call(step, token, key, orderNo, 0, "", e.toString(), at, millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call = new Call(step, token, key, orderNo, 0, "", e.toString(), at, millisSince(started));
        }
        journal.add(call);
        return call;
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    private static String field(String json, String name) {
        return MarketplaceHttp.json(json).getString(name);
    }

    /** Percentile of the calls' durations in milliseconds (0 for none). */
    static long percentile(List<Call> calls, double p) {
        if (calls.isEmpty()) {
            return 0;
        }
        List<Long> sorted = calls.stream().map(Call::millis).sorted(Comparator.naturalOrder()).toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
