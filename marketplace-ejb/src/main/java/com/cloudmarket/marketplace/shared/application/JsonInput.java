package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * Reads request bodies member by member from JSON-P, so a member of the wrong JSON type is a 400 on that field (with
 * every other broken field), never a 500 of a binding; members nobody asks for are ignored, as api.md says.
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** The body as an object: a missing body or one that is not an object is a 400 on {@code body}. */
    public static JsonObject body(JsonValue value) {
        if (isNull(value)) {
            throw InvalidInputException.of("body", "required");
        }
        if (!(value instanceof JsonObject body)) {
            throw InvalidInputException.of("body", "object");
        }
        return body;
    }

    public static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    /** A text member, null when absent; another type adds a {@code text} error under {@code path}. */
    public static String text(JsonObject o, String name, String path, List<FieldError> errors) {
        JsonValue value = o.get(name);
        if (isNull(value)) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(path, "text"));
        return null;
    }

    /** An array member, null when absent; another type adds an {@code array} error under {@code path}. */
    public static JsonArray array(JsonObject o, String name, String path, List<FieldError> errors) {
        JsonValue value = o.get(name);
        if (isNull(value)) {
            return null;
        }
        if (value instanceof JsonArray a) {
            return a;
        }
        errors.add(new FieldError(path, "array"));
        return null;
    }

    /** A member that is an object, null when absent; another type adds an {@code object} error under {@code path}. */
    public static JsonObject object(JsonValue value, String path, List<FieldError> errors) {
        if (isNull(value)) {
            return null;
        }
        if (value instanceof JsonObject o) {
            return o;
        }
        errors.add(new FieldError(path, "object"));
        return null;
    }

    /** A true/false member, null when absent; another type adds a {@code boolean} error under {@code path}. */
    public static Boolean bool(JsonObject o, String name, String path, List<FieldError> errors) {
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

    /** A whole-number member within int, null when absent; anything else adds an error under {@code path}. */
    public static Integer integer(JsonObject o, String name, String path, List<FieldError> errors) {
        JsonValue value = o.get(name);
        if (isNull(value)) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException tooLarge) {
                errors.add(new FieldError(path, "range", Integer.MIN_VALUE, Integer.MAX_VALUE));
                return null;
            }
        }
        errors.add(new FieldError(path, "integer"));
        return null;
    }
}
