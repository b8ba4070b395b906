package com.cloudmarket.marketplace.shared.domain;

import java.util.List;

/** One broken field rule; {@code code} names the rule and is resolved as message key {@code validation.<code>}. */
public record FieldError(String field, String code, List<Object> arguments) {

    public FieldError(String field, String code, Object... arguments) {
        this(field, code, List.of(arguments));
    }

    public String messageKey() {
        return "validation." + code;
    }
}
