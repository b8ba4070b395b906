package com.cloudmarket.marketplace.order.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.domain.OrderAction;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.Outbox;
import com.cloudmarket.marketplace.shared.domain.DomainEvent;
import com.cloudmarket.marketplace.shared.domain.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;

/**
 * Writes each order step's event to the outbox in the step's transaction, naming whom it concerns: the provider for
 * what the customer did, the customer for what the provider did, both for the platform's auto-confirmation.
 */
@ApplicationScoped
public class OrderEvents {

    static final String AGGREGATE = "Order";

    @Inject
    private Outbox outbox;

    @Inject
    private AccountService accounts;

    public void created(Order order, AccountView customer) {
        append(EventType.ORDER_CREATED, order, order.lastStepAt(), recipient(order, "PROVIDER"));
    }

    public void stepped(Order order, OrderAction action) {
        Instant at = order.lastStepAt();
        switch (action) {
            case REQUIREMENT_SUBMITTED -> append(EventType.REQUIREMENT_SUBMITTED, order, at, recipient(order, "PROVIDER"));
            case STARTED -> append(EventType.ORDER_STARTED, order, at, recipient(order, "CUSTOMER"));
            case COMPLETED -> append(EventType.ORDER_COMPLETED, order, at, recipient(order, "CUSTOMER"));
            case REMINDED -> append(EventType.ORDER_REMINDED, order, at, recipient(order, "CUSTOMER"));
            case CONFIRMED -> append(EventType.ORDER_CONFIRMED, order, at, recipient(order, "PROVIDER"));
            case AUTO_CONFIRMED -> append(EventType.ORDER_AUTO_CONFIRMED, order, at, recipient(order, "CUSTOMER"),
                    recipient(order, "PROVIDER"));
            case CREATED -> throw new IllegalArgumentException("a creation is announced by created()");
        }
    }

    private JsonObjectBuilder recipient(Order order, String side) {
        long accountId = "PROVIDER".equals(side) ? order.providerAccountId() : order.customerAccountId();
        AccountView account = accounts.find(accountId);
        return JsonFactory.createObjectBuilder()
                .add("accountId", accountId)
                .add("side", side)
                .add("displayName", "PROVIDER".equals(side) ? order.providerName() : order.customerName())
                .add("mobile", account.mobile() == null ? "" : account.mobile())
                .add("language", account.language());
    }

    private void append(EventType type, Order order, Instant at, JsonObjectBuilder... recipients) {
        JsonArrayBuilder to = JsonFactory.createArrayBuilder();
        for (JsonObjectBuilder r : recipients) {
            to.add(r);
        }
        outbox.append(DomainEvent.of(type, at, AGGREGATE, order.orderNo(), JsonFactory.createObjectBuilder()
                .add("orderNo", order.orderNo())
                .add("status", order.status().name())
                .add("productId", order.productId())
                .add("productName", order.productName())
                .add("plan", order.planName())
                .add("customerAccountId", order.customerAccountId())
                .add("providerAccountId", order.providerAccountId())
                .add("autoConfirmAt", order.autoConfirmAt() == null ? "" : order.autoConfirmAt().toString())
                .add("recipients", to)
                .build()));
    }
}
