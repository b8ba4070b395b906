package com.cloudmarket.marketplace.order.domain;

import com.cloudmarket.marketplace.product.domain.ProductContent.FormField;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How an order stores its requirement-form template and the submitted requirement: JSON text in one column each. */
public final class OrderJsonText {

    private OrderJsonText() {
    }

    public static String form(List<FormField> form) {
        JsonArrayBuilder array = JsonFactory.createArrayBuilder();
        for (FormField f : form) {
            JsonArrayBuilder options = JsonFactory.createArrayBuilder();
            f.options().forEach(options::add);
            array.add(JsonFactory.createObjectBuilder().add("name", f.name()).add("label", f.label()).add("type", f.type())
                    .add("required", f.required()).add("options", options));
        }
        return array.build().toString();
    }

    static List<FormField> form(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        JsonArray array = JsonFactory.createReader(new StringReader(text)).readArray();
        return array.getValuesAs(JsonObject.class).stream().map(o -> new FormField(o.getString("name"),
                o.getString("label"), o.getString("type"), o.getBoolean("required"),
                o.getJsonArray("options").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()))
                .toList();
    }

    public static String fields(Map<String, String> fields) {
        JsonObjectBuilder object = JsonFactory.createObjectBuilder();
        fields.forEach(object::add);
        return object.build().toString();
    }

    static Map<String, String> fields(String text) {
        if (text == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : JsonFactory.createReader(new StringReader(text)).readObject().entrySet()) {
            fields.put(e.getKey(), ((JsonString) e.getValue()).getString());
        }
        return Collections.unmodifiableMap(fields);
    }
}
