package com.cloudmarket.marketplace.order.domain;

import com.cloudmarket.marketplace.product.domain.ProductContent.FormField;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.Money;
import com.cloudmarket.marketplace.shared.domain.TooManyRequestsException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.eclipse.persistence.config.PessimisticLock;
import org.eclipse.persistence.config.QueryHints;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A customer's purchase of one plan of a product, with a snapshot of what was bought (type, names, unit price, the
 * requirement-form template), so later product edits change no placed order. Every transition goes through
 * {@link OrderStatus#after} and leaves a step on the timeline. Entity name {@code CustomerOrder}: ORDER is a JPQL word.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
// the lock as EclipseLink's hint, part of the query prepared once: a JPA lock mode, on an ad-hoc or a named query, is
// set again on each execution, and EclipseLink then prepares the query again (a fifth of the lookup's samples in JFR)
@NamedQuery(name = "Order.byNumberForUpdate", query = "SELECT o FROM CustomerOrder o WHERE o.orderNo = :no",
        hints = @QueryHint(name = QueryHints.PESSIMISTIC_LOCK, value = PessimisticLock.Lock))
@NamedQuery(name = "Order.byIdsForUpdate", query = "SELECT o FROM CustomerOrder o WHERE o.id IN :ids",
        hints = @QueryHint(name = QueryHints.PESSIMISTIC_LOCK, value = PessimisticLock.Lock))
public class Order {

    @Id
    @TableGenerator(name = "customer_order", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "customer_order", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "customer_order")
    private Long id;

    /** Every transition changes a column, so this is also the order's ETag. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "order_no", nullable = false, updatable = false, length = 18)
    private String orderNo;

    @Column(name = "customer_account_id", nullable = false, updatable = false)
    private long customerAccountId;

    @Column(name = "customer_name", nullable = false, updatable = false, length = 100)
    private String customerName;

    @Column(name = "provider_account_id", nullable = false, updatable = false)
    private long providerAccountId;

    @Column(name = "provider_name", nullable = false, updatable = false, length = 100)
    private String providerName;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_type", nullable = false, updatable = false, length = 20)
    private ProductType productType;

    @Column(name = "product_name", nullable = false, updatable = false, length = 60)
    private String productName;

    @Column(name = "plan_name", nullable = false, updatable = false, length = 60)
    private String planName;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "payment_reference", nullable = false, updatable = false, length = 64)
    private String paymentReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private OrderStatus status;

    /** The template as it was at purchase (JSON), empty for software and images. */
    @Column(name = "requirement_form", updatable = false)
    private String requirementForm;

    @Column(name = "requirement_before_start", nullable = false, updatable = false)
    private boolean requirementBeforeStart;

    /** The submitted requirement (JSON object of field → value), null until submitted. */
    @Column(name = "requirement")
    private String requirement;

    @Column(name = "requirement_submitted_at")
    private Instant requirementSubmittedAt;

    /** What was delivered at purchase: the licence and version, or the image reference; null for ops services. */
    @Column(name = "delivery", updatable = false, length = 300)
    private String delivery;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "auto_confirm_at")
    private Instant autoConfirmAt;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<OrderStep> timeline = new ArrayList<>();

    protected Order() {
    }

    /**
     * A paid order. Software and images are delivered with the purchase and complete at once; an ops service waits for
     * the provider to start.
     */
    public Order(String orderNo, long customerAccountId, String customerName, long providerAccountId, String providerName,
                 long productId, ProductType productType, String productName, String planName, Money unitPrice,
                 int quantity, String paymentReference, List<FormField> requirementForm, boolean requirementBeforeStart,
                 String delivery, Instant at) {
        this.orderNo = orderNo;
        this.customerAccountId = customerAccountId;
        this.customerName = customerName;
        this.providerAccountId = providerAccountId;
        this.providerName = providerName;
        this.productId = productId;
        this.productType = productType;
        this.productName = productName;
        this.planName = planName;
        this.unitPrice = unitPrice.amount();
        this.quantity = quantity;
        this.amount = amountOf(unitPrice, quantity).amount();
        this.currency = unitPrice.currency();
        this.paymentReference = paymentReference;
        this.requirementForm = OrderJsonText.form(requirementForm);
        this.requirementBeforeStart = requirementBeforeStart;
        this.delivery = delivery;
        this.createdAt = at;
        this.updatedAt = at;
        if (productType == ProductType.OPS_SERVICE) {
            this.status = OrderStatus.PENDING_START;
        } else {
            this.status = OrderStatus.COMPLETED;
            this.completedAt = at;
            this.confirmedAt = at;
        }
        step(at, customerAccountId, OrderAction.CREATED);
    }

    public static Money amountOf(Money unitPrice, int quantity) {
        return new Money(unitPrice.amount().multiply(BigDecimal.valueOf(quantity)), unitPrice.currency());
    }

    /** The customer fills in (or fills in again) the requirement form, until the provider starts. */
    public void submitRequirement(long customer, Map<String, String> fields, Instant at) {
        OrderStatus next = status.after(OrderAction.REQUIREMENT_SUBMITTED);
        Map<String, String> valid = RequirementRules.validated(requirementForm(), fields);
        this.requirement = OrderJsonText.fields(valid);
        this.requirementSubmittedAt = at;
        move(next, at, customer, OrderAction.REQUIREMENT_SUBMITTED);
    }

    /** The provider starts work; a product that needs the requirement first cannot start without it. */
    public void start(long provider, Instant at) {
        OrderStatus next = status.after(OrderAction.STARTED);
        if (requirementBeforeStart && requirement == null) {
            throw new ConflictException("error.orderRequirementFirst");
        }
        this.startedAt = at;
        move(next, at, provider, OrderAction.STARTED);
    }

    /** The provider marks the work done; the customer has until {@code autoConfirmAfter} to confirm. */
    public void complete(long provider, Instant at, Duration autoConfirmAfter) {
        OrderStatus next = status.after(OrderAction.COMPLETED);
        this.completedAt = at;
        this.autoConfirmAt = at.plus(autoConfirmAfter);
        move(next, at, provider, OrderAction.COMPLETED);
    }

    /** The provider reminds the customer to confirm, at most once per {@code interval}. */
    public void remind(long provider, Instant at, Duration interval) {
        OrderStatus next = status.after(OrderAction.REMINDED);
        Instant allowed = remindableAt(interval);
        if (at.isBefore(allowed)) {
            throw new TooManyRequestsException(Duration.between(at, allowed).toSeconds() + 1, "error.orderRemindedRecently",
                    interval.toHours());
        }
        this.lastRemindedAt = at;
        move(next, at, provider, OrderAction.REMINDED);
    }

    public void confirm(long customer, Instant at) {
        OrderStatus next = status.after(OrderAction.CONFIRMED);
        this.confirmedAt = at;
        move(next, at, customer, OrderAction.CONFIRMED);
    }

    /** The platform confirms for a customer who did not by {@link #autoConfirmAt()}. */
    public void autoConfirm(Instant at) {
        OrderStatus next = status.after(OrderAction.AUTO_CONFIRMED);
        if (autoConfirmAt == null || at.isBefore(autoConfirmAt)) {
            throw new ConflictException("error.orderNotDueForAutoConfirm");
        }
        this.confirmedAt = at;
        move(next, at, OrderStep.PLATFORM, OrderAction.AUTO_CONFIRMED);
    }

    /** When the provider may remind next; null while the order is not awaiting the customer's confirmation. */
    public Instant remindableAt(Duration interval) {
        if (status != OrderStatus.AWAITING_CONFIRMATION) {
            return null;
        }
        return lastRemindedAt == null ? completedAt : lastRemindedAt.plus(interval);
    }

    private void move(OrderStatus next, Instant at, long actor, OrderAction action) {
        this.status = next;
        this.updatedAt = at;
        step(at, actor, action);
    }

    private void step(Instant at, long actor, OrderAction action) {
        timeline.add(new OrderStep(this, at, actor, action, status));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String orderNo() {
        return orderNo;
    }

    public long customerAccountId() {
        return customerAccountId;
    }

    public String customerName() {
        return customerName;
    }

    public long providerAccountId() {
        return providerAccountId;
    }

    public String providerName() {
        return providerName;
    }

    public long productId() {
        return productId;
    }

    public ProductType productType() {
        return productType;
    }

    public String productName() {
        return productName;
    }

    public String planName() {
        return planName;
    }

    public Money unitPrice() {
        return new Money(unitPrice, currency);
    }

    public int quantity() {
        return quantity;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public String paymentReference() {
        return paymentReference;
    }

    public OrderStatus status() {
        return status;
    }

    public List<FormField> requirementForm() {
        return OrderJsonText.form(requirementForm);
    }

    public boolean requirementBeforeStart() {
        return requirementBeforeStart;
    }

    /** The submitted requirement, or null before the customer submitted one. */
    public Map<String, String> requirement() {
        return OrderJsonText.fields(requirement);
    }

    public Instant requirementSubmittedAt() {
        return requirementSubmittedAt;
    }

    public String delivery() {
        return delivery;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the latest step of the timeline happened (every step sets it), without loading the timeline. */
    public Instant lastStepAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant autoConfirmAt() {
        return autoConfirmAt;
    }

    public Instant lastRemindedAt() {
        return lastRemindedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public List<OrderStep> timeline() {
        return Collections.unmodifiableList(timeline);
    }
}
