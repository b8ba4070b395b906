package com.cloudmarket.marketplace.order.application;

import com.cloudmarket.marketplace.shared.domain.Money;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One order as either party sees it, with both sides' status labels in the reader's language. {@code requirement} is
 * null until submitted; {@code delivery} is set for software and images; {@code autoConfirmAt} once the provider has
 * completed; {@code remindableAt} (when the provider may remind next) only while awaiting the customer's confirmation.
 */
public record OrderView(String orderNo, String status, String providerStatusLabel, String customerStatusLabel,
                        String productType, long productId, String productName, String plan, Money unitPrice,
                        int quantity, Money amount, long customerAccountId, String customerName,
                        long providerAccountId, String providerName, List<RequirementField> requirementForm,
                        boolean requirementBeforeStart, Map<String, String> requirement,
                        OffsetDateTime requirementSubmittedAt, String delivery, OffsetDateTime createdAt,
                        OffsetDateTime autoConfirmAt, OffsetDateTime remindableAt, List<TimelineEntry> timeline,
                        long version) implements Serializable {
}
