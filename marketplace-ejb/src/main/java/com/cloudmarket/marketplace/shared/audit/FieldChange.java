package com.cloudmarket.marketplace.shared.audit;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;

/** One field that differs between two versions of something; {@code field} is a JSON path such as {@code company.name}. */
@JsonbNillable
public record FieldChange(String field, String before, String after) implements Serializable {
}
