package com.cloudmarket.marketplace.api.problem;

import java.util.List;

/** The shape of every error body, for the OpenAPI document; {@link Problems} writes it. */
public record ProblemDocument(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public record FieldProblem(String field, String code, String message) {
    }
}
