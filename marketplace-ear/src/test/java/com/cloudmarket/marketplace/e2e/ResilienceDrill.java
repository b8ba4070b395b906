package com.cloudmarket.marketplace.e2e;

import com.cloudmarket.marketplace.e2e.OrderTraffic.Call;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8's drills on the end-to-end domain restarted with their settings (MySQL/MariaDB, run by {@code .ci/run} with
 * {@code -Presilience}):
 * while customers buy and the provider works the orders, the database is stopped for 30 s, then the server is killed
 * with SIGKILL and started again. Afterwards every answered request is in the database exactly once, nothing is applied
 * twice, the outbox drains, every event reaches every notification channel exactly once, and the auto-confirmation
 * timer confirms what fell due while the server was down. The figures are printed for the README's Reliability section.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceDrill {

    private static final String PLAN = "基础版";
    private static final int THREADS = 8;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** A request the database outage fails must fail fast, not wait for a timeout. */
    private static final long FAIL_FAST_MILLIS = 3_000;
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);
    private static final int AUTO_CONFIRM_SCAN_SECONDS = 20;
    private static final Set<String> SUBSCRIBED = Set.of("ORDER_CREATED", "REQUIREMENT_SUBMITTED", "ORDER_STARTED",
            "ORDER_COMPLETED", "ORDER_CONFIRMED", "ORDER_AUTO_CONFIRMED");
    private static final Pattern ERROR_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String SECRET = "resilience-drill-" + UUID.randomUUID();

    /** A drill's failure in the build log when it happens, beside the figures, not only in the report at the end. */
    @RegisterExtension
    final TestWatcher failuresAsTheyHappen = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.out.println("[drill] FAILED " + context.getDisplayName() + ": " + cause);
        }
    };

    private final MarketplaceHttp api = new MarketplaceHttp();
    // Orders are due for auto-confirmation as soon as they are completed, so the drill sees the timer at work.
    private final DrillServer server = new DrillServer(System.getProperty("marketplace.drill.httpPort", "18080"),
            System.getProperty("marketplace.drill.adminPort", "14848"),
            "marketplace.order.auto-confirm-days=0 marketplace.order.auto-confirm-scan-seconds=" + AUTO_CONFIRM_SCAN_SECONDS
                    + " marketplace.webhook.allowed-private-ranges=127.0.0.0/8 marketplace.webhook.retry-base-seconds=1");
    private WebhookReceiver receiver;
    private String providerToken;
    private final List<String> customerTokens = new ArrayList<>();
    private long productId;
    private OrderLedger ledger;
    /** Every order the drills' purchases were answered with, across both drills. */
    private final Set<String> ordersBought = new HashSet<>();

    @BeforeAll
    void startMarketplaceWithAProviderOnSale() throws Exception {
        System.out.println("[drill] marketplace healthy in " + server.start().toSeconds() + " s");
        receiver = new WebhookReceiver();
        NewProvider provider = NewProvider.signUp(api);
        providerToken = provider.token(api);
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        assertEquals(201, api.post("/api/v1/webhooks", Json.createObjectBuilder().add("url", receiver.url("/drill"))
                .add("events", Json.createArrayBuilder(SUBSCRIBED)).add("secret", SECRET).build().toString(),
                providerToken).statusCode());
        assertEquals(200, api.post("/api/v1/provider/agreement", "{\"version\":\"2026-01\"}", providerToken).statusCode());
        assertEquals(200, api.post("/api/v1/provider/deposit", "{\"amount\":\"10000.00\"}", providerToken).statusCode());
        productId = json(api.post("/api/v1/products", ProductLifecycleIT.productJson("演练 运维服务", "9.90"),
                providerToken).body()).getJsonNumber("productId").longValue();
        long reviewId = json(api.post("/api/v1/products/" + productId + "/submit", "", providerToken).body())
                .getJsonNumber("reviewId").longValue();
        assertEquals(200, api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator).statusCode());
        for (int i = 0; i < 6; i++) {
            customerTokens.add(api.token(api.signUpCustomer("drill"), NewProvider.PASSWORD));
        }
        long providerAccountId = json(api.get("/api/v1/me", providerToken, null).body()).getJsonNumber("accountId")
                .longValue();
        ledger = new OrderLedger(providerAccountId);
    }

    @AfterAll
    void stopEverything() throws Exception {
        DrillServer.startDatabase();
        if (receiver != null) {
            receiver.close();
        }
        server.stop();
    }

    @Test
    @Order(1)
    void databaseStoppedUnderLoadFailsFastWith503AndTheMarketplaceRecoversByItself() throws Exception {
        try (OrderTraffic traffic = traffic()) {
            traffic.start();
            Thread.sleep(5_000);
            DrillServer.stopDatabase();
            Instant down = Instant.now();
            Thread.sleep(2_000);
            HttpResponse<String> health = api.get("/api/v1/health", null, null);
            Thread.sleep(Duration.between(Instant.now(), down.plus(OUTAGE)).toMillis());
            Instant up = Instant.now();
            DrillServer.startDatabase();
            Instant recovered = awaitFirstPurchaseAfter(traffic, up);
            Thread.sleep(5_000);
            traffic.stop();

            assertEquals(503, health.statusCode(), health.body());
            assertEquals("DOWN", json(health.body()).getString("status"));
            List<Call> duringOutage = traffic.calls(c -> c.at().isAfter(down)
                    && c.at().plusMillis(c.millis()).isBefore(up));
            assertTrue(duringOutage.size() >= 50, "the traffic ran during the outage: " + duringOutage.size() + " calls");
            List<String> notFailingFast = duringOutage.stream()
                    .filter(c -> c.status() != 503 || !c.contentType().startsWith("application/problem+json")
                            || !c.body().contains("database-unavailable") || c.millis() > FAIL_FAST_MILLIS)
                    .map(c -> c.step() + " " + c.status() + " in " + c.millis() + " ms: " + abbreviate(c.body()))
                    .toList();
            assertTrue(notFailingFast.isEmpty(), "every request during the outage is a fast 503 problem: " + notFailingFast);
            Duration recovery = Duration.between(up, recovered);
            assertTrue(recovery.compareTo(RECOVERY_LIMIT) < 0, "purchases succeed again " + recovery + " after the database");
            System.out.printf("[drill] database outage %d s: %d requests answered 503 problem+json, p50 %d ms, p99 %d ms,"
                            + " max %d ms; first purchase %d ms after the database was back%n", OUTAGE.toSeconds(),
                    duringOutage.size(), OrderTraffic.percentile(duringOutage, 0.5),
                    OrderTraffic.percentile(duringOutage, 0.99), OrderTraffic.percentile(duringOutage, 1.0),
                    recovery.toMillis());
            assertEverythingAnsweredIsStoredOnceAndNotified(traffic);
        }
    }

    @Test
    @Order(2)
    void killedUnderLoadTheServerRestartsWithEveryAnsweredRequestOnceAndTimersFiring() throws Exception {
        try (OrderTraffic traffic = traffic()) {
            traffic.start();
            Thread.sleep(10_000);
            server.kill();
            traffic.stop();
            Set<String> dueAtTheKill = Set.copyOf(ledger.overdueConfirmations(Instant.now()));
            Duration restart = server.start();
            Instant restarted = Instant.now();

            long lost = traffic.calls(c -> !c.answered()).size();
            System.out.printf("[drill] kill -9 under load: %d calls in flight got no answer; restart to healthy %d s%n",
                    lost, restart.toSeconds());
            assertFalse(dueAtTheKill.isEmpty(), "orders were awaiting the auto-confirmation timer when the server died");
            assertEverythingAnsweredIsStoredOnceAndNotified(traffic);
            awaitTrue(Duration.ofSeconds(AUTO_CONFIRM_SCAN_SECONDS * 3L), () -> ledger.overdueConfirmations(Instant.now())
                    .isEmpty(), () -> "not auto-confirmed: " + ledger.overdueConfirmations(Instant.now()));
            long autoConfirmed = ledger.autoConfirmationsSince(restarted);
            assertTrue(autoConfirmed >= dueAtTheKill.size(), "the timer confirmed after the restart what was due at the"
                    + " kill: " + dueAtTheKill.size() + " due, " + autoConfirmed + " auto-confirmed since");
            System.out.printf("[drill] %d orders due at the kill, %d auto-confirmed by the timer after the restart%n",
                    dueAtTheKill.size(), autoConfirmed);
        }
    }

    private OrderTraffic traffic() {
        return new OrderTraffic(api.baseUrl(), providerToken, customerTokens, productId, PLAN, THREADS);
    }

    /**
     * The client's side of exactly-once: a purchase without an answer is sent again under its key, and gets the one
     * order. Then the database is compared with every answer.
     */
    private void assertEverythingAnsweredIsStoredOnceAndNotified(OrderTraffic traffic) throws Exception {
        Map<String, String> orderByKey = new HashMap<>();
        traffic.calls(c -> c.step().equals(OrderTraffic.PURCHASE) && c.succeeded())
                .forEach(c -> orderByKey.merge(c.key(), c.orderNo(), (a, b) -> {
                    assertEquals(a, b, "one key, one order");
                    return a;
                }));
        System.out.println("[drill] answers by step: " + traffic.calls().stream().collect(Collectors.groupingBy(
                Call::step, TreeMap::new, Collectors.groupingBy(Call::status, TreeMap::new,
                        Collectors.counting()))));
        // Every purchase without a 2xx is sent again (a lost answer, a 503), and a sample of answered ones: each gets
        // its one order, and a key that had one gets the same.
        List<String> resend = new ArrayList<>(traffic.purchaseKeys().keySet().stream()
                .filter(key -> !orderByKey.containsKey(key)).toList());
        orderByKey.keySet().stream().limit(50).forEach(resend::add);
        int repeated = 0;
        for (String key : resend) {
            Call again = traffic.repeatPurchase(key);
            assertTrue(again.succeeded(), "a purchase sent again under its key: " + again.status() + " " + again.body());
            String before = orderByKey.putIfAbsent(key, again.orderNo());
            if (before != null) {
                assertEquals(before, again.orderNo(), "the repeat returns the first purchase's order");
                repeated++;
            }
        }
        assertEquals(new HashSet<>(orderByKey.values()).size(), orderByKey.size(), "no two keys share an order");
        ordersBought.addAll(orderByKey.values());
        Set<String> stored = ledger.orderNos();
        assertEquals(ordersBought, stored, "the stored orders are exactly those the purchases were answered with");

        Set<String> steps = ledger.steps();
        List<String> missing = traffic.calls(c -> !c.step().equals(OrderTraffic.PURCHASE) && c.succeeded()).stream()
                .map(c -> c.orderNo() + "/" + c.step()).filter(s -> !steps.contains(s)).toList();
        assertTrue(missing.isEmpty(), "steps answered 2xx but not on the timeline: " + missing);
        assertEquals(List.of(), ledger.repeatedSteps(), "no step is applied twice");

        assertEquals(0, ledger.transactionsInDoubt(), "no transaction is left prepared in the database");
        awaitTrue(Duration.ofSeconds(60), () -> ledger.unpublishedEvents() == 0,
                () -> ledger.unpublishedEvents() + " outbox events not published");
        awaitTrue(Duration.ofSeconds(120), () -> ledger.notificationDifferences(SUBSCRIBED).isEmpty(),
                () -> "notifications not exactly once: " + ledger.notificationDifferences(SUBSCRIBED));
        Set<String> expected = ledger.eventIds(SUBSCRIBED);
        // the purchases resent just above raised events a moment ago: their deliveries are due within a dispatch run
        awaitTrue(Duration.ofSeconds(60), () -> missedByReceiver(expected).isEmpty(),
                () -> "events the webhook receiver never got: " + missedByReceiver(expected));
        List<String> received = receivedEventIds();
        long duplicates = received.size() - new HashSet<>(received).size();
        System.out.printf("[drill] %d orders (%d answered purchases of %d resent under their key got their order again), "
                        + "%d events, each once in the inbox, SMS and webhook tables; the receiver got %d deliveries of "
                        + "%d events (%d repeated)%n", stored.size(), repeated, resend.size(), ledger.events(), received.size(),
                expected.size(), duplicates);
        // last, so that a server error still lets the drill's other checks (and the next drill's) speak
        assertEquals(List.of(), traffic.calls(c -> c.status() >= 500 && c.status() != 503).stream()
                .map(c -> c.step() + " " + c.status() + " " + abbreviate(c.body()) + serverSide(c.body())).toList(),
                "no server error");
    }

    private static Instant awaitFirstPurchaseAfter(OrderTraffic traffic, Instant after) throws InterruptedException {
        Instant deadline = after.plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var first = traffic.calls(c -> c.step().equals(OrderTraffic.PURCHASE) && c.succeeded() && c.at().isAfter(after))
                    .stream().map(c -> c.at().plusMillis(c.millis())).min(Instant::compareTo);
            if (first.isPresent()) {
                return first.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no purchase succeeded within 2 minutes after " + after + "; answers since: "
                + traffic.calls(c -> c.at().isAfter(after)).stream().map(c -> String.valueOf(c.status()))
                .collect(Collectors.groupingBy(s -> s, Collectors.counting())));
    }

    private static void awaitTrue(Duration within, Callable<Boolean> condition, Callable<String> failure)
            throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("after " + within + ": " + failure.call());
            }
            Thread.sleep(500);
        }
    }

    private Set<String> missedByReceiver(Set<String> expected) {
        Set<String> missed = new HashSet<>(expected);
        receivedEventIds().forEach(missed::remove);
        return missed;
    }

    private List<String> receivedEventIds() {
        return receiver.at("/drill").stream().map(d -> d.headers().get("x-marketplace-event-id")).toList();
    }

    /** What the server logged under the error id of a 500 answer. */
    private String serverSide(String body) {
        Matcher errorId = ERROR_ID.matcher(body);
        return errorId.find() ? "\n" + server.loggedFailure(errorId.group()) : "";
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
