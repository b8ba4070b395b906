package com.cloudmarket.marketplace.order.application;

import com.cloudmarket.marketplace.shared.domain.Money;

import java.io.Serializable;

/** The answer to a purchase: the order number, its status (COMPLETED for software and images) and what was paid. */
public record PlacedOrder(String orderNo, String status, Money amount) implements Serializable {
}
