package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.account.domain.Account;
import com.cloudmarket.marketplace.api.order.OrdersResource;
import com.cloudmarket.marketplace.api.product.ProductsResource;
import com.cloudmarket.marketplace.api.provider.ProviderResource;
import com.cloudmarket.marketplace.api.review.ReviewsResource;
import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.calendar.domain.BusinessCalendar;
import com.cloudmarket.marketplace.order.application.OrderFilter;
import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.application.OrderSummary;
import com.cloudmarket.marketplace.order.application.OrderView;
import com.cloudmarket.marketplace.order.application.TimelineEntry;
import com.cloudmarket.marketplace.order.application.PlacedOrder;
import com.cloudmarket.marketplace.order.application.PurchaseRequest;
import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.infrastructure.AutoConfirmScan;
import com.cloudmarket.marketplace.order.infrastructure.Orders;
import com.cloudmarket.marketplace.product.application.FormFieldDraft;
import com.cloudmarket.marketplace.product.application.ProductDraft;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.infrastructure.DemoProducts;
import com.cloudmarket.marketplace.product.infrastructure.Products;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontGeneration;
import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.domain.Review;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.infrastructure.StatementCount;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.api.ComponentClient.assertProblem;
import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders on Payara Micro: purchase, the ops delivery with its timeline, reminders, auto-confirmation, concurrency,
 * tenancy, lists and the CSV export, through the service and over HTTP. Every test buys from its own fresh provider and
 * customer, so tests do not depend on each other or on order.
 */
@ExtendWith(ArquillianExtension.class)
class OrderComponentTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.accountsAndApi()
                .addClasses(ReviewTestData.class, ProductTestData.class, SharedCache.class)
                .addPackages(false, Product.class.getPackage(), ProductService.class.getPackage(),
                        Products.class.getPackage(), Provider.class.getPackage(), ProviderService.class.getPackage(),
                        Providers.class.getPackage(), Review.class.getPackage(), ReviewService.class.getPackage(),
                        AuditTrail.class.getPackage(), BusinessCalendarService.class.getPackage(),
                        BusinessCalendar.class.getPackage(), ProductsResource.class.getPackage(),
                        ProviderResource.class.getPackage(), ReviewsResource.class.getPackage(),
                        Order.class.getPackage(), OrderService.class.getPackage(), Orders.class.getPackage(),
                        OrdersResource.class.getPackage())
                .deleteClass(DemoProducts.class); // the demo data loader needs the demo accounts, which are not here
    }

    @EJB
    private AccountService accounts;

    @EJB
    private TokenService tokens;

    @EJB
    private ProductService products;

    @EJB
    private OnboardingService onboarding;

    @EJB
    private ProviderService providers;

    @EJB
    private ReviewService reviews;

    @EJB
    private OrderService orders;

    @EJB
    private AutoConfirmScan autoConfirmScan;

    @Inject
    private MovableClock clock;

    @EJB
    private SharedCache sharedCache;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPurchaseSnapshotsThePlanPaysAndDeliversSoftwareAndImagesAtOnce() throws Exception {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("服务器运维托管", "199.00", true));
        long software = onSale(provider.id, ProductTestData.software("云帆 CRM"));
        long image = onSale(provider.id, ProductTestData.image("LAMP 镜像"));
        Party customer = newCustomer();

        PlacedOrder placed = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 3), null);
        assertTrue(placed.orderNo().matches("\\d{18}"), placed.orderNo());
        assertEquals("PENDING_START", placed.status());
        assertEquals("597.00", placed.amount().amount().toPlainString());
        OrderView view = orders.order(customer.id, placed.orderNo(), ZH);
        assertEquals("OPS_SERVICE", view.productType());
        assertEquals("服务器运维托管", view.productName());
        assertEquals("基础版", view.plan());
        assertEquals("199.00", view.unitPrice().amount().toPlainString());
        assertEquals(3, view.quantity());
        assertEquals("云帆科技有限公司", view.providerName());
        assertEquals(List.of("serverIp", "os", "cores", "notes"), view.requirementForm().stream().map(f -> f.name()).toList());
        assertEquals("待实施", view.providerStatusLabel());
        assertEquals("待服务商实施", view.customerStatusLabel());
        assertEquals(List.of("CREATED"), view.timeline().stream().map(t -> t.action()).toList());
        assertEquals(customer.id, view.timeline().get(0).actorAccountId());
        assertEquals("597.00", TestDatabase.single(dataSource, "SELECT amount FROM payment WHERE payer_account_id = ? "
                + "AND purpose = ?", customer.id, "ORDER " + placed.orderNo()), "payment recorded");
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event WHERE event_type = "
                + "'ORDER_CREATED' AND aggregate_id = ?", placed.orderNo()));

        PlacedOrder crm = orders.place(customer.id, new PurchaseRequest(software, "年付", 1), null);
        assertEquals("COMPLETED", crm.status());
        OrderView crmView = orders.order(provider.id, crm.orderNo(), Locale.ENGLISH);
        assertTrue(crmView.delivery().contains("SUBSCRIPTION") && crmView.delivery().contains("3.2"), crmView.delivery());
        assertEquals("Completed", crmView.providerStatusLabel());
        OrderView lamp = orders.order(customer.id, orders.place(customer.id, new PurchaseRequest(image, "按次", 2), null)
                .orderNo(), ZH);
        assertEquals("COMPLETED", lamp.status());
        assertEquals("img-lamp-2204", lamp.delivery().replace("imageReference=", ""));
        assertEquals("已完成", lamp.providerStatusLabel());
        assertEquals("分配完成", lamp.customerStatusLabel());
        assertEquals("0.02", lamp.amount().amount().toPlainString());

        assertEquals(1, products.delistImpact(provider.id, ops).openOrders(), "the open ops order; completed ones not");
        products.delist(provider.id, image);
        assertThrows(ConflictException.class, () -> orders.place(customer.id, new PurchaseRequest(image, "按次", 1), null),
                "not on sale");
        assertThrows(NotFoundException.class, () -> orders.place(customer.id, new PurchaseRequest(Long.MAX_VALUE, "x", 1),
                null));
        assertEquals(Set.of("plan"), fields(assertThrows(InvalidInputException.class,
                () -> orders.place(customer.id, new PurchaseRequest(ops, "旗舰版", 1), null))));
        for (Integer quantity : new Integer[]{0, -1, 1000, null}) {
            assertEquals(Set.of("quantity"), fields(assertThrows(InvalidInputException.class,
                    () -> orders.place(customer.id, new PurchaseRequest(ops, "基础版", quantity), null))));
        }
        assertThrows(ForbiddenException.class, () -> orders.place(provider.id, new PurchaseRequest(ops, "基础版", 1), null));

        ComponentClient client = new ComponentClient(base);
        String key = UUID.randomUUID().toString();
        String body = "{\"productId\":" + ops + ",\"plan\":\"基础版\",\"quantity\":1}";
        HttpResponse<String> first = client.post("v1/orders", body, customer.token, key);
        assertEquals(201, first.statusCode(), first.body());
        String orderNo = json(first.body()).getString("orderNo");
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/v1/orders/" + orderNo));
        assertEquals("199.00", json(first.body()).getJsonObject("amount").getString("amount"));
        HttpResponse<String> repeat = client.post("v1/orders", body, customer.token, key);
        assertEquals(201, repeat.statusCode(), repeat.body());
        assertEquals(orderNo, json(repeat.body()).getString("orderNo"));
        assertEquals("2", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM customer_order WHERE customer_account_id = ?"
                + " AND product_id = ?", customer.id, ops), "the first purchase and the keyed one, once");
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM payment WHERE purpose = ?",
                "ORDER " + orderNo), "paid once");

        assertProblem(client.post("v1/orders", "{\"productId\":" + image + ",\"plan\":\"按次\",\"quantity\":1}",
                customer.token), 409);
        assertEquals(Set.of("quantity"), fields(assertProblem(client.post("v1/orders",
                "{\"productId\":" + ops + ",\"plan\":\"基础版\",\"quantity\":99999999999999999999}", customer.token), 400)));
        assertEquals(Set.of("productId", "plan", "quantity"), fields(assertProblem(client.post("v1/orders",
                "{\"productId\":\"x\",\"plan\":7,\"quantity\":1.5}", customer.token), 400)));
        assertProblem(client.post("v1/orders", "{\"productId\":", customer.token), 400);
        assertProblem(client.post("v1/orders", "[]", customer.token), 400);
        assertProblem(client.post("v1/orders", body, provider.token), 403);
    }

    /**
     * MariaDB 10.x tells Connector/J it is version 5.5.5, and the driver then drops the fractions of every time it
     * binds: stored to the second, an order would seem created before its purchase began.
     */
    @Test
    void timesAreStoredToTheMicrosecond() throws Exception {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("服务器运维托管", "199.00", true));
        Party customer = newCustomer();

        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PlacedOrder placed = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 1), null);
        Instant after = clock.instant();

        String stored = TestDatabase.single(dataSource, "SELECT created_at FROM customer_order WHERE order_no = ?",
                placed.orderNo());
        Instant createdAt = LocalDateTime.parse(stored.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        assertFalse(createdAt.isBefore(before) || createdAt.isAfter(after),
                "stored " + stored + ", purchased between " + before + " and " + after);
    }

    @Test
    void anOpsOrderGoesThroughRequirementStartCompleteAndConfirmWithItsTimeline() throws Exception {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("数据迁移", "500.00", true));
        Party customer = newCustomer();
        String no = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 1), null).orderNo();

        ConflictException formFirst = assertThrows(ConflictException.class, () -> orders.start(provider.id, no, ZH));
        assertEquals("error.orderRequirementFirst", formFirst.messageKey());
        assertEquals(Set.of("fields.serverIp", "fields.os"), fields(assertThrows(InvalidInputException.class,
                () -> orders.submitRequirement(customer.id, no, Map.of(), ZH))), "required fields missing");
        assertEquals(Set.of("fields.color", "fields.os"), fields(assertThrows(InvalidInputException.class,
                () -> orders.submitRequirement(customer.id, no, Map.of("serverIp", "10.0.0.8", "os", "Windows",
                        "color", "red"), ZH))), "an unknown field and a value not among the options");
        assertEquals(Set.of("fields.serverIp", "fields.cores"), fields(assertThrows(InvalidInputException.class,
                () -> orders.submitRequirement(customer.id, no, Map.of("serverIp", "x".repeat(201), "os", "Ubuntu",
                        "cores", "four"), ZH))), "TEXT too long, NUMBER not numeric");

        orders.submitRequirement(customer.id, no, Map.of("serverIp", "10.0.0.7", "os", "CentOS"), ZH);
        OrderView again = orders.submitRequirement(customer.id, no, Map.of("serverIp", "10.0.0.8", "os", "Ubuntu",
                "cores", "4", "notes", "周末迁移"), ZH);
        assertEquals(Map.of("serverIp", "10.0.0.8", "os", "Ubuntu", "cores", "4", "notes", "周末迁移"), again.requirement());
        assertNotNull(again.requirementSubmittedAt());
        assertThrows(ConflictException.class, () -> orders.complete(provider.id, no, ZH), "not started");
        assertThrows(ConflictException.class, () -> orders.confirm(customer.id, no, ZH), "not completed");

        OrderView started = orders.start(provider.id, no, ZH);
        assertEquals("IN_PROGRESS", started.status());
        assertEquals("实施中", started.customerStatusLabel());
        assertThrows(ConflictException.class, () -> orders.submitRequirement(customer.id, no,
                Map.of("serverIp", "10.0.0.9", "os", "Ubuntu"), ZH), "the form closes when work starts");
        assertThrows(ConflictException.class, () -> orders.remind(provider.id, no, ZH), "nothing to confirm yet");
    }

    @Test
    void fullDeliveryAndConfirmation() {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("安装服务", "80.00", false));
        Party customer = newCustomer();
        String no = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 1), null).orderNo();
        orders.start(provider.id, no, ZH); // the form is optional for this product
        OrderView completed = orders.complete(provider.id, no, Locale.ENGLISH);
        assertEquals("AWAITING_CONFIRMATION", completed.status());
        assertEquals("Awaiting customer", completed.providerStatusLabel());
        assertEquals("Please confirm", completed.customerStatusLabel());
        assertEquals(completed.timeline().get(2).at().plusDays(15), completed.autoConfirmAt());
        assertEquals(completed.timeline().get(2).at(), completed.remindableAt());
        OrderView reminded = orders.remind(provider.id, no, ZH);
        assertEquals(reminded.timeline().get(3).at().plusHours(24), reminded.remindableAt());
        OrderView confirmed = orders.confirm(customer.id, no, ZH);
        assertEquals("COMPLETED", confirmed.status());
        assertEquals("已完成", confirmed.providerStatusLabel());
        assertEquals("分配完成", confirmed.customerStatusLabel());
        assertNull(confirmed.remindableAt());
        assertEquals(List.of("CREATED:PENDING_START:" + customer.id, "STARTED:IN_PROGRESS:" + provider.id,
                        "COMPLETED:AWAITING_CONFIRMATION:" + provider.id, "REMINDED:AWAITING_CONFIRMATION:" + provider.id,
                        "CONFIRMED:COMPLETED:" + customer.id),
                confirmed.timeline().stream().map(t -> t.action() + ":" + t.status() + ":" + t.actorAccountId()).toList());
        assertThrows(ConflictException.class, () -> orders.confirm(customer.id, no, ZH), "already completed");
        assertEquals(0, products.delistImpact(provider.id, ops).openOrders());
    }

    @Test
    void aReminderIsAllowedOncePerIntervalAndAnswers429WithRetryAfterMeanwhile() throws Exception {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("催促测试", "10.00", false));
        Party customer = newCustomer();
        String no = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 1), null).orderNo();
        ComponentClient client = new ComponentClient(base);
        assertProblem(client.post("v1/orders/" + no + "/remind", "", provider.token), 409);
        assertEquals(200, client.post("v1/orders/" + no + "/start", "", provider.token).statusCode());
        assertEquals(200, client.post("v1/orders/" + no + "/complete", "", provider.token).statusCode());

        assertEquals(202, client.post("v1/orders/" + no + "/remind", "", provider.token).statusCode());
        clock.advance(Duration.ofHours(23));
        String token = tokens.issue(provider.login, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token(); // the first one expired meanwhile
        HttpResponse<String> tooSoon = client.post("v1/orders/" + no + "/remind", "", token);
        assertProblem(tooSoon, 429);
        long retryAfter = Long.parseLong(tooSoon.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3500 && retryAfter <= 3601, "about an hour left: " + retryAfter);
        clock.advance(Duration.ofHours(1).plusSeconds(5));
        HttpResponse<String> later = client.post("v1/orders/" + no + "/remind", "", token);
        assertEquals(202, later.statusCode(), later.body());
        assertEquals(2, json(later.body()).getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(t -> "REMINDED".equals(t.getString("action"))).count());
        assertEquals("2", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event WHERE event_type = "
                + "'ORDER_REMINDED' AND aggregate_id = ?", no));
    }

    @Test
    void anUnconfirmedOrderIsAutoConfirmedOnceAfterItsDays() throws Exception {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("自动确认", "10.00", false));
        Party customer = newCustomer();
        String no = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 1), null).orderNo();
        orders.start(provider.id, no, ZH);
        OrderView completed = orders.complete(provider.id, no, ZH);
        autoConfirmScan.scan();
        assertEquals("AWAITING_CONFIRMATION", orders.order(customer.id, no, ZH).status(), "not due yet");

        clock.advance(Duration.ofDays(15).plusMinutes(1));
        assertTrue(autoConfirmScan.scan() >= 1);
        autoConfirmScan.scan();
        OrderView confirmed = orders.order(provider.id, no, ZH);
        assertEquals("COMPLETED", confirmed.status());
        assertEquals(completed.autoConfirmAt().toEpochSecond(), confirmed.autoConfirmAt().toEpochSecond());
        assertEquals(1, confirmed.timeline().stream().filter(t -> "AUTO_CONFIRMED".equals(t.action())).count());
        assertEquals(0L, confirmed.timeline().get(confirmed.timeline().size() - 1).actorAccountId(), "the platform");
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event WHERE event_type = "
                + "'ORDER_AUTO_CONFIRMED' AND aggregate_id = ?", no));
        assertThrows(ConflictException.class, () -> orders.confirm(customer.id, no, ZH));
    }

    @Test
    void aBacklogLargerThanOneBatchIsConfirmedByOneScanEachOnceWithItsEvent() throws Exception {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("积压确认", "10.00", false));
        Party customer = newCustomer();
        int backlog = 120; // more than the scan's batch of 100
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < backlog; i++) {
            String no = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 1), null).orderNo();
            orders.start(provider.id, no, ZH);
            orders.complete(provider.id, no, ZH);
            numbers.add(no);
        }
        clock.advance(Duration.ofDays(15).plusMinutes(1));

        assertTrue(autoConfirmScan.scan() >= backlog);
        autoConfirmScan.scan();
        for (String no : List.of(numbers.get(0), numbers.get(backlog / 2), numbers.get(backlog - 1))) {
            OrderView confirmed = orders.order(customer.id, no, ZH);
            assertEquals("COMPLETED", confirmed.status(), no);
            assertEquals(List.of("CREATED", "STARTED", "COMPLETED", "AUTO_CONFIRMED"),
                    confirmed.timeline().stream().map(TimelineEntry::action).toList(), no);
        }
        String customersEvents = "SELECT COUNT(*) FROM outbox_event e JOIN customer_order o ON o.order_no = e.aggregate_id "
                + "WHERE e.event_type = 'ORDER_AUTO_CONFIRMED' AND o.customer_account_id = ?";
        assertEquals(String.valueOf(backlog), TestDatabase.single(dataSource, customersEvents, customer.id));
        assertEquals(String.valueOf(backlog), TestDatabase.single(dataSource, customersEvents + " AND o.status = 'COMPLETED' "
                + "AND e.occurred_at = (SELECT s.step_at FROM order_step s WHERE s.order_id = o.id "
                + "AND s.action = 'AUTO_CONFIRMED')", customer.id), "each event carries its step's time");
    }

    @Test
    void theSameTransitionSentTwentyTimesAtOnceHasOneWinner() throws Exception {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("并发实施", "10.00", false));
        Party customer = newCustomer();
        String no = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 1), null).orderNo();
        int n = 20;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new CyclicBarrier(n);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        orders.start(provider.id, no, ZH);
                        return "won";
                    } catch (ConflictException e) {
                        return "conflict";
                    } catch (RuntimeException e) {
                        return e.toString();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
            assertEquals(n - 1, results.stream().filter("conflict"::equals).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, orders.order(provider.id, no, ZH).timeline().stream().filter(t -> "STARTED".equals(t.action()))
                .count());
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event WHERE event_type = "
                + "'ORDER_STARTED' AND aggregate_id = ?", no));
    }

    @Test
    void anotherTenantsOrderIsNotFoundAndAWrongRoleIsForbidden() throws Exception {
        Party provider = newProvider();
        long ops = onSale(provider.id, ops("租户隔离", "10.00", false));
        Party customer = newCustomer();
        Party otherProvider = newProvider();
        Party otherCustomer = newCustomer();
        String no = orders.place(customer.id, new PurchaseRequest(ops, "基础版", 1), null).orderNo();
        ComponentClient client = new ComponentClient(base);

        HttpResponse<String> got = client.get("v1/orders/" + no, provider.token);
        assertEquals(200, got.statusCode(), got.body());
        assertTrue(got.headers().firstValue("ETag").isPresent());
        assertEquals("待实施", json(got.body()).getString("providerStatusLabel"));
        HttpResponse<String> english = client.send(java.net.http.HttpRequest.newBuilder(client.uri("v1/orders/" + no))
                .header("Accept-Language", "en").GET(), customer.token);
        assertEquals("Waiting for provider", json(english.body()).getString("customerStatusLabel"));
        assertProblem(client.get("v1/orders/" + no, otherProvider.token), 404);
        assertProblem(client.get("v1/orders/" + no, otherCustomer.token), 404);
        assertProblem(client.get("v1/orders/000000000000000000", customer.token), 404);
        assertProblem(client.get("v1/orders/not-a-number", customer.token), 404);
        assertProblem(client.post("v1/orders/" + no + "/start", "", otherProvider.token), 404);
        assertProblem(client.post("v1/orders/" + no + "/confirm", "", otherCustomer.token), 404);
        assertProblem(client.post("v1/orders/" + no + "/requirement", "{\"fields\":{}}", otherCustomer.token), 404);
        assertProblem(client.post("v1/orders/" + no + "/start", "", customer.token), 403);
        assertProblem(client.post("v1/orders/" + no + "/confirm", "", provider.token), 403);
        assertProblem(client.post("v1/orders/" + no + "/requirement", "{\"fields\":{}}", provider.token), 403);
        assertProblem(client.get("v1/orders/" + no, null), 401);
        assertEquals(Set.of("fields.x"), fields(assertProblem(client.post("v1/orders/" + no + "/requirement",
                "{\"fields\":{\"x\":[1]}}", customer.token), 400)));
        assertProblem(client.post("v1/orders/" + no + "/requirement", "{\"fields\":\"a\"}", customer.token), 400);
        assertEquals(200, client.post("v1/orders/" + no + "/start", "", provider.token).statusCode());
        assertProblem(client.post("v1/orders/" + no + "/start", "", provider.token), 409);
    }

    @Test
    void listsAreFilteredAndKeysetPagedAndExportedAsCsv() throws Exception {
        Party provider = newProvider();
        long a = onSale(provider.id, ops("Alpha 运维", "10.00", false));
        long b = onSale(provider.id, ProductTestData.software("Beta, \"CRM\""));
        Party customer = newCustomer();
        Party other = newCustomer();
        String first = orders.place(customer.id, new PurchaseRequest(a, "基础版", 1), null).orderNo();
        String second = orders.place(other.id, new PurchaseRequest(b, "年付", 2), null).orderNo();
        String third = orders.place(customer.id, new PurchaseRequest(a, "基础版", 5), null).orderNo();

        Page<OrderSummary> page = orders.orders(provider.id, OrderFilter.none(), PageRequest.first(2), ZH);
        assertEquals(List.of(third, second), page.items().stream().map(OrderSummary::orderNo).toList());
        assertNotNull(page.nextCursor());
        Page<OrderSummary> rest = orders.orders(provider.id, OrderFilter.none(), PageRequest.of(page.nextCursor(), 2), ZH);
        assertEquals(List.of(first), rest.items().stream().map(OrderSummary::orderNo).toList());
        assertNull(rest.nextCursor());
        assertEquals(3, orders.count(provider.id, OrderFilter.none(), null, 100));
        assertEquals(2, orders.count(customer.id, OrderFilter.none(), null, 100), "a customer sees its own purchases");
        assertEquals(1, orders.count(provider.id, OrderFilter.none(), page.nextCursor(), 100), "from the second page on");
        assertEquals(2, orders.count(provider.id, OrderFilter.none(), null, 2), "counted up to the cap");
        assertEquals(List.of(third, first), orders.orders(customer.id, OrderFilter.none(), PageRequest.first(10), ZH)
                .items().stream().map(OrderSummary::orderNo).toList());
        assertEquals("云帆科技有限公司", orders.orders(customer.id, OrderFilter.none(), PageRequest.first(1), ZH).items()
                .get(0).counterpartName());
        assertEquals(1, orders.count(provider.id, new OrderFilter("COMPLETED", null, null, null, null), null, 100));
        assertEquals(2, orders.count(provider.id, new OrderFilter(null, a, null, null, null), null, 100));
        // each index a list names on MySQL/MariaDB (Orders.listIndex), on both sides, and a filter it leaves alone
        assertEquals(List.of(third), orders.orders(customer.id, new OrderFilter("PENDING_START", null, null, null, null),
                PageRequest.first(1), ZH).items().stream().map(OrderSummary::orderNo).toList());
        assertEquals(2, orders.count(customer.id, new OrderFilter("PENDING_START", null, null, null, null), null, 100));
        assertEquals(2, orders.count(customer.id, new OrderFilter(null, a, null, null, null), null, 100));
        assertEquals(0, orders.count(customer.id, new OrderFilter(null, b, null, null, null), null, 100));
        assertEquals(2, orders.count(provider.id, new OrderFilter("PENDING_START", a, null, null, null), null, 100));
        assertEquals(1, orders.count(provider.id, new OrderFilter(null, null, null, null, second), null, 100));
        assertEquals(3, orders.count(provider.id, new OrderFilter(null, null, null, null, second.substring(0, 6)), null, 100));
        OffsetDateTime now = OffsetDateTime.now();
        assertEquals(3, orders.count(provider.id, new OrderFilter(null, null, now.minusHours(1), now.plusHours(1), null), null, 100));
        assertEquals(0, orders.count(provider.id, new OrderFilter(null, null, now.plusHours(1), null, null), null, 100));
        assertEquals(Set.of("status"), fields(assertThrows(InvalidInputException.class,
                () -> orders.checkFilter(provider.id, new OrderFilter("SHIPPED", null, null, null, null)))));
        assertEquals(Set.of("q"), fields(assertThrows(InvalidInputException.class,
                () -> orders.count(provider.id, new OrderFilter(null, null, null, null, "abc%"), null, 100))));
        assertEquals(Set.of("to"), fields(assertThrows(InvalidInputException.class,
                () -> orders.count(provider.id, new OrderFilter(null, null, now, now.minusDays(1), null), null, 100))));

        ComponentClient client = new ComponentClient(base);
        JsonObject list = json(client.get("v1/orders?status=PENDING_START&limit=1", provider.token).body());
        assertEquals(third, list.getJsonArray("items").getJsonObject(0).getString("orderNo"));
        JsonObject item = list.getJsonArray("items").getJsonObject(0);
        assertEquals("待实施", item.getString("statusLabel"));
        assertEquals("PENDING_START", item.getString("status"));
        assertEquals(a, item.getJsonNumber("productId").longValue());
        assertEquals("Alpha 运维", item.getString("productName"));
        assertEquals("基础版", item.getString("plan"));
        assertEquals(5, item.getInt("quantity"));
        assertEquals("50.00", item.getJsonObject("amount").getString("amount"));
        assertEquals("CNY", item.getJsonObject("amount").getString("currency"));
        OffsetDateTime created = OffsetDateTime.parse(item.getString("createdAt"));
        assertEquals(ZoneOffset.UTC, created.getOffset());
        assertTrue(Duration.between(created.toInstant(), Instant.now()).abs().toMinutes() < 10, "created just now: " + created);
        assertTrue(item.isNull("autoConfirmAt"));
        assertEquals("用户 " + customer.login(), item.getString("counterpartName"));
        assertEquals(11, item.size(), "no field more or less: " + item.keySet());
        JsonObject last = json(client.get("v1/orders?status=PENDING_START&limit=1&cursor=" + list.getString("nextCursor"),
                provider.token).body());
        assertEquals(first, last.getJsonArray("items").getJsonObject(0).getString("orderNo"));
        assertTrue(last.isNull("nextCursor"), "the last page says so: " + last);
        assertProblem(client.get("v1/orders?from=yesterday", provider.token), 400);
        assertProblem(client.get("v1/orders?productId=x", provider.token), 400);

        HttpResponse<byte[]> csv = new ComponentClientBytes(client).get("v1/orders?productId=" + b, provider.token, "text/csv",
                "zh-CN");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] bytes = csv.body();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("订单号,下单时间（北京时间）,商品,规格,数量,金额（元）,状态,用户", lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith(second + ",") && lines.get(1).contains(",\"Beta, \"\"CRM\"\"\",年付,2,")
                && lines.get(1).endsWith(",已完成,用户 " + other.login), lines.get(1));
        HttpResponse<byte[]> english = new ComponentClientBytes(client).get("v1/orders", customer.token, "text/csv", "en");
        List<String> customerLines = new String(english.body(), StandardCharsets.UTF_8).lines().toList();
        assertEquals("\uFEFFOrder number,Created (Beijing time),Product,Plan,Quantity,Amount (CNY),Status,Provider",
                customerLines.get(0));
        assertEquals(3, customerLines.size());
        assertTrue(customerLines.get(1).contains("Waiting for provider"), customerLines.get(1));
        assertProblem(client.get("v1/orders", null), 401);
    }

    @Test
    void aListPageCostsTheSameStatementsWhateverItsSizeAndDepth() throws Exception {
        Party provider = newProvider();
        long product = onSale(provider.id, ops("Gamma 运维", "10.00", false));
        for (int i = 0; i < 12; i++) {
            orders.place(newCustomer().id, new PurchaseRequest(product, "基础版", 1), null);
        }
        ComponentClient client = new ComponentClient(base);
        // a token is checked against its row once, then trusted a while (TokenService): counted from the second request
        assertEquals(200, client.get("v1/me", provider.token).statusCode());
        HttpResponse<String> two = client.get("v1/orders?status=PENDING_START&limit=2", provider.token);
        String cursor = json(two.body()).getString("nextCursor");
        long small = statements(two);
        long large = statements(client.get("v1/orders?status=PENDING_START&limit=12", provider.token));
        long deep = statements(client.get("v1/orders?status=PENDING_START&limit=10&cursor=" + cursor, provider.token));
        assertTrue(small >= 1 && small <= 3, "a page is a handful of statements, got " + small);
        assertEquals(small, large, "12 rows cost what 2 rows cost: no statement per row");
        assertEquals(small, deep, "a page after a cursor costs what the first page costs");
        String search = "v1/catalog?q=" + URLEncoder.encode("Gamma 运维 " + UUID.randomUUID(), StandardCharsets.UTF_8);
        assertEquals(3, statements(client.get(search, null)),
                "the storefront reads its generation, counts the grams, then reads the page");
        assertEquals(1, statements(client.get(search, null)), "the page is held while the generation stays");
        TestDatabase.update(dataSource, StorefrontGeneration.ADVANCE);
        assertEquals(2, statements(client.get(search, null)), "the grams' counts are remembered for a minute");
    }

    @Test
    void readsOpenNoTransactionAndTransitionsDo() throws Exception {
        Party provider = newProvider();
        long product = onSale(provider.id, ops("Delta 运维", "10.00", false));
        String orderNo = orders.place(newCustomer().id, new PurchaseRequest(product, "基础版", 1), null).orderNo();
        ComponentClient client = new ComponentClient(base);
        String search = "v1/catalog?q=" + URLEncoder.encode("Delta 运维", StandardCharsets.UTF_8);
        for (String read : List.of(search, "v1/catalog/" + product)) {
            assertReadOutsideTransaction(client.get(read, null), read);
        }
        for (String read : List.of("v1/orders?status=PENDING_START", "v1/orders/" + orderNo,
                "v1/provider/profile/revisions", "v1/products", "v1/products/" + product,
                "v1/products/" + product + "/delist-impact")) {
            assertReadOutsideTransaction(client.get(read, provider.token), read);
        }
        HttpResponse<String> started = client.post("v1/orders/" + orderNo + "/start", "", provider.token);
        assertTrue(inTransaction(started) >= 2, "a transition locks and writes in one transaction: "
                + started.headers().firstValue("Server-Timing").orElse(""));
    }

    @Test
    void aTransitionPutsTheCustomerItNotifiesInTheSharedCacheThoughItHoldsTheOrdersLock() throws Exception {
        Party provider = newProvider();
        long product = onSale(provider.id, ops("Epsilon 运维", "10.00", false));
        Party customer = newCustomer();
        String orderNo = orders.place(customer.id, new PurchaseRequest(product, "基础版", 1), null).orderNo();
        ComponentClient client = new ComponentClient(base);
        assertEquals(200, client.get("v1/me", provider.token).statusCode());
        sharedCache.evict(Account.class); // as after a restart, with the customer not signed in since

        assertFalse(sharedCache.holds(Account.class, customer.id));
        assertEquals(200, client.post("v1/orders/" + orderNo + "/start", "", provider.token).statusCode());
        assertTrue(sharedCache.holds(Account.class, customer.id),
                "read for the event's recipient under the order's lock, and kept for the next transition");
    }

    private static void assertReadOutsideTransaction(HttpResponse<String> response, String read) {
        assertEquals(200, response.statusCode(), read + ": " + response.body());
        StatementCount.Taken taken = timing(response);
        assertTrue(taken.statements() >= 1, read);
        assertEquals(0, taken.inTransaction(), read + ": a read pays no autocommit switches and no COMMIT");
    }

    /** The statement count of the test configuration's Server-Timing header (marketplace.diagnostics.server-timing). */
    private static long statements(HttpResponse<String> response) {
        return timing(response).statements();
    }

    private static long inTransaction(HttpResponse<String> response) {
        return timing(response).inTransaction();
    }

    private static StatementCount.Taken timing(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        String timing = response.headers().firstValue("Server-Timing").orElseThrow();
        Matcher m = Pattern.compile("db;desc=\"(\\d+) statements, (\\d+) in a transaction\"").matcher(timing);
        assertTrue(m.find(), timing);
        return new StatementCount.Taken(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    /** Binary reads for the CSV export, beside the string-bodied client. */
    private record ComponentClientBytes(ComponentClient client) {
        HttpResponse<byte[]> get(String path, String bearer, String accept, String language) throws Exception {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(client.uri(path)).header("Authorization", "Bearer " + bearer)
                            .header("Accept", accept).header("Accept-Language", language).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private record Party(long id, String login, String token) {
    }

    private Party newProvider() {
        String login = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = accounts.signUp(new SignUpCommand(login, ReviewTestData.PASSWORD, "服务商 " + login, mobile(), null,
                "PROVIDER", "zh-CN")).accountId();
        providers.establishInitialProfile(id, ReviewTestData.profile("云帆科技有限公司", mobile()));
        onboarding.signAgreement(id, "2026-01");
        onboarding.payDeposit(id, "10000.00");
        return new Party(id, login, tokens.issue(login, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token());
    }

    private Party newCustomer() {
        String login = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = accounts.signUp(new SignUpCommand(login, ReviewTestData.PASSWORD, "用户 " + login, mobile(), null,
                "CUSTOMER", "zh-CN")).accountId();
        return new Party(id, login, tokens.issue(login, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token());
    }

    private static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private long onSale(long provider, ProductDraft draft) {
        long productId = products.create(provider, draft).productId();
        reviews.approve(products.submit(provider, productId).reviewId(), ReviewTestData.newOperator(dataSource, "zh-CN"));
        return productId;
    }

    private static Set<String> fields(InvalidInputException e) {
        return e.errors().stream().map(f -> f.field()).collect(Collectors.toSet());
    }

    private static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    static ProductDraft ops(String name, String amount, boolean requirementFirst) {
        return ProductTestData.ops(name, amount, List.of(
                new FormFieldDraft("serverIp", "服务器 IP", "TEXT", true, null),
                new FormFieldDraft("os", "操作系统", "SELECT", true, List.of("CentOS", "Ubuntu")),
                new FormFieldDraft("cores", "CPU 核数", "NUMBER", false, null),
                new FormFieldDraft("notes", "备注", "TEXTAREA", false, null)), requirementFirst);
    }
}
