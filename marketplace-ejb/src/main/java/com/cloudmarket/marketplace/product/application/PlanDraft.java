package com.cloudmarket.marketplace.product.application;

import java.io.Serializable;

/** A plan as typed: the amount is text ("199.00") so the rules, not a parser, decide what a valid price is. */
public record PlanDraft(String name, String amount, String currency) implements Serializable {
}
