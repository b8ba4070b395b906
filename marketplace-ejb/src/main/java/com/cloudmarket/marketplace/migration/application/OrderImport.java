package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.migration.domain.LineErrors;
import com.cloudmarket.marketplace.migration.domain.OrderHistory;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore.AccountRef;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore.ProductRef;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore.TableRows;
import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.domain.OrderJsonText;
import com.cloudmarket.marketplace.order.domain.OrderNumbers;
import com.cloudmarket.marketplace.order.domain.OrderStatus;
import com.cloudmarket.marketplace.order.domain.RequirementRules;
import com.cloudmarket.marketplace.product.application.ProductRules;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductContent.FormField;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.application.JsonInput;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders of the source marketplace with their history: who bought which plan of which imported product, when, and how
 * far the delivery went. Each gets a new order number of ours (the date of purchase and random digits, as every order
 * has) and the timeline its times describe. The product's live content gives the snapshot (name, type, requirement
 * form, delivery); the line may give the unit price paid, else the plan's price applies.
 */
final class OrderImport implements RecordKind<OrderImport.Line, OrderImport.Row> {

    record Line(String externalId, String customer, String product, String plan, int quantity, BigDecimal unitPrice,
                OrderStatus status, OrderHistory.Times times, Map<String, String> requirement, String paymentReference) {
    }

    record Row(Line line, AccountRef customer, Snapshot product, Money unitPrice, OrderHistory history,
               Map<String, String> requirement) {
    }

    /**
     * What every order of a product copies, worked out once per product rather than once per order, and kept small
     * (no description) so that the products of a large migration fit in the cache: an order file names them at random.
     */
    record Snapshot(long id, long providerAccountId, String providerName, ProductType type, String name,
                    Map<String, Money> plans, List<FormField> form, String formJson, boolean requirementBeforeStart,
                    String delivery) {

        static Snapshot of(ProductRef product) {
            ProductContent live = product.live();
            List<FormField> form = live.ops() == null ? List.of() : live.ops().requirementForm();
            Map<String, Money> plans = new HashMap<>();
            live.plans().forEach(plan -> plans.put(plan.name(), plan.price()));
            return new Snapshot(product.id(), product.providerAccountId(), product.providerName(), product.type(),
                    live.name(), plans, form, OrderJsonText.form(form),
                    live.ops() != null && live.ops().requirementBeforeStart(), OrderService.delivery(live));
        }
    }

    private static final int QUANTITY_MAX = OrderService.QUANTITY_MAX;
    private static final int PAYMENT_REFERENCE_MAX = 64;
    private static final String PAYMENT_REFERENCE = "IMPORTED";
    /** Tries of a chunk whose random order numbers met a unique key: a collision is rare, three in a row is not. */
    private static final int NUMBER_ATTEMPTS = 3;
    private static final int CACHED_CUSTOMERS = 100_000;
    private static final int CACHED_PRODUCTS = 150_000;

    private final ImportStore store;
    private final Instant now;
    private final Duration autoConfirmAfter;
    private final Map<String, AccountRef> customers = bounded(CACHED_CUSTOMERS);
    private final Map<String, Snapshot> products = bounded(CACHED_PRODUCTS);

    OrderImport(ImportStore store, Instant now, Duration autoConfirmAfter) {
        this.store = store;
        this.now = now;
        this.autoConfirmAfter = autoConfirmAfter;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORDER;
    }

    @Override
    public Line parse(JsonObject o, List<FieldError> errors) {
        String externalId = Lines.key(o, "externalId", errors);
        String customer = Lines.login(o, "customer", errors);
        String product = Lines.key(o, "product", errors);
        String plan = Lines.text(o, "plan", ProductRules.PLAN_NAME_MAX, true, errors);
        Integer quantity = JsonInput.integer(o, "quantity", "quantity", errors);
        if (quantity != null && (quantity < 1 || quantity > QUANTITY_MAX)) {
            errors.add(new FieldError("quantity", "range", 1, QUANTITY_MAX));
        }
        JsonValue price = o.get("unitPrice");
        String priceText = price instanceof JsonNumber n ? n.bigDecimalValue().toPlainString()
                : JsonInput.text(o, "unitPrice", "unitPrice", errors);
        BigDecimal unitPrice = priceText == null ? null : ProductRules.amount("unitPrice", priceText, errors);
        String statusText = Lines.text(o, "status", 30, false, errors);
        OrderStatus status = null;
        if (statusText != null) {
            try {
                status = OrderStatus.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "orderStatus"));
            }
        }
        OrderHistory.Times times = new OrderHistory.Times(Lines.time(o, "createdAt", now, false, errors),
                Lines.time(o, "requirementSubmittedAt", now, false, errors), Lines.time(o, "startedAt", now, false, errors),
                Lines.time(o, "completedAt", now, false, errors), Lines.time(o, "confirmedAt", now, false, errors),
                Lines.time(o, "autoConfirmAt", now, true, errors));
        Map<String, String> requirement = requirement(JsonInput.object(o.get("requirement"), "requirement", errors),
                errors);
        String reference = Lines.text(o, "paymentReference", PAYMENT_REFERENCE_MAX, false, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Line(externalId, customer, product, plan, quantity == null ? 1 : quantity, unitPrice, status, times,
                requirement, reference == null ? PAYMENT_REFERENCE : reference);
    }

    @Override
    public String key(Line line) {
        return line.externalId();
    }

    @Override
    public Resolved<Row> resolve(List<Numbered<Line>> chunk, LineErrors errors) {
        Set<String> imported = store.importedKeys(kind(), chunk.stream().map(n -> n.record().externalId()).toList());
        fill(customers, chunk, Line::customer, store::accounts);
        fill(products, chunk, Line::product, keys -> store.products(keys).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Snapshot.of(e.getValue()))));
        List<Row> rows = new ArrayList<>();
        int skipped = 0;
        for (Numbered<Line> n : chunk) {
            Line l = n.record();
            if (imported.contains(l.externalId())) {
                skipped++;
                continue;
            }
            List<FieldError> lineErrors = new ArrayList<>();
            Row row = row(l, lineErrors);
            if (lineErrors.isEmpty()) {
                rows.add(row);
            } else {
                errors.addAll(n.line(), lineErrors);
            }
        }
        return new Resolved<>(rows, skipped);
    }

    private Row row(Line l, List<FieldError> errors) {
        AccountRef customer = customers.get(l.customer());
        if (customer == null || !customer.roles().contains("CUSTOMER")) {
            errors.add(new FieldError("customer", "importUnknownCustomer"));
        }
        Snapshot product = products.get(l.product());
        if (product == null) {
            errors.add(new FieldError("product", "importUnknownProduct"));
            return null;
        }
        Money planPrice = product.plans().get(l.plan());
        if (planPrice == null) {
            errors.add(new FieldError("plan", "unknownPlan", l.plan()));
        }
        OrderHistory history = OrderHistory.of(product.type(), l.status(), l.times(), l.requirement() != null,
                autoConfirmAfter, errors);
        Map<String, String> requirement = null;
        if (l.requirement() != null && product.type() == ProductType.OPS_SERVICE) {
            try {
                requirement = RequirementRules.validated(product.form(), l.requirement());
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.add(new FieldError(
                        error.field().replaceFirst("^fields\\.", "requirement."), error.code(), error.arguments())));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Money price = l.unitPrice() == null ? planPrice : Money.cny(l.unitPrice());
        return new Row(l, customer, product, price, history, requirement);
    }

    @Override
    public void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long orderId = store.reserveIds("customer_order", rows.size());
        long stepId = store.reserveIds("order_step", rows.stream().mapToInt(r -> r.history().steps().size()).sum());
        for (int attempt = 1; ; attempt++) {
            try {
                store.insert(tables(rows, orderId, stepId));
                return;
            } catch (ImportStore.WriteFailed e) {
                if (!e.duplicateKey() || attempt == NUMBER_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The chunk's rows with fresh order numbers; the ids stay, since a failed chunk stored none of them. */
    private List<TableRows> tables(List<Row> rows, long firstOrderId, long firstStepId) {
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        long stepId = firstStepId;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            long id = firstOrderId + i;
            OrderHistory h = r.history();
            Snapshot product = r.product();
            Money amount = Order.amountOf(r.unitPrice(), r.line().quantity());
            orders.add(new Object[]{id, OrderNumbers.next(h.createdAt()), r.customer().id(), r.customer().displayName(),
                    product.providerAccountId(), product.providerName(), product.id(), product.type().name(),
                    product.name(), r.line().plan(), r.unitPrice().amount(), r.line().quantity(), amount.amount(),
                    amount.currency(), r.line().paymentReference(), h.status().name(), product.formJson(),
                    product.requirementBeforeStart(),
                    r.requirement() == null ? null : OrderJsonText.fields(r.requirement()), h.requirementSubmittedAt(),
                    product.delivery(), h.createdAt(), h.startedAt(), h.completedAt(), h.autoConfirmAt(),
                    h.confirmedAt(), h.updatedAt()});
            for (OrderHistory.Step step : h.steps()) {
                steps.add(new Object[]{stepId++, id, step.at(), step.byProvider() ? product.providerAccountId()
                        : r.customer().id(), step.action().name(), step.status().name()});
            }
            keys.add(new Object[]{kind().name(), r.line().externalId(), id, now});
        }
        return List.of(new TableRows("INSERT INTO customer_order (id, version, order_no, customer_account_id, "
                        + "customer_name, provider_account_id, provider_name, product_id, product_type, product_name, "
                        + "plan_name, unit_price, quantity, amount, currency, payment_reference, status, requirement_form, "
                        + "requirement_before_start, requirement, requirement_submitted_at, delivery, created_at, started_at, "
                        + "completed_at, auto_confirm_at, confirmed_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", orders),
                new TableRows("INSERT INTO order_step (id, order_id, step_at, actor_account_id, action, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", steps),
                ImportService.keys(keys));
    }

    /** The requirement as field → text; numbers are taken as written. */
    private static Map<String, String> requirement(JsonObject o, List<FieldError> errors) {
        if (o == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        o.forEach((name, value) -> {
            if (value instanceof JsonString s) {
                fields.put(name, s.getString());
            } else if (value instanceof JsonNumber n) {
                fields.put(name, n.bigDecimalValue().toPlainString());
            } else if (!JsonInput.isNull(value)) {
                errors.add(new FieldError("requirement." + name, "text"));
            }
        });
        return fields;
    }

    /** Loads what the chunk names and the cache lacks, in one query. */
    private static <V> void fill(Map<String, V> cache, List<Numbered<Line>> chunk, Function<Line, String> key,
                                 Function<List<String>, Map<String, V>> load) {
        List<String> missing = chunk.stream().map(n -> key.apply(n.record())).distinct()
                .filter(k -> cache.get(k) == null).toList(); // get, not containsKey: it keeps the hits from eviction
        if (!missing.isEmpty()) {
            cache.putAll(load.apply(missing));
        }
    }

    /** Least recently used first out: an order file names its customers and products again and again. */
    private static <V> Map<String, V> bounded(int capacity) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
