package com.cloudmarket.marketplace.order.application;

import com.cloudmarket.marketplace.shared.domain.Money;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A row of an order list: {@code statusLabel} is the caller's side's; {@code counterpartName} the other party. */
public record OrderSummary(String orderNo, String status, String statusLabel, long productId, String productName,
                           String plan, int quantity, Money amount, OffsetDateTime createdAt,
                           OffsetDateTime autoConfirmAt, String counterpartName) implements Serializable {
}
