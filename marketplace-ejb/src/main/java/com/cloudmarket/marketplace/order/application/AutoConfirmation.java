package com.cloudmarket.marketplace.order.application;

import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.domain.OrderAction;
import com.cloudmarket.marketplace.order.domain.OrderStatus;
import com.cloudmarket.marketplace.order.infrastructure.Orders;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * Confirms, for the customer, orders left unconfirmed past their auto-confirm time. Each order is claimed by locking
 * its row and checking it is still due, so a customer confirming at that moment, another server's scan or a second
 * tick never confirm it twice; the step and the {@code ORDER_AUTO_CONFIRMED} event commit with it.
 */
@Stateless
public class AutoConfirmation {

    @Inject
    private Orders orders;

    @Inject
    private OrderEvents events;

    @Inject
    private Clock clock;

    /**
     * Confirms up to {@code limit} due orders, oldest due first, in one transaction; returns how many it confirmed.
     * The batch is locked in one statement and written at the commit in JDBC batches: a backlog (after an outage, or
     * imported past its time) is confirmed at hundreds a second, not a round trip per order and step.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int confirmNextBatch(int limit) {
        Instant now = clock.instant();
        int confirmed = 0;
        for (Order order : orders.forUpdate(orders.dueForAutoConfirm(now, limit))) {
            if (order.status() != OrderStatus.AWAITING_CONFIRMATION || order.autoConfirmAt() == null
                    || now.isBefore(order.autoConfirmAt())) {
                continue; // confirmed meanwhile by the customer or another scan
            }
            order.autoConfirm(now);
            events.stepped(order, OrderAction.AUTO_CONFIRMED);
            confirmed++;
        }
        return confirmed;
    }
}
