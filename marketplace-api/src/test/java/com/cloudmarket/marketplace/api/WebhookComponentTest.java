package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.api.webhook.WebhooksResource;
import com.cloudmarket.marketplace.notification.application.EventChannels;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.webhook.application.DeliveryAttemptView;
import com.cloudmarket.marketplace.webhook.application.WebhookRequest;
import com.cloudmarket.marketplace.webhook.application.WebhookService;
import com.cloudmarket.marketplace.webhook.domain.WebhookSignature;
import com.cloudmarket.marketplace.webhook.domain.WebhookSubscription;
import com.cloudmarket.marketplace.webhook.infrastructure.WebhookDispatcher;
import com.sun.net.httpserver.HttpServer;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.api.ComponentClient.assertProblem;
import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhook subscriptions over HTTP, and the delivery path on the real database: fan-out of an event into deliveries,
 * signed POSTs to a receiver on loopback (in the server's JVM), retries on the back-off schedule, cancellation and
 * redelivery. The tests dispatch themselves (the timer is set to an hour here).
 */
@ExtendWith(ArquillianExtension.class)
class WebhookComponentTest {

    private static final String SECRET = "0123456789abcdef-secret";

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.accountsAndApi()
                .addClass(ReviewTestData.class)
                .addPackages(false, WebhookSubscription.class.getPackage(), WebhookService.class.getPackage(),
                        WebhookDispatcher.class.getPackage(), WebhooksResource.class.getPackage());
    }

    @EJB
    private AccountService accounts;

    @EJB
    private TokenService tokens;

    @EJB
    private WebhookService webhooks;

    @EJB
    private EventChannels channels;

    @EJB
    private WebhookDispatcher dispatcher;

    @Inject
    private MovableClock clock;

    @ArquillianResource
    private URL base;

    private HttpServer receiver;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failuresToGo = new AtomicInteger();

    @AfterEach
    void stop() {
        clock.reset();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aProviderSubscribesReadsAndDeletesItsSubscriptionsAndNobodyElseSeesThem() throws Exception {
        ComponentClient client = new ComponentClient(base);
        Party provider = newParty("PROVIDER");
        Party other = newParty("PROVIDER");
        Party customer = newParty("CUSTOMER");
        String body = "{\"url\":\"http://127.0.0.1:9/hooks\",\"events\":[\"ORDER_CREATED\",\"ORDER_CONFIRMED\"],"
                + "\"secret\":\"" + SECRET + "\",\"unknown\":1}";

        HttpResponse<String> created = client.post("v1/webhooks", body, provider.token);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject webhook = json(created.body());
        long id = webhook.getJsonNumber("webhookId").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/v1/webhooks/" + id));
        assertEquals("http://127.0.0.1:9/hooks", webhook.getString("url"));
        assertEquals(Set.of("ORDER_CREATED", "ORDER_CONFIRMED"), Set.copyOf(webhook.getJsonArray("events")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()));
        assertEquals("…cret", webhook.getString("secretHint"));
        assertFalse(created.body().contains(SECRET), "the secret is never echoed");

        HttpResponse<String> list = client.get("v1/webhooks", provider.token);
        assertEquals(200, list.statusCode());
        assertEquals(1, json(list.body()).getJsonArray("items").size());
        assertEquals(200, client.get("v1/webhooks/" + id, provider.token).statusCode());

        assertProblem(client.get("v1/webhooks/" + id, other.token), 404);
        assertProblem(client.get("v1/webhooks/" + id + "/deliveries", other.token), 404);
        assertProblem(client.send(HttpRequest.newBuilder(client.uri("v1/webhooks/" + id)).DELETE(), other.token), 404);
        assertEquals(0, json(client.get("v1/webhooks", other.token).body()).getJsonArray("items").size());
        assertProblem(client.get("v1/webhooks", customer.token), 403);
        assertProblem(client.post("v1/webhooks", body, customer.token), 403);
        assertProblem(client.get("v1/webhooks", null), 401);

        HttpResponse<String> deleted = client.send(HttpRequest.newBuilder(client.uri("v1/webhooks/" + id)).DELETE(),
                provider.token);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertProblem(client.get("v1/webhooks/" + id, provider.token), 404);
        assertEquals(0, json(client.get("v1/webhooks", provider.token).body()).getJsonArray("items").size());
    }

    @Test
    void badSubscriptionsAre400sNamingTheFieldAndStoreNothing() throws Exception {
        ComponentClient client = new ComponentClient(base);
        Party provider = newParty("PROVIDER");

        assertEquals(Set.of("url"), fields(client.post("v1/webhooks", subscription("ftp://example.com/x",
                "\"ORDER_CREATED\"", SECRET), provider.token)));
        assertEquals(Set.of("url"), fields(client.post("v1/webhooks", subscription("http://10.1.2.3/x",
                "\"ORDER_CREATED\"", SECRET), provider.token)));
        assertEquals(Set.of("url"), fields(client.post("v1/webhooks", subscription("http://192.168.1.20:8080/x",
                "\"ORDER_CREATED\"", SECRET), provider.token)));
        assertEquals(Set.of("url"), fields(client.post("v1/webhooks", subscription("http://169.254.169.254/latest",
                "\"ORDER_CREATED\"", SECRET), provider.token)));
        assertEquals(Set.of("secret"), fields(client.post("v1/webhooks", subscription("http://127.0.0.1:9/x",
                "\"ORDER_CREATED\"", "short"), provider.token)));
        assertEquals(Set.of("events[1]"), fields(client.post("v1/webhooks", subscription("http://127.0.0.1:9/x",
                "\"ORDER_CREATED\",\"ORDER_VANISHED\"", SECRET), provider.token)));
        assertEquals(Set.of("events"), fields(client.post("v1/webhooks", "{\"url\":\"http://127.0.0.1:9/x\","
                + "\"events\":\"ORDER_CREATED\",\"secret\":\"" + SECRET + "\"}", provider.token)));
        assertEquals(Set.of("url", "events", "secret"), fields(client.post("v1/webhooks", "{}", provider.token)));
        assertProblem(client.post("v1/webhooks", "[1,2]", provider.token), 400);
        assertProblem(client.post("v1/webhooks", "{\"url\":", provider.token), 400);
        assertProblem(client.post("v1/webhooks", "[".repeat(5000) + "]".repeat(5000), provider.token), 400);
        assertProblem(client.get("v1/webhooks/abc", provider.token), 404);

        assertEquals(0, json(client.get("v1/webhooks", provider.token).body()).getJsonArray("items").size());
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyCreatesOneSubscription() throws Exception {
        ComponentClient client = new ComponentClient(base);
        Party provider = newParty("PROVIDER");
        String body = subscription("http://127.0.0.1:9/x", "\"ORDER_CREATED\"", SECRET);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = client.post("v1/webhooks", body, provider.token, key);
        HttpResponse<String> again = client.post("v1/webhooks", body, provider.token, key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(json(first.body()).getJsonNumber("webhookId"), json(again.body()).getJsonNumber("webhookId"));
        assertEquals(1, json(client.get("v1/webhooks", provider.token).body()).getJsonArray("items").size());
        assertProblem(client.post("v1/webhooks", subscription("http://127.0.0.1:9/y", "\"ORDER_CREATED\"", SECRET),
                provider.token, key), 409);
    }

    @Test
    void anEventReachesEverySubscriptionThatWantsItOnceSignedAndOnlyItsOwner() throws Exception {
        startReceiver();
        Party provider = newParty("PROVIDER");
        Party other = newParty("PROVIDER");
        long orders = subscribe(provider, "/orders", "ORDER_CREATED", "ORDER_CONFIRMED");
        long reviews = subscribe(provider, "/reviews", "PRODUCT_REVIEW_DECIDED");
        subscribe(other, "/other", "ORDER_CREATED");
        EventEnvelope event = orderEvent("ORDER_CREATED", provider.id);

        assertTrue(channels.deliver(event));
        assertFalse(channels.deliver(event), "a redelivered message creates no second delivery");
        dispatcher.dispatch();

        List<Received> mine = receivedAt("/orders");
        assertEquals(1, mine.size());
        Received delivery = mine.get(0);
        assertEquals(WebhookSignature.of(SECRET, delivery.body.getBytes(StandardCharsets.UTF_8)), delivery.signature);
        JsonObject body = json(delivery.body);
        assertEquals(event.id(), body.getString("id"));
        assertEquals("ORDER_CREATED", body.getString("type"));
        assertEquals("20260302000000000001", body.getJsonObject("data").getString("orderNo"));
        assertFalse(delivery.body.contains("13900000000"), "no recipient's mobile number");
        assertTrue(receivedAt("/reviews").isEmpty());
        assertTrue(receivedAt("/other").isEmpty());

        List<DeliveryAttemptView> attempts = webhooks.attempts(provider.id, orders, PageRequest.first(20)).items();
        assertEquals(1, attempts.size());
        assertEquals(204, attempts.get(0).statusCode());
        assertEquals("DELIVERED", attempts.get(0).outcome());
        assertEquals("DELIVERED", attempts.get(0).deliveryStatus());
        assertEquals(event.id(), attempts.get(0).eventId());
        assertTrue(webhooks.attempts(provider.id, reviews, PageRequest.first(20)).items().isEmpty());
    }

    @Test
    void aFailingReceiverIsRetriedOnTheScheduleWithTheSameEventUntilItAnswers() throws Exception {
        startReceiver();
        failuresToGo.set(1);
        Party provider = newParty("PROVIDER");
        long webhook = subscribe(provider, "/flaky", "ORDER_STARTED");
        EventEnvelope event = orderEvent("ORDER_STARTED", provider.id);
        channels.deliver(event);

        dispatcher.dispatch();
        DeliveryAttemptView first = webhooks.attempts(provider.id, webhook, PageRequest.first(20)).items().get(0);
        assertEquals(500, first.statusCode());
        assertEquals("RETRY_SCHEDULED", first.outcome());
        Duration wait = Duration.between(first.attemptedAt(), first.nextAttemptAt());
        assertTrue(!wait.isNegative() && wait.compareTo(Duration.ofSeconds(2)) <= 0, "back-off of 1 s, was " + wait);

        dispatcher.dispatch();
        assertEquals(1, receivedAt("/flaky").size(), "not due yet");

        clock.advance(Duration.ofSeconds(2));
        dispatcher.dispatch();

        List<Received> bodies = receivedAt("/flaky");
        assertEquals(2, bodies.size());
        assertEquals(bodies.get(0).body, bodies.get(1).body, "the same body, id included, on every attempt");
        List<DeliveryAttemptView> attempts = webhooks.attempts(provider.id, webhook, PageRequest.first(20)).items();
        assertEquals(List.of("DELIVERED", "RETRY_SCHEDULED"), attempts.stream().map(DeliveryAttemptView::outcome).toList());
        assertEquals(List.of(2, 1), attempts.stream().map(DeliveryAttemptView::attempt).toList());
    }

    @Test
    void aReceiverThatNeverAnswersGivesUpAfterTheLastAttemptAndCanBeRedelivered() throws Exception {
        startReceiver();
        failuresToGo.set(Integer.MAX_VALUE);
        Party provider = newParty("PROVIDER");
        long webhook = subscribe(provider, "/down", "ORDER_COMPLETED");
        channels.deliver(orderEvent("ORDER_COMPLETED", provider.id));

        for (int attempt = 1; attempt <= 3; attempt++) {
            dispatcher.dispatch();
            clock.advance(Duration.ofMinutes(1));
        }
        dispatcher.dispatch();

        List<DeliveryAttemptView> attempts = webhooks.attempts(provider.id, webhook, PageRequest.first(20)).items();
        assertEquals(List.of("FAILED", "RETRY_SCHEDULED", "RETRY_SCHEDULED"),
                attempts.stream().map(DeliveryAttemptView::outcome).toList());
        assertEquals("FAILED", attempts.get(0).deliveryStatus());

        failuresToGo.set(0);
        HttpResponse<String> redelivered = new ComponentClient(base).post("v1/webhooks/" + webhook + "/deliveries/"
                + attempts.get(0).deliveryId() + "/redeliver", "", provider.token);
        assertEquals(202, redelivered.statusCode(), redelivered.body());
        assertEquals("PENDING", json(redelivered.body()).getString("status"));
        dispatcher.dispatch();

        assertEquals("DELIVERED", webhooks.attempts(provider.id, webhook, PageRequest.first(1)).items().get(0).outcome());
        assertEquals(4, receivedAt("/down").size());
    }

    @Test
    void aNewSubscriptionGetsTheNextEventThoughItsProvidersLookupWasCachedEmpty() throws Exception {
        startReceiver();
        Party provider = newParty("PROVIDER");
        assertTrue(channels.deliver(orderEvent("ORDER_STARTED", provider.id)));
        assertTrue(channels.deliver(orderEvent("ORDER_STARTED", provider.id)));

        subscribe(provider, "/late", "ORDER_STARTED");
        EventEnvelope next = orderEvent("ORDER_STARTED", provider.id);
        channels.deliver(next);
        dispatcher.dispatch();

        List<Received> late = receivedAt("/late");
        assertEquals(1, late.size(), "only the event after subscribing");
        assertEquals(next.id(), json(late.get(0).body).getString("id"));
    }

    @Test
    void unsubscribingCancelsWhatIsStillWaiting() throws Exception {
        startReceiver();
        Party provider = newParty("PROVIDER");
        long webhook = subscribe(provider, "/gone", "ORDER_REMINDED");
        channels.deliver(orderEvent("ORDER_REMINDED", provider.id));

        webhooks.unsubscribe(provider.id, webhook);
        dispatcher.dispatch();

        assertTrue(receivedAt("/gone").isEmpty());
        channels.deliver(orderEvent("ORDER_REMINDED", provider.id));
        dispatcher.dispatch();
        assertTrue(receivedAt("/gone").isEmpty(), "a later event reaches no cancelled subscription");
    }

    private long subscribe(Party provider, String path, String... events) {
        return webhooks.subscribe(provider.id, new WebhookRequest("http://127.0.0.1:" + receiver.getAddress().getPort()
                + path, List.of(events), SECRET), null).webhookId();
    }

    private static EventEnvelope orderEvent(String type, long providerAccountId) {
        return new EventEnvelope(UUID.randomUUID().toString(), type, Instant.now(), "Order", "20260302000000000001",
                Json.createObjectBuilder().add("orderNo", "20260302000000000001").add("status", "PENDING_START")
                        .add("providerAccountId", providerAccountId).add("customerAccountId", 1)
                        .add("recipients", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("accountId", providerAccountId).add("mobile", "13900000000")))
                        .build());
    }

    private void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER)));
            int status = failuresToGo.getAndUpdate(n -> n > 0 && n != Integer.MAX_VALUE ? n - 1 : n) > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    private List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path.equals(path)).toList();
    }

    private static String subscription(String url, String events, String secret) {
        return "{\"url\":\"" + url + "\",\"events\":[" + events + "],\"secret\":\"" + secret + "\"}";
    }

    private static Set<String> fields(HttpResponse<String> response) {
        return assertProblem(response, 400).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
    }

    private Party newParty(String role) {
        String login = role.charAt(0) + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        login = login.toLowerCase();
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long id = accounts.signUp(new SignUpCommand(login, ReviewTestData.PASSWORD, "账号 " + login, mobile, null, role,
                "zh-CN")).accountId();
        return new Party(id, tokens.issue(login, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token());
    }

    private record Party(long id, String token) {
    }

    private record Received(String path, String body, String signature) {
    }
}
