package com.cloudmarket.marketplace.api.product;

import com.cloudmarket.marketplace.api.shared.JsonInput;
import com.cloudmarket.marketplace.api.shared.EntityTags;
import com.cloudmarket.marketplace.product.application.CatalogProduct;
import com.cloudmarket.marketplace.product.application.FormFieldDraft;
import com.cloudmarket.marketplace.product.application.PlanDraft;
import com.cloudmarket.marketplace.product.application.ProductDraft;
import com.cloudmarket.marketplace.product.application.ProductRevisionView;
import com.cloudmarket.marketplace.product.application.ProductRules;
import com.cloudmarket.marketplace.product.application.ProductView;
import com.cloudmarket.marketplace.product.application.ProviderCard;
import com.cloudmarket.marketplace.product.application.ServiceContactDraft;
import com.cloudmarket.marketplace.product.domain.ProductContentJson;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A product as api.md writes it, in both directions: the type's own fields at the top level beside the common ones
 * (on input and in {@code live} and {@code pendingRevision} on output). Input is read member by member from JSON-P,
 * so a wrong JSON type is a 400 on that field, reported together with the rule errors, never a 500.
 */
final class ProductJson {

    private ProductJson() {
    }

    /** A product with its version as the ETag. */
    static Response ok(ProductView product) {
        return Response.ok(product(product)).tag(EntityTags.of(product.version())).build();
    }

    static JsonObject product(ProductView p) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("productId", p.productId())
                .add("type", p.type())
                .add("status", p.status())
                .add("version", p.version());
        if (p.live() == null) {
            o.addNull("live");
        } else {
            o.add("live", ProductContentJson.toJson(p.live()));
        }
        if (p.pendingRevision() == null) {
            o.addNull("pendingRevision");
        } else {
            o.add("pendingRevision", revision(p.pendingRevision()));
        }
        time(o, "createdAt", p.createdAt());
        time(o, "updatedAt", p.updatedAt());
        return o.build();
    }

    private static JsonObject revision(ProductRevisionView r) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("revisionId", r.revisionId())
                .add("reviewStatus", r.reviewStatus());
        if (r.reviewId() == null) {
            o.addNull("reviewId");
        } else {
            o.add("reviewId", r.reviewId());
        }
        time(o, "submittedAt", r.submittedAt());
        time(o, "dueAt", r.dueAt());
        time(o, "decidedAt", r.decidedAt());
        if (r.reason() == null) {
            o.addNull("reason");
        } else {
            o.add("reason", r.reason());
        }
        ProductContentJson.toJson(r.content()).forEach(o::add);
        return o.build();
    }

    static JsonObject catalogProduct(CatalogProduct p) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("productId", p.productId());
        ProductContentJson.toJson(p.content()).forEach(o::add);
        ProviderCard c = p.provider();
        JsonObjectBuilder provider = Json.createObjectBuilder().add("accountId", c.accountId());
        text(provider, "companyName", c.companyName());
        text(provider, "hotline", c.hotline());
        text(provider, "email", c.email());
        text(provider, "hours", c.hours());
        text(provider, "channel", c.channel());
        return o.add("provider", provider).build();
    }

    /** The body as a draft; members of the wrong JSON type are reported beside the rules' own errors. */
    static ProductDraft draft(JsonValue value) {
        JsonObject body = JsonInput.body(value);
        List<FieldError> errors = new ArrayList<>();
        ProductDraft draft = new ProductDraft(string(body, "type", errors), string(body, "name", errors),
                string(body, "summary", errors), string(body, "description", errors), string(body, "category", errors),
                plans(body, errors), contact(body, errors), form(body, errors),
                bool(body, "requirementBeforeStart", errors), integer(body, "deliveryDays", errors),
                integer(body, "warrantyDays", errors), string(body, "version", errors), string(body, "licenseType", errors),
                string(body, "os", errors), string(body, "architecture", errors), string(body, "imageReference", errors));
        if (!errors.isEmpty()) {
            try {
                ProductRules.validated(draft);
            } catch (InvalidInputException rules) {
                Set<String> reported = new HashSet<>(errors.stream().map(FieldError::field).toList());
                rules.errors().stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
            }
            throw new InvalidInputException(errors);
        }
        return draft;
    }

    private static List<PlanDraft> plans(JsonObject body, List<FieldError> errors) {
        JsonArray array = array(body, "plans", errors);
        if (array == null) {
            return null;
        }
        List<PlanDraft> plans = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "plans[" + i + "]";
            JsonObject plan = object(array.get(i), path, errors);
            if (plan == null) {
                plans.add(null);
                continue;
            }
            JsonObject price = object(plan.get("price"), path + ".price", errors);
            plans.add(new PlanDraft(string(plan, "name", path + ".name", errors),
                    price == null ? null : amount(price, path + ".price.amount", errors),
                    price == null ? null : string(price, "currency", path + ".price.currency", errors)));
        }
        return plans;
    }

    private static ServiceContactDraft contact(JsonObject body, List<FieldError> errors) {
        JsonObject c = object(body.get("serviceContact"), "serviceContact", errors);
        if (c == null) {
            return null;
        }
        return new ServiceContactDraft(string(c, "name", "serviceContact.name", errors),
                string(c, "phone", "serviceContact.phone", errors), string(c, "email", "serviceContact.email", errors));
    }

    private static List<FormFieldDraft> form(JsonObject body, List<FieldError> errors) {
        JsonArray array = array(body, "requirementForm", errors);
        if (array == null) {
            return null;
        }
        List<FormFieldDraft> fields = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "requirementForm[" + i + "]";
            JsonObject f = object(array.get(i), path, errors);
            if (f == null) {
                fields.add(null);
                continue;
            }
            List<String> options = null;
            JsonArray given = array(f, "options", path + ".options", errors);
            if (given != null) {
                options = new ArrayList<>();
                for (int j = 0; j < given.size(); j++) {
                    if (given.get(j) instanceof JsonString s) {
                        options.add(s.getString());
                    } else {
                        errors.add(new FieldError(path + ".options[" + j + "]", "text"));
                    }
                }
            }
            fields.add(new FormFieldDraft(string(f, "name", path + ".name", errors),
                    string(f, "label", path + ".label", errors), string(f, "type", path + ".type", errors),
                    bool(f, "required", path + ".required", errors), options));
        }
        return fields;
    }

    private static String string(JsonObject o, String name, List<FieldError> errors) {
        return string(o, name, name, errors);
    }

    private static String string(JsonObject o, String name, String path, List<FieldError> errors) {
        return JsonInput.text(o, name, path, errors);
    }

    /** A price may come as a string ("199.00", the contract's form) or a number; the rules judge its value. */
    private static String amount(JsonObject price, String path, List<FieldError> errors) {
        JsonValue value = price.get("amount");
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        return string(price, "amount", path, errors);
    }

    private static Boolean bool(JsonObject o, String name, List<FieldError> errors) {
        return bool(o, name, name, errors);
    }

    private static Boolean bool(JsonObject o, String name, String path, List<FieldError> errors) {
        JsonValue value = o.get(name);
        if (isNull(value)) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        errors.add(new FieldError(path, "boolean"));
        return null;
    }

    private static Integer integer(JsonObject o, String name, List<FieldError> errors) {
        JsonValue value = o.get(name);
        if (isNull(value)) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException tooLarge) {
                errors.add(new FieldError(name, "range", Integer.MIN_VALUE, Integer.MAX_VALUE));
                return null;
            }
        }
        errors.add(new FieldError(name, "integer"));
        return null;
    }

    private static JsonArray array(JsonObject o, String name, List<FieldError> errors) {
        return array(o, name, name, errors);
    }

    private static JsonArray array(JsonObject o, String name, String path, List<FieldError> errors) {
        return JsonInput.array(o, name, path, errors);
    }

    private static JsonObject object(JsonValue value, String path, List<FieldError> errors) {
        if (isNull(value)) {
            return null;
        }
        if (value instanceof JsonObject o) {
            return o;
        }
        errors.add(new FieldError(path, "object"));
        return null;
    }

    private static boolean isNull(JsonValue value) {
        return JsonInput.isNull(value);
    }

    private static void time(JsonObjectBuilder o, String name, OffsetDateTime value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
