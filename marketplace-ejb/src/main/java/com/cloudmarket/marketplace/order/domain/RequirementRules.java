package com.cloudmarket.marketplace.order.domain;

import com.cloudmarket.marketplace.product.domain.ProductContent.FormField;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A requirement form as the customer filled it, checked against the template snapshotted on the order: required
 * fields present, no field the template does not have, numbers numeric, SELECT values among the options, TEXT at most
 * 200 and TEXTAREA at most 2000 characters. Every broken field is reported at once, as {@code fields.<name>}.
 */
public final class RequirementRules {

    public static final int TEXT_MAX = 200;
    public static final int TEXTAREA_MAX = 2000;
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,18}(\\.\\d{1,6})?");

    private RequirementRules() {
    }

    /** The submitted values in the template's order, blank optional fields left out; or 400 with every broken field. */
    public static Map<String, String> validated(List<FormField> template, Map<String, String> fields) {
        Map<String, String> given = fields == null ? Map.of() : fields;
        List<FieldError> errors = new ArrayList<>();
        Map<String, FormField> byName = new LinkedHashMap<>();
        template.forEach(f -> byName.put(f.name(), f));
        given.keySet().stream().filter(name -> !byName.containsKey(name)).sorted()
                .forEach(name -> errors.add(new FieldError(path(name), "unknownField")));
        Map<String, String> valid = new LinkedHashMap<>();
        for (FormField field : template) {
            String raw = given.get(field.name());
            String value = raw == null ? null : raw.strip();
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    errors.add(new FieldError(path(field.name()), "required"));
                }
                continue;
            }
            String code = check(field, value);
            if (code != null) {
                errors.add(switch (code) {
                    case "maxLength" -> new FieldError(path(field.name()), code,
                            "TEXTAREA".equals(field.type()) ? TEXTAREA_MAX : TEXT_MAX);
                    case "option" -> new FieldError(path(field.name()), code, String.join(", ", field.options()));
                    default -> new FieldError(path(field.name()), code);
                });
                continue;
            }
            valid.put(field.name(), value);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return valid;
    }

    private static String check(FormField field, String value) {
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return "controlCharacters";
        }
        return switch (field.type()) {
            case "NUMBER" -> NUMBER.matcher(value).matches() ? null : "number";
            case "SELECT" -> field.options().contains(value) ? null : "option";
            case "TEXTAREA" -> value.length() > TEXTAREA_MAX ? "maxLength" : null;
            default -> value.length() > TEXT_MAX ? "maxLength" : null;
        };
    }

    private static String path(String name) {
        return "fields." + name;
    }
}
