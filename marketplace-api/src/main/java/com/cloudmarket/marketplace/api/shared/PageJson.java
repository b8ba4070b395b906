package com.cloudmarket.marketplace.api.shared;

import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.domain.Money;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;

/**
 * A page of a list ({@code {"items": [...], "nextCursor": ...}}) written straight to the response. Building it as a
 * {@code JsonObject} first (a map per item) and writing that was 10 % of an order list's first page (JFR), JSON-B
 * 12 %. Absent values are written as null, as JSON-B does for the API.
 */
public final class PageJson {

    private PageJson() {
    }

    /** {@code item} writes one item's members between its braces. */
    public static <T> StreamingOutput of(Page<T> page, BiConsumer<JsonGenerator, T> item) {
        return out -> {
            try (JsonGenerator json = JsonFactory.createGenerator(out)) {
                json.writeStartObject().writeStartArray("items");
                for (T t : page.items()) {
                    json.writeStartObject();
                    item.accept(json, t);
                    json.writeEnd();
                }
                json.writeEnd();
                text(json, "nextCursor", page.nextCursor());
                json.writeEnd();
            }
        };
    }

    public static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    public static void time(JsonGenerator json, String name, OffsetDateTime value) {
        text(json, name, value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    /** As {@code Money} reads in the API: the amount a decimal string. */
    public static void money(JsonGenerator json, String name, Money money) {
        if (money == null) {
            json.writeNull(name);
        } else {
            json.writeStartObject(name).write("amount", money.amount().toPlainString())
                    .write("currency", money.currency()).writeEnd();
        }
    }
}
