package com.cloudmarket.marketplace.order.application;

import java.io.Serializable;

/** What a customer buys: a plan (by name) of a product, and how many (1–999). Null members are reported as 400. */
public record PurchaseRequest(Long productId, String plan, Integer quantity) implements Serializable {
}
