package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.shared.application.JsonInput;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A product body as api.md writes it (the type's own fields at the top level beside the common ones) read into a
 * {@link ProductDraft} member by member, so a wrong JSON type is a 400 on that field, reported together with the rule
 * errors, never a 500. Shared by the API's product operations and the migration import's product lines.
 */
public final class ProductDraftJson {

    private ProductDraftJson() {
    }

    /** The body as a draft; members of the wrong JSON type are reported beside the rules' own errors. */
    public static ProductDraft draft(JsonObject body) {
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
        return JsonInput.bool(o, name, path, errors);
    }

    private static Integer integer(JsonObject o, String name, List<FieldError> errors) {
        return JsonInput.integer(o, name, name, errors);
    }

    private static JsonArray array(JsonObject o, String name, List<FieldError> errors) {
        return array(o, name, name, errors);
    }

    private static JsonArray array(JsonObject o, String name, String path, List<FieldError> errors) {
        return JsonInput.array(o, name, path, errors);
    }

    private static JsonObject object(JsonValue value, String path, List<FieldError> errors) {
        return JsonInput.object(value, path, errors);
    }
}
