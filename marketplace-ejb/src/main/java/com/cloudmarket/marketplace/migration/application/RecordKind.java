package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.migration.domain.LineErrors;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import jakarta.json.JsonObject;

import java.util.List;

/**
 * One kind of import file: the rules of one line, how a chunk of lines is judged against the database (references,
 * records imported before), and how the chunk's rows are stored. {@link ImportService} runs any kind the same way.
 */
interface RecordKind<T, R> {

    /** A line's record with its source key. */
    record Numbered<T>(long line, T record) {
    }

    /** The rows a chunk stores, and how many of its records an earlier import had stored. */
    record Resolved<R>(List<R> rows, int skipped) {
    }

    ImportKind kind();

    /** The line's record, or null with every broken rule in {@code errors} (fields as paths within the line). */
    T parse(JsonObject line, List<FieldError> errors);

    String key(T record);

    /** Judges a chunk against the database; what it refers to and cannot find is an error of its line. */
    Resolved<R> resolve(List<Numbered<T>> chunk, LineErrors errors);

    /** Stores a chunk's rows in one transaction. */
    void write(List<R> rows);
}
