package com.cloudmarket.marketplace.shared.audit;

import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.List;

/**
 * The one stored form of a list of field changes, a JSON array of {@code {field, before, after}} with explicit nulls:
 * the audit trail and decided reviews keep their diffs in it.
 */
public final class FieldChanges {

    private FieldChanges() {
    }

    public static String toJson(List<FieldChange> changes) {
        JsonArrayBuilder array = JsonFactory.createArrayBuilder();
        for (FieldChange change : changes) {
            JsonObjectBuilder o = JsonFactory.createObjectBuilder().add("field", change.field());
            add(o, "before", change.before());
            add(o, "after", change.after());
            array.add(o);
        }
        return array.build().toString();
    }

    public static List<FieldChange> fromJson(String json) {
        try (JsonReader reader = JsonFactory.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new FieldChange(o.getString("field"), text(o, "before"), text(o, "after")))
                    .toList();
        }
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
    }
}
