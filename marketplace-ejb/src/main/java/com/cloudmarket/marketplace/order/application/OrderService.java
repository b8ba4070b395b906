package com.cloudmarket.marketplace.order.application;

import com.cloudmarket.marketplace.account.application.AccountRoles;
import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.domain.OrderAction;
import com.cloudmarket.marketplace.order.domain.OrderNumbers;
import com.cloudmarket.marketplace.order.domain.OrderStatus;
import com.cloudmarket.marketplace.order.infrastructure.Orders;
import com.cloudmarket.marketplace.order.infrastructure.Orders.Criteria;
import com.cloudmarket.marketplace.order.infrastructure.Orders.Side;
import com.cloudmarket.marketplace.product.application.CatalogProduct;
import com.cloudmarket.marketplace.product.application.CatalogService;
import com.cloudmarket.marketplace.product.application.ProductRules;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import com.cloudmarket.marketplace.shared.application.IdempotentRequests;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.application.PaymentGateway;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders as both parties work with them: a customer buys and confirms, the provider starts, completes and reminds.
 * Each transition locks the order's row, so one of several identical concurrent requests wins and the rest answer 409.
 * A caller whose role can never do an operation gets 403; an order of someone else is not found (404).
 */
@Stateless
public class OrderService {

    static final String SCOPE = "ORDER";
    public static final int QUANTITY_MAX = 999;
    static final int NUMBER_ATTEMPTS = 5;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Orders orders;

    @Inject
    private OrderEvents events;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Inject
    private PaymentGateway payments;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.order.reminder-interval-hours", defaultValue = "24")
    private long reminderIntervalHours;

    @Inject
    @ConfigProperty(name = "marketplace.order.auto-confirm-days", defaultValue = "15")
    private long autoConfirmDays;

    @EJB
    private AccountService accounts;

    @Inject
    private AccountRoles accountRoles;

    @EJB
    private CatalogService catalog;

    /**
     * Buys a plan of an on-sale product: validates, charges through the payment port, stores the order with its
     * snapshot. With an Idempotency-Key, a repeat answers the first order and buys nothing.
     */
    public PlacedOrder place(long customerAccountId, PurchaseRequest request, String idempotencyKey) {
        AccountView customer = require(customerAccountId, "CUSTOMER");
        PurchaseRequest input = validated(request);
        IdempotentRequest repeat = IdempotentRequest.of(SCOPE, customerAccountId, idempotencyKey, input);
        if (repeat != null) {
            Optional<Long> earlier = idempotentRequests.earlierResult(repeat);
            if (earlier.isPresent()) {
                return placed(orders.byId(earlier.get()));
            }
        }
        CatalogProduct product = catalog.forPurchase(input.productId());
        ProductContent live = product.content();
        ProductContent.Plan plan = live.plans().stream().filter(p -> p.name().equals(input.plan())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("plan", "unknownPlan", input.plan()));
        ProductType type = ProductType.valueOf(product.type());
        Instant now = clock.instant();
        String orderNo = freeNumber(now);
        String reference = payments.charge(new PaymentGateway.PaymentRequest(customerAccountId, "ORDER " + orderNo,
                Order.amountOf(plan.price(), input.quantity()).amount(), plan.price().currency()));
        long providerAccountId = product.provider().accountId();
        String providerName = product.provider().companyName() != null ? product.provider().companyName()
                : accounts.find(providerAccountId).displayName();
        Order order = new Order(orderNo, customerAccountId, customer.displayName(), providerAccountId, providerName,
                product.productId(), type, live.name(), plan.name(), plan.price(), input.quantity(), reference,
                live.ops() == null ? List.of() : live.ops().requirementForm(),
                live.ops() != null && live.ops().requirementBeforeStart(), delivery(live), now);
        em.persist(order);
        em.flush();
        if (repeat != null) {
            idempotentRequests.remember(repeat, order.id());
        }
        events.created(order, customer);
        return placed(order);
    }

    /** One order for either of its parties; anyone else is told it does not exist. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OrderView order(long accountId, String orderNo, Locale locale) {
        Order order = orders.withTimeline(number(orderNo));
        if (order.customerAccountId() != accountId && order.providerAccountId() != accountId) {
            throw new NotFoundException("error.orderNotFound");
        }
        return view(order, locale);
    }

    /** The caller's orders (a provider's sales, a customer's purchases), newest first, keyset-paged in the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<OrderSummary> orders(long accountId, OrderFilter filter, PageRequest page, Locale locale) {
        Side side = side(accountId);
        Page<Object[]> rows = page.page(orders.page(side, accountId, criteria(filter), page.beforeId(), page.fetchSize()),
                row -> (Long) row[0]);
        return new Page<>(rows.items().stream().map(row -> summary(row, side, locale)).toList(), rows.nextCursor());
    }

    /**
     * How many of the caller's orders match from the page that {@code cursor} opens (null: the first) onwards, counted
     * up to {@code cap}: a console's "page X of Y" without counting a provider's whole history on every view.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int count(long accountId, OrderFilter filter, String cursor, int cap) {
        return orders.count(side(accountId), accountId, criteria(filter), PageRequest.of(cursor, null).beforeId(), cap);
    }

    /** Refuses what a list would refuse (the caller's role, a malformed filter) without reading an order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void checkFilter(long accountId, OrderFilter filter) {
        side(accountId);
        criteria(filter);
    }

    /** The filtered list as CSV (UTF-8 with BOM, header in the caller's language), read and written batch by batch. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void exportCsv(long accountId, OrderFilter filter, Locale locale, OutputStream out) {
        Side side = side(accountId);
        OrderCsv.write(side, criteria(filter), locale, out,
                (criteria, before, size) -> orders.page(side, accountId, criteria, before, size));
    }

    public OrderView submitRequirement(long customerAccountId, String orderNo, Map<String, String> fields, Locale locale) {
        require(customerAccountId, "CUSTOMER");
        Order order = customersForUpdate(customerAccountId, orderNo);
        if (fields == null) {
            // judged after the order is found: another customer's order is a 404 whatever the body holds
            throw InvalidInputException.of("fields", "required");
        }
        order.submitRequirement(customerAccountId, fields, clock.instant());
        return afterTransition(order, OrderAction.REQUIREMENT_SUBMITTED, locale);
    }

    public OrderView start(long providerAccountId, String orderNo, Locale locale) {
        require(providerAccountId, "PROVIDER");
        Order order = providersForUpdate(providerAccountId, orderNo);
        order.start(providerAccountId, clock.instant());
        return afterTransition(order, OrderAction.STARTED, locale);
    }

    public OrderView complete(long providerAccountId, String orderNo, Locale locale) {
        require(providerAccountId, "PROVIDER");
        Order order = providersForUpdate(providerAccountId, orderNo);
        order.complete(providerAccountId, clock.instant(), Duration.ofDays(autoConfirmDays));
        return afterTransition(order, OrderAction.COMPLETED, locale);
    }

    /** Reminds the customer to confirm; again within the reminder interval → 429 with the seconds to wait. */
    public OrderView remind(long providerAccountId, String orderNo, Locale locale) {
        require(providerAccountId, "PROVIDER");
        Order order = providersForUpdate(providerAccountId, orderNo);
        order.remind(providerAccountId, clock.instant(), reminderInterval());
        return afterTransition(order, OrderAction.REMINDED, locale);
    }

    public OrderView confirm(long customerAccountId, String orderNo, Locale locale) {
        require(customerAccountId, "CUSTOMER");
        Order order = customersForUpdate(customerAccountId, orderNo);
        order.confirm(customerAccountId, clock.instant());
        return afterTransition(order, OrderAction.CONFIRMED, locale);
    }

    private OrderView afterTransition(Order order, OrderAction action, Locale locale) {
        em.flush();
        events.stepped(order, action);
        return view(order, locale);
    }

    private Order providersForUpdate(long providerAccountId, String orderNo) {
        Order order = orders.forUpdate(number(orderNo));
        if (order.providerAccountId() != providerAccountId) {
            throw new NotFoundException("error.orderNotFound");
        }
        return order;
    }

    private Order customersForUpdate(long customerAccountId, String orderNo) {
        Order order = orders.forUpdate(number(orderNo));
        if (order.customerAccountId() != customerAccountId) {
            throw new NotFoundException("error.orderNotFound");
        }
        return order;
    }

    /** A well-formed number or 404: nothing else can name an order, and the lookup needs no query then. */
    private static String number(String orderNo) {
        if (orderNo == null || !OrderNumbers.FORMAT.matcher(orderNo).matches()) {
            throw new NotFoundException("error.orderNotFound");
        }
        return orderNo;
    }

    private String freeNumber(Instant now) {
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            String candidate = OrderNumbers.next(now);
            if (!orders.numberTaken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free order number after " + NUMBER_ATTEMPTS + " attempts");
    }

    Duration reminderInterval() {
        return Duration.ofHours(reminderIntervalHours);
    }

    private OrderView view(Order order, Locale locale) {
        Locale language = Messages.supported(locale);
        String status = order.status().name();
        return new OrderView(order.orderNo(), status, label(language, "provider", order.status()),
                label(language, "customer", order.status()), order.productType().name(), order.productId(),
                order.productName(), order.planName(), order.unitPrice(), order.quantity(), order.amount(),
                order.customerAccountId(), order.customerName(), order.providerAccountId(), order.providerName(),
                order.requirementForm().stream().map(f -> new RequirementField(f.name(), f.label(), f.type(),
                        f.required(), f.options())).toList(),
                order.requirementBeforeStart(), order.requirement(), utc(order.requirementSubmittedAt()),
                order.delivery(), utc(order.createdAt()), utc(order.autoConfirmAt()),
                utc(order.remindableAt(reminderInterval())),
                order.timeline().stream().map(s -> new TimelineEntry(utc(s.at()), s.actorAccountId(), s.action().name(),
                        s.status().name())).toList(),
                order.version());
    }

    /** The status as one side of the order reads it (product §5's table), from the messages bundle. */
    public static String label(Locale locale, String side, OrderStatus status) {
        return Messages.text(locale, "order.status." + side + "." + status.name());
    }

    /**
     * The same for a status by name, for the consoles' filters and timelines, so they show exactly the API's words; an
     * unknown name comes back as it is.
     */
    public static String label(Locale locale, boolean providerSide, String status) {
        try {
            return label(Messages.supported(locale), providerSide ? "provider" : "customer", OrderStatus.valueOf(status));
        } catch (IllegalArgumentException | NullPointerException e) {
            return status;
        }
    }

    static OrderSummary summary(Object[] row, Side side, Locale locale) {
        OrderStatus status = (OrderStatus) row[2];
        return new OrderSummary((String) row[1], status.name(),
                label(Messages.supported(locale), side == Side.PROVIDER ? "provider" : "customer", status),
                (Long) row[3], (String) row[4], (String) row[5], (Integer) row[6],
                new Money((BigDecimal) row[7], (String) row[8]),
                utc((Instant) row[9]), utc((Instant) row[10]), side == Side.PROVIDER ? (String) row[11] : (String) row[12]);
    }

    private static PlacedOrder placed(Order order) {
        return new PlacedOrder(order.orderNo(), order.status().name(), order.amount());
    }

    /** What a software or image purchase delivers at once (null for ops services); imported orders record the same. */
    public static String delivery(ProductContent live) {
        if (live.software() != null) {
            return "licenseType=" + live.software().licenseType() + "; version=" + live.software().version();
        }
        if (live.image() != null) {
            return "imageReference=" + live.image().imageReference();
        }
        return null;
    }

    private static PurchaseRequest validated(PurchaseRequest request) {
        PurchaseRequest r = request == null ? new PurchaseRequest(null, null, null) : request;
        List<FieldError> errors = new ArrayList<>();
        if (r.productId() == null) {
            errors.add(new FieldError("productId", "required"));
        } else if (r.productId() < 1) {
            errors.add(new FieldError("productId", "positive"));
        }
        String plan = r.plan() == null ? null : r.plan().strip();
        if (plan == null || plan.isEmpty()) {
            errors.add(new FieldError("plan", "required"));
        } else if (plan.length() > ProductRules.PLAN_NAME_MAX) {
            errors.add(new FieldError("plan", "maxLength", ProductRules.PLAN_NAME_MAX)); // no product has such a plan
        }
        if (r.quantity() == null) {
            errors.add(new FieldError("quantity", "required"));
        } else if (r.quantity() < 1 || r.quantity() > QUANTITY_MAX) {
            errors.add(new FieldError("quantity", "range", 1, QUANTITY_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PurchaseRequest(r.productId(), plan, r.quantity());
    }

    private Side side(long accountId) {
        Set<String> roles = accountRoles.of(accountId);
        if (roles.contains("PROVIDER")) {
            return Side.PROVIDER;
        }
        if (roles.contains("CUSTOMER")) {
            return Side.CUSTOMER;
        }
        throw new ForbiddenException("error.forbidden");
    }

    private AccountView require(long accountId, String role) {
        AccountView account = accounts.find(accountId);
        if (!account.hasRole(role)) {
            throw new ForbiddenException("error.orderRole." + role);
        }
        return account;
    }

    static Criteria criteria(OrderFilter filter) {
        OrderFilter f = filter == null ? OrderFilter.none() : filter;
        List<FieldError> errors = new ArrayList<>();
        OrderStatus status = null;
        if (f.status() != null && !f.status().isBlank()) {
            try {
                status = OrderStatus.valueOf(f.status().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "orderStatus"));
            }
        }
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            errors.add(new FieldError("to", "timeOrder"));
        }
        String q = null;
        if (f.q() != null && !f.q().isBlank()) {
            q = f.q().strip();
            if (!q.matches("\\d{1," + OrderNumbers.LENGTH + "}")) {
                errors.add(new FieldError("q", "orderNumberPrefix", OrderNumbers.LENGTH));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Criteria(status, f.productId(), f.from() == null ? null : f.from().toInstant(),
                f.to() == null ? null : f.to().toInstant(), q);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
