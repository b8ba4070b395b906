package com.cloudmarket.marketplace.migration.domain;

import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The broken rules of a whole file, each under {@code line N: field}. A file of a million bad lines must not answer a
 * million errors: the first {@code limit} are kept, the rest only counted.
 */
public final class LineErrors {

    private final int limit;
    private final List<FieldError> kept = new ArrayList<>();
    private long total;

    public LineErrors(int limit) {
        this.limit = limit;
    }

    public void add(long line, FieldError error) {
        total++;
        if (kept.size() < limit) {
            String field = error.field() == null || error.field().isEmpty() ? "" : ": " + error.field();
            kept.add(new FieldError("line " + line + field, error.code(), error.arguments()));
        }
    }

    public void add(long line, String field, String code, Object... arguments) {
        add(line, new FieldError(field, code, arguments));
    }

    public void addAll(long line, List<FieldError> errors) {
        errors.forEach(e -> add(line, e));
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public long count() {
        return total;
    }

    /** The 400 the file answers: the kept errors, and how many more there were. */
    public InvalidInputException exception() {
        List<FieldError> errors = new ArrayList<>(kept);
        if (total > kept.size()) {
            errors.add(new FieldError("file", "importMoreErrors", total - kept.size()));
        }
        return new InvalidInputException(errors);
    }
}
