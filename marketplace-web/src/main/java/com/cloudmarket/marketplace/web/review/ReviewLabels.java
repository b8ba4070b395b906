package com.cloudmarket.marketplace.web.review;

import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.ShanghaiTimeConverter;
import jakarta.faces.context.FacesContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Console texts for what the review and audit services return as codes: field paths, statuses, subjects, audit
 * actions. A code the bundle does not know is shown as it is rather than failing the page, so a field added to the
 * profile shows up before its label does.
 */
final class ReviewLabels {

    /** What an empty value looks like in a change table: a blank cell would read as "not loaded". */
    static final String EMPTY = "—";
    /** Audit fields whose values are review statuses, shown with the status texts. */
    private static final String STATUS_FIELD = "status";
    /** Audit fields whose values are instants (ISO-8601, UTC), shown in Beijing time like every other time. */
    private static final String SIGNED_AT_FIELD = "agreementSignedAt";
    /** A product's plan is named by its name in a change's path: {@code plans.<name>.price}. */
    private static final Pattern PLAN_PRICE = Pattern.compile("plans\\.(.+)\\.price");
    /** Product fields whose values are codes, with the prefix of their texts. */
    private static final Map<String, String> PRODUCT_CODES = Map.of(
            "ops.requirementBeforeStart", "product.boolean.",
            "software.licenseType", "product.licenseType.",
            "image.architecture", "product.architecture.");

    private final ResourceBundle bundle;

    ReviewLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ReviewLabels of(FacesContext context) {
        return new ReviewLabels(context.getApplication().getResourceBundle(context, FacesFeedback.BUNDLE_VAR));
    }

    /**
     * A profile field by its label ({@code profile.field.<path>}), a product field by {@code product.field.<path>} (a
     * plan's price names the plan), another audited field by {@code audit.field.<name>}.
     */
    String field(String field) {
        if (field == null) {
            return EMPTY;
        }
        String profile = text("profile.field." + field);
        if (profile != null) {
            return profile;
        }
        String product = text("product.field." + field);
        if (product != null) {
            return product;
        }
        Matcher plan = PLAN_PRICE.matcher(field);
        if (plan.matches() && bundle.containsKey("product.field.planPrice")) {
            return new MessageFormat(bundle.getString("product.field.planPrice"), bundle.getLocale())
                    .format(new Object[] {plan.group(1)});
        }
        String audited = text("audit.field." + field);
        return audited != null ? audited : field;
    }

    /** A before or after value: a dash when empty, status codes by their texts, instants in Beijing time. */
    String value(String field, String value) {
        if (value == null || value.isBlank()) {
            return EMPTY;
        }
        if (STATUS_FIELD.equals(field)) {
            // a review's status, or a product's (a delisting records ON_SALE → DELISTED)
            String review = text("review.status." + value);
            return review != null ? review : orCode("product.status.", value);
        }
        String codes = PRODUCT_CODES.get(field);
        if (codes != null) {
            return orCode(codes, value);
        }
        if (SIGNED_AT_FIELD.equals(field)) {
            try {
                return ShanghaiTimeConverter.format(Instant.parse(value).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    String status(String status) {
        return orCode("review.status.", status);
    }

    String subject(String subject) {
        return orCode("review.subject.", subject);
    }

    String action(String action) {
        return orCode("audit.action.", action);
    }

    /** Open onboarding items ({@code AGREEMENT}, {@code DEPOSIT}) as one text, e.g. "签署服务商协议、缴纳保证金". */
    String onboardingItems(List<String> items) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        String separator = bundle.containsKey("review.onboarding.separator") ? bundle.getString("review.onboarding.separator") : ", ";
        return items.stream().map(item -> orCode("review.onboarding.missing.", item)).collect(Collectors.joining(separator));
    }

    private String orCode(String prefix, String code) {
        if (code == null) {
            return EMPTY;
        }
        String text = text(prefix + code);
        return text != null ? text : code;
    }

    private String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
