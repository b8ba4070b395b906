package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;

/** What a delisting would leave running: orders already placed continue after the product leaves the storefront. */
public record DelistImpact(long productId, long openOrders) implements Serializable {
}
