package com.cloudmarket.marketplace.product.infrastructure;

import com.cloudmarket.marketplace.product.application.OpenOrders;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Orders do not exist yet, so no product has an open order. The order context will implement {@link OpenOrders} with
 * a count of its own and replace this bean.
 */
@ApplicationScoped
public class NoOpenOrders implements OpenOrders {

    @Override
    public long openOrders(long productId) {
        return 0;
    }
}
