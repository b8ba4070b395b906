package com.cloudmarket.marketplace.shared.domain;

import java.util.List;

/** Input broke one or more field rules; every broken field is reported at once so a form can show them together. */
public class InvalidInputException extends MarketplaceException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.invalidInput");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, code, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
