package com.cloudmarket.marketplace.order.application;

import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.domain.OrderAction;
import com.cloudmarket.marketplace.order.domain.OrderStatus;
import com.cloudmarket.marketplace.order.infrastructure.Orders;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Confirms, for the customer, orders left unconfirmed past their auto-confirm time. Each order is claimed by locking
 * its row and checking it is still due, so a customer confirming at that moment, another server's scan or a second
 * tick never confirm it twice; the step and the {@code ORDER_AUTO_CONFIRMED} event commit with it.
 */
@Stateless
public class AutoConfirmation {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Orders orders;

    @Inject
    private OrderEvents events;

    @Inject
    private Clock clock;

    /** Confirms up to {@code limit} due orders, oldest due first, in one transaction; returns how many it confirmed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int confirmNextBatch(int limit) {
        Instant now = clock.instant();
        List<Long> due = orders.dueForAutoConfirm(now, limit);
        int confirmed = 0;
        for (Long id : due) {
            Order order = orders.forUpdate(id);
            if (order == null || order.status() != OrderStatus.AWAITING_CONFIRMATION || order.autoConfirmAt() == null
                    || now.isBefore(order.autoConfirmAt())) {
                continue; // confirmed meanwhile by the customer or another scan
            }
            order.autoConfirm(now);
            em.flush();
            events.stepped(order, OrderAction.AUTO_CONFIRMED);
            confirmed++;
        }
        return confirmed;
    }
}
