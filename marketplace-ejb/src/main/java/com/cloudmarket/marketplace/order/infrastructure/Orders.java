package com.cloudmarket.marketplace.order.infrastructure;

import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.domain.OrderStatus;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.infrastructure.NewestFirst;
import com.cloudmarket.marketplace.shared.infrastructure.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds orders: one by its number (with its timeline in the same query, or row-locked for a transition), and the
 * keyset-paged lists of either party, filtered in the database on the indexed columns of V7__orders.sql.
 */
@ApplicationScoped
public class Orders {

    /** Which party's orders a list shows: the column that names the caller, and the prefix of its lists' indexes. */
    public enum Side {
        PROVIDER("provider_account_id", "ix_order_provider"), CUSTOMER("customer_account_id", "ix_order_customer");

        private final String column;
        private final String indexes;

        Side(String column, String indexes) {
            this.column = column;
            this.indexes = indexes;
        }
    }

    /** What a list filters on, already validated. */
    public record Criteria(OrderStatus status, Long productId, Instant from, Instant to, String q) {
    }

    private static final UtcInstantConverter TIMES = new UtcInstantConverter();

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
     * amount, currency, createdAt, autoConfirmAt, customerName, providerName. Native SQL with the page size in its
     * LIMIT: EclipseLink prepares a JPQL query again whenever its maximum of rows is set (its cached copy has none),
     * 5 % of a list request's CPU (JFR).
     */
    public List<Object[]> page(Side side, long accountId, Criteria criteria, Long beforeId, int fetchSize) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id, order_no, status, product_id, product_name, plan_name, quantity, "
                + "amount, currency, created_at, auto_confirm_at, customer_name, provider_name")
                .append(NewestFirst.from(em, "customer_order", listIndex(side, criteria)));
        where(sql, parameters, side, accountId, criteria, beforeId);
        sql.append(criteria.status() != null ? NewestFirst.orderBy(em, "id", side.column, "status")
                : criteria.productId() != null ? NewestFirst.orderBy(em, "id", side.column, "product_id")
                : NewestFirst.orderBy(em, "id", side.column));
        sql.append(" LIMIT ").append(fetchSize);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, parameters).getResultList();
        for (Object[] row : rows) {
            row[0] = ((Number) row[0]).longValue();
            row[2] = OrderStatus.valueOf((String) row[2]);
            row[3] = ((Number) row[3]).longValue();
            row[6] = ((Number) row[6]).intValue();
            row[9] = TIMES.convertToEntityAttribute(row[9]);
            row[10] = TIMES.convertToEntityAttribute(row[10]);
        }
        return rows;
    }

    /**
     * How many matching orders lie before {@code beforeId} (null: all), counted up to {@code cap}: reads at most
     * {@code cap} index entries, where a COUNT would read every matching order of a long history.
     */
    public int count(Side side, long accountId, Criteria criteria, Long beforeId, int cap) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id").append(NewestFirst.from(em, "customer_order",
                listIndex(side, criteria)));
        where(sql, parameters, side, accountId, criteria, beforeId);
        sql.append(" LIMIT ").append(cap);
        return query(sql, parameters).getResultList().size();
    }

    /** Orders awaiting confirmation whose auto-confirm time has come, oldest due first. */
    public List<Long> dueForAutoConfirm(Instant now, int limit) {
        return em.createQuery("SELECT o.id FROM CustomerOrder o WHERE o.status = :awaiting AND o.autoConfirmAt <= :now "
                        + "ORDER BY o.autoConfirmAt", Long.class)
                .setParameter("awaiting", OrderStatus.AWAITING_CONFIRMATION).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The V11 index that holds a list's equality filters, then id: the side's, with status or product. None when the
     * list also filters on time or number, or on both status and product: the optimizer weighs those.
     */
    private static String listIndex(Side side, Criteria c) {
        if (c.from() != null || c.to() != null || c.q() != null || c.status() != null && c.productId() != null) {
            return null;
        }
        return side.indexes + (c.status() != null ? "_status" : c.productId() != null ? "_product" : "");
    }

    private static void where(StringBuilder sql, List<Object> parameters, Side side, long accountId, Criteria c,
                              Long beforeId) {
        sql.append(" WHERE ").append(side.column).append(" = ?");
        parameters.add(accountId);
        if (c.status() != null) {
            sql.append(" AND status = ?");
            parameters.add(c.status().name());
        }
        if (c.productId() != null) {
            sql.append(" AND product_id = ?");
            parameters.add(c.productId());
        }
        if (c.from() != null) {
            sql.append(" AND created_at >= ?");
            parameters.add(TIMES.convertToDatabaseColumn(c.from()));
        }
        if (c.to() != null) {
            sql.append(" AND created_at < ?");
            parameters.add(TIMES.convertToDatabaseColumn(c.to()));
        }
        if (c.q() != null) {
            // order numbers are digits only (checked before), so a prefix LIKE needs no escaping and uses the unique index
            sql.append(" AND order_no LIKE ?");
            parameters.add(c.q() + "%");
        }
        if (beforeId != null) {
            sql.append(" AND id < ?");
            parameters.add(beforeId);
        }
    }

    private Query query(StringBuilder sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
