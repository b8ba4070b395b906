package com.cloudmarket.marketplace.product.domain;

import com.cloudmarket.marketplace.shared.audit.FieldChange;
import com.cloudmarket.marketplace.shared.domain.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The field-level difference an operator reviews between the live content and a revision. Plans are matched by name
 * (orders name the plan), so a price change reads {@code plans.<name>.price} and a new or dropped plan reads
 * {@code plans}; the type's own terms read {@code ops.*}, {@code software.*}, {@code image.*}.
 */
public final class ProductDiff {

    private ProductDiff() {
    }

    /** {@code live} is null for a product never approved: every filled field of the revision is a change. */
    public static List<FieldChange> between(ProductContent live, ProductContent revision) {
        Map<String, String> before = live == null ? Map.of() : scalars(live);
        Map<String, String> after = scalars(revision);
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(new FieldChange(field, before.get(field), value));
            }
        });
        Map<String, Money> oldPlans = live == null ? Map.of() : plans(live);
        Map<String, Money> newPlans = plans(revision);
        oldPlans.forEach((name, price) -> {
            if (!newPlans.containsKey(name)) {
                changes.add(new FieldChange("plans", plan(name, price), null));
            }
        });
        newPlans.forEach((name, price) -> {
            Money old = oldPlans.get(name);
            if (old == null) {
                changes.add(new FieldChange("plans", null, plan(name, price)));
            } else if (!old.equals(price)) {
                changes.add(new FieldChange("plans." + name + ".price", old.toString(), price.toString()));
            }
        });
        return changes;
    }

    private static Map<String, String> scalars(ProductContent c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", c.name());
        f.put("summary", c.summary());
        f.put("description", c.description());
        f.put("category", c.category());
        if (c.serviceContact() != null) {
            f.put("serviceContact.name", c.serviceContact().name());
            f.put("serviceContact.phone", c.serviceContact().phone());
            f.put("serviceContact.email", c.serviceContact().email());
        }
        if (c.ops() != null) {
            f.put("ops.requirementForm", c.ops().requirementForm().stream().map(ProductDiff::formField)
                    .collect(Collectors.joining("; ")));
            f.put("ops.requirementBeforeStart", String.valueOf(c.ops().requirementBeforeStart()));
            f.put("ops.deliveryDays", String.valueOf(c.ops().deliveryDays()));
            f.put("ops.warrantyDays", String.valueOf(c.ops().warrantyDays()));
        }
        if (c.software() != null) {
            f.put("software.version", c.software().version());
            f.put("software.licenseType", c.software().licenseType());
        }
        if (c.image() != null) {
            f.put("image.os", c.image().os());
            f.put("image.architecture", c.image().architecture());
            f.put("image.imageReference", c.image().imageReference());
        }
        return f;
    }

    private static Map<String, Money> plans(ProductContent c) {
        Map<String, Money> plans = new LinkedHashMap<>();
        c.plans().forEach(p -> plans.put(p.name(), p.price()));
        return plans;
    }

    private static String plan(String name, Money price) {
        return name + ": " + price;
    }

    /** One line per form field, readable in the review page: {@code name "label" TYPE required [a|b]}. */
    private static String formField(ProductContent.FormField f) {
        return f.name() + " \"" + f.label() + "\" " + f.type() + (f.required() ? " required" : " optional")
                + (f.options().isEmpty() ? "" : " [" + String.join("|", f.options()) + "]");
    }
}
