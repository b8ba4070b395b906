package com.cloudmarket.marketplace.order.infrastructure;

import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.domain.OrderStatus;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.infrastructure.NewestFirst;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Finds orders: one by its number (with its timeline in the same query, or row-locked for a transition), and the
 * keyset-paged lists of either party, filtered in the database on the indexed columns of V7__orders.sql.
 */
@ApplicationScoped
public class Orders {

    /** Which party's orders a list shows: the column that names the caller. */
    public enum Side {
        PROVIDER("providerAccountId"), CUSTOMER("customerAccountId");

        private final String attribute;

        Side(String attribute) {
            this.attribute = attribute;
        }
    }

    /** What a list filters on, already validated. */
    public record Criteria(OrderStatus status, Long productId, Instant from, Instant to, String q) {
    }

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    /** The order with its timeline, one query; unknown → 404. */
    public Order withTimeline(String orderNo) {
        List<Order> found = em.createQuery("SELECT o FROM CustomerOrder o LEFT JOIN FETCH o.timeline "
                + "WHERE o.orderNo = :no", Order.class).setParameter("no", orderNo).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("error.orderNotFound");
        }
        return found.get(0);
    }

    /**
     * The order row-locked until the transaction ends, so concurrent transitions of one order queue up: the second
     * sees the first's result and is refused by the state machine, not lost.
     */
    public Order forUpdate(String orderNo) {
        List<Order> found = em.createNamedQuery("Order.byNumberForUpdate", Order.class)
                .setParameter("no", orderNo).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("error.orderNotFound");
        }
        return found.get(0);
    }

    /** The orders row-locked in one statement, in no particular order; ids no longer there are left out. */
    public List<Order> forUpdate(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Order.byIdsForUpdate", Order.class).setParameter("ids", ids).getResultList();
    }

    public Order byId(long id) {
        Order order = em.find(Order.class, id);
        if (order == null) {
            throw new NotFoundException("error.orderNotFound");
        }
        return order;
    }

    public boolean numberTaken(String orderNo) {
        return em.createQuery("SELECT COUNT(o) FROM CustomerOrder o WHERE o.orderNo = :no", Long.class)
                .setParameter("no", orderNo).getSingleResult() > 0;
    }

    /**
     * A page of one party's orders, newest first: id, orderNo, status, productId, productName, planName, quantity,
     * amount, currency, createdAt, autoConfirmAt, customerName, providerName.
     */
    public List<Object[]> page(Side side, long accountId, Criteria criteria, Long beforeId, int fetchSize) {
        StringBuilder jpql = new StringBuilder("SELECT o.id, o.orderNo, o.status, o.productId, o.productName, o.planName, "
                + "o.quantity, o.amount, o.currency, o.createdAt, o.autoConfirmAt, o.customerName, o.providerName "
                + "FROM CustomerOrder o WHERE o." + side.attribute + " = :account");
        filters(jpql, criteria, beforeId);
        jpql.append(newestFirst(side, criteria));
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("account", accountId);
        bind(query, criteria, beforeId);
        return query.setMaxResults(fetchSize).getResultList();
    }

    private String newestFirst(Side side, Criteria criteria) {
        String owner = "o." + side.attribute;
        return criteria.status() != null ? NewestFirst.orderBy(em, "o.id", owner, "o.status")
                : criteria.productId() != null ? NewestFirst.orderBy(em, "o.id", owner, "o.productId")
                : NewestFirst.orderBy(em, "o.id", owner);
    }

    /**
     * How many matching orders lie before {@code beforeId} (null: all), counted up to {@code cap}: reads at most
     * {@code cap} index entries, where a COUNT would read every matching order of a long history.
     */
    public int count(Side side, long accountId, Criteria criteria, Long beforeId, int cap) {
        StringBuilder jpql = new StringBuilder("SELECT o.id FROM CustomerOrder o WHERE o." + side.attribute
                + " = :account");
        filters(jpql, criteria, beforeId);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class).setParameter("account", accountId);
        bind(query, criteria, beforeId);
        return query.setMaxResults(cap).getResultList().size();
    }

    /** Orders awaiting confirmation whose auto-confirm time has come, oldest due first. */
    public List<Long> dueForAutoConfirm(Instant now, int limit) {
        return em.createQuery("SELECT o.id FROM CustomerOrder o WHERE o.status = :awaiting AND o.autoConfirmAt <= :now "
                        + "ORDER BY o.autoConfirmAt", Long.class)
                .setParameter("awaiting", OrderStatus.AWAITING_CONFIRMATION).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    private static void filters(StringBuilder jpql, Criteria c, Long beforeId) {
        if (c.status() != null) {
            jpql.append(" AND o.status = :status");
        }
        if (c.productId() != null) {
            jpql.append(" AND o.productId = :product");
        }
        if (c.from() != null) {
            jpql.append(" AND o.createdAt >= :from");
        }
        if (c.to() != null) {
            jpql.append(" AND o.createdAt < :to");
        }
        if (c.q() != null) {
            // order numbers are digits only (checked before), so a prefix LIKE needs no escaping and uses the unique index
            jpql.append(" AND o.orderNo LIKE :q");
        }
        if (beforeId != null) {
            jpql.append(" AND o.id < :before");
        }
    }

    private static void bind(TypedQuery<?> query, Criteria c, Long beforeId) {
        if (c.status() != null) {
            query.setParameter("status", c.status());
        }
        if (c.productId() != null) {
            query.setParameter("product", c.productId());
        }
        if (c.from() != null) {
            query.setParameter("from", c.from());
        }
        if (c.to() != null) {
            query.setParameter("to", c.to());
        }
        if (c.q() != null) {
            query.setParameter("q", c.q() + "%");
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
    }
}
