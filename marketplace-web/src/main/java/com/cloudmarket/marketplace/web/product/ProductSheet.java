package com.cloudmarket.marketplace.web.product;

import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.shared.domain.Money;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A product's content as its page shows it, the same for customers (storefront), its provider (live content and the
 * preview of a revision) and operators (the preview of what they review): plans with their index, the type's facts
 * as label and value keys, the requirement-form fields. Pages read plain getters instead of the domain record, so a
 * renamed accessor fails the build, not a page.
 *
 * @param description sanitised HTML from the service (the only text a page writes unescaped)
 */
public record ProductSheet(String type, String name, String summary, String description, String category,
                           List<PlanLine> plans, ProductContent.ServiceContact serviceContact, List<Fact> facts,
                           List<ProductContent.FormField> requirementForm) implements Serializable {

    /** One plan and where it stands in the list ({@code plan-<index>} on the page). */
    public record PlanLine(int index, String name, Money price) implements Serializable {
    }

    /**
     * One fact of the type (delivery days, licence type, architecture …): {@code labelKey} names it; the value is
     * shown through {@code valueKey} (a text with {@code {0}} for {@code value}, or a text of a code) or as {@code value}.
     */
    public record Fact(String id, String labelKey, String value, String valueKey) implements Serializable {
    }

    public static ProductSheet of(ProductContent content) {
        if (content == null) {
            return null;
        }
        List<PlanLine> plans = new ArrayList<>();
        for (int i = 0; i < content.plans().size(); i++) {
            ProductContent.Plan plan = content.plans().get(i);
            plans.add(new PlanLine(i, plan.name(), plan.price()));
        }
        List<Fact> facts = new ArrayList<>();
        List<ProductContent.FormField> form = List.of();
        if (content.ops() != null) {
            ProductContent.OpsServiceTerms ops = content.ops();
            facts.add(new Fact("fact-delivery-days", "product.field.ops.deliveryDays",
                    String.valueOf(ops.deliveryDays()), "product.days"));
            facts.add(new Fact("fact-warranty-days", "product.field.ops.warrantyDays",
                    String.valueOf(ops.warrantyDays()), "product.days"));
            facts.add(new Fact("fact-requirement-before-start", "product.field.ops.requirementBeforeStart", null,
                    "product.boolean." + ops.requirementBeforeStart()));
            form = ops.requirementForm();
        }
        if (content.software() != null) {
            facts.add(new Fact("fact-version", "product.field.software.version", content.software().version(), null));
            facts.add(new Fact("fact-license-type", "product.field.software.licenseType", null,
                    "product.licenseType." + content.software().licenseType()));
        }
        if (content.image() != null) {
            facts.add(new Fact("fact-os", "product.field.image.os", content.image().os(), null));
            facts.add(new Fact("fact-architecture", "product.field.image.architecture", null,
                    "product.architecture." + content.image().architecture()));
            facts.add(new Fact("fact-image-reference", "product.field.image.imageReference",
                    content.image().imageReference(), null));
        }
        return new ProductSheet(content.type() == null ? null : content.type().name(), content.name(), content.summary(),
                content.description(), content.category(), List.copyOf(plans), content.serviceContact(),
                List.copyOf(facts), form);
    }

    public boolean hasDescription() {
        return description != null && !description.isBlank();
    }

    public boolean hasRequirementForm() {
        return !requirementForm.isEmpty();
    }
}
