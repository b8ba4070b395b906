package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.RequirementField;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requirement form of an order as inputs: one row per field of the product's template, in its order, pre-filled
 * with what the customer submitted before. {@link #values()} is what goes to the service: trimmed, blanks left out (the
 * service says which required field is missing), only the template's fields.
 */
public final class RequirementInputs implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Element ids of the inputs: {@code requirement-<fieldName>}. */
    public static final String ID_PREFIX = "requirement-";
    /** How the service names a requirement field in a refusal: its place in the API's body. */
    static final String FIELD_PATH = "fields.";

    /** One field and what is typed in it; a page binds its input to {@link #getValue()}. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String name;
        private final String label;
        private final String type;
        private final boolean required;
        private final List<String> options;
        private String value;

        Row(RequirementField field, String value) {
            this.name = field.name();
            this.label = field.label();
            this.type = field.type() == null ? "TEXT" : field.type();
            this.required = field.required();
            this.options = field.options() == null ? List.of() : List.copyOf(field.options());
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        public String getType() {
            return type;
        }

        public boolean isRequired() {
            return required;
        }

        public List<String> getOptions() {
            return options;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getInputId() {
            return ID_PREFIX + name;
        }
    }

    private final List<Row> rows;

    private RequirementInputs(List<Row> rows) {
        this.rows = rows;
    }

    /** The template's fields with the submitted answers (none yet: empty inputs). */
    public static RequirementInputs of(List<RequirementField> form, Map<String, String> submitted) {
        List<Row> rows = new ArrayList<>();
        if (form != null) {
            for (RequirementField field : form) {
                rows.add(new Row(field, submitted == null ? null : submitted.get(field.name())));
            }
        }
        return new RequirementInputs(List.copyOf(rows));
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The answers for the service, in the template's order: trimmed, blanks left out. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.value != null && !row.value.isBlank()) {
                values.put(row.name, row.value.strip());
            }
        }
        return values;
    }

    /**
     * Field → client id of its input, for the service's per-field refusals, which name a requirement field as in the
     * API's body ({@code fields.serverIp}) or by itself ({@code serverIp}).
     */
    public Map<String, String> clientIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Row row : rows) {
            ids.put(row.name, row.getInputId());
            ids.put(FIELD_PATH + row.name, row.getInputId());
        }
        return ids;
    }
}
