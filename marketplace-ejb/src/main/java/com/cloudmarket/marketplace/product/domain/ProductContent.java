package com.cloudmarket.marketplace.product.domain;

import com.cloudmarket.marketplace.shared.domain.Money;

import java.io.Serializable;
import java.util.List;

/**
 * What a product shows customers, as one validated value: what is live and what a revision proposes. Exactly one of
 * {@code ops}, {@code software}, {@code image} is set, the one of {@code type}. Built by
 * {@code product.application.ProductRules}, stored by {@link ProductContentJson}.
 */
public record ProductContent(ProductType type, String name, String summary, String description, String category,
                             List<Plan> plans, ServiceContact serviceContact, OpsServiceTerms ops, SoftwareTerms software,
                             ImageTerms image) implements Serializable {

    public ProductContent {
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /** What a customer buys; identified by its name within the product (orders name the plan). */
    public record Plan(String name, Money price) implements Serializable {
    }

    public record ServiceContact(String name, String phone, String email) implements Serializable {
    }

    /** The requirement form the customer fills, whether it is needed before work starts, and the service periods. */
    public record OpsServiceTerms(List<FormField> requirementForm, boolean requirementBeforeStart, int deliveryDays,
                                  int warrantyDays) implements Serializable {

        public OpsServiceTerms {
            requirementForm = requirementForm == null ? List.of() : List.copyOf(requirementForm);
        }
    }

    /** One field of an ops service's requirement form; {@code options} only for SELECT. */
    public record FormField(String name, String label, String type, boolean required, List<String> options)
            implements Serializable {

        public FormField {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    public record SoftwareTerms(String version, String licenseType) implements Serializable {
    }

    public record ImageTerms(String os, String architecture, String imageReference) implements Serializable {
    }

    /** The cheapest plan's price: what the storefront shows as "from". */
    public Money fromPrice() {
        return plans.stream().map(Plan::price).min((a, b) -> a.amount().compareTo(b.amount())).orElse(null);
    }
}
