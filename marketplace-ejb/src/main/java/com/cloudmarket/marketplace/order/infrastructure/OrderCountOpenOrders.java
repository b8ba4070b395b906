package com.cloudmarket.marketplace.order.infrastructure;

import com.cloudmarket.marketplace.product.application.OpenOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The product context's question "how many orders of this product are still open", answered from the orders: those
 * not COMPLETED. Native SQL on purpose, so a deployment of the product context needs only this class, not the order
 * entities.
 */
@ApplicationScoped
public class OrderCountOpenOrders implements OpenOrders {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Override
    public long openOrders(long productId) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM customer_order WHERE product_id = ? AND status <> ?")
                .setParameter(1, productId).setParameter(2, "COMPLETED").getSingleResult();
        return ((Number) count).longValue();
    }
}
