package com.cloudmarket.marketplace.api.order;

import com.cloudmarket.marketplace.api.shared.PageJson;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.JsonInput;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.order.application.OrderFilter;
import com.cloudmarket.marketplace.order.application.OrderSummary;
import com.cloudmarket.marketplace.order.application.OrderView;
import com.cloudmarket.marketplace.order.application.PlacedOrder;
import com.cloudmarket.marketplace.order.application.PurchaseRequest;
import com.cloudmarket.marketplace.order.application.RequirementField;
import com.cloudmarket.marketplace.order.application.TimelineEntry;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders as api.md writes them. Input is read member by member from JSON-P, so a wrong JSON type is a 400 on that
 * field, never a 500; unknown members are ignored.
 */
final class OrderJson {

    private OrderJson() {
    }

    static PurchaseRequest purchase(JsonValue value) {
        JsonObject body = object(value);
        List<FieldError> errors = new ArrayList<>();
        Long productId = null;
        JsonValue id = body.get("productId");
        if (!isNull(id)) {
            if (id instanceof JsonNumber n && n.isIntegral()) {
                try {
                    productId = n.longValueExact();
                } catch (ArithmeticException tooLarge) {
                    errors.add(new FieldError("productId", "positive"));
                }
            } else {
                errors.add(new FieldError("productId", "integer"));
            }
        }
        String plan = JsonInput.text(body, "plan", "plan", errors);
        Integer quantity = null;
        JsonValue q = body.get("quantity");
        if (!isNull(q)) {
            if (q instanceof JsonNumber n && n.isIntegral()) {
                // an absurd quantity (beyond int) is out of range, not an overflow
                quantity = n.bigIntegerValue().bitLength() < 31 ? n.intValue() : Integer.MAX_VALUE;
            } else {
                errors.add(new FieldError("quantity", "integer"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PurchaseRequest(productId, plan, quantity);
    }

    /**
     * {@code {"fields": {"name": "value", ...}}}; numbers and booleans are taken as their text. Null without fields:
     * the service says so once it has found the order.
     */
    static Map<String, String> requirement(JsonValue value) {
        JsonObject body = object(value);
        JsonValue fields = body.get("fields");
        if (isNull(fields)) {
            return null;
        }
        if (!(fields instanceof JsonObject object)) {
            throw InvalidInputException.of("fields", "object");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> result = new LinkedHashMap<>();
        object.forEach((name, v) -> {
            if (isNull(v)) {
                return;
            }
            switch (v.getValueType()) {
                case STRING -> result.put(name, ((JsonString) v).getString());
                case NUMBER, TRUE, FALSE -> result.put(name, v.toString());
                default -> errors.add(new FieldError("fields." + name, "text"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    static OrderFilter filter(String status, String productId, String from, String to, String q) {
        List<FieldError> errors = new ArrayList<>();
        Long product = null;
        if (productId != null && !productId.isBlank()) {
            try {
                product = Long.valueOf(productId.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("productId", "number"));
            }
        }
        OffsetDateTime fromTime = time("from", from, errors);
        OffsetDateTime toTime = time("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new OrderFilter(status, product, fromTime, toTime, q);
    }

    private static OffsetDateTime time(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "dateTime"));
            return null;
        }
    }

    static JsonObject placed(PlacedOrder p) {
        return JsonFactory.createObjectBuilder().add("orderNo", p.orderNo()).add("status", p.status())
                .add("amount", money(p.amount())).build();
    }

    static JsonObject order(OrderView o) {
        JsonObjectBuilder b = JsonFactory.createObjectBuilder()
                .add("orderNo", o.orderNo())
                .add("status", o.status())
                .add("providerStatusLabel", o.providerStatusLabel())
                .add("customerStatusLabel", o.customerStatusLabel())
                .add("productType", o.productType())
                .add("productId", o.productId())
                .add("productName", o.productName())
                .add("plan", o.plan())
                .add("unitPrice", money(o.unitPrice()))
                .add("quantity", o.quantity())
                .add("amount", money(o.amount()))
                .add("customerAccountId", o.customerAccountId())
                .add("customerName", o.customerName())
                .add("providerAccountId", o.providerAccountId())
                .add("providerName", o.providerName());
        JsonArrayBuilder form = JsonFactory.createArrayBuilder();
        for (RequirementField f : o.requirementForm()) {
            JsonArrayBuilder options = JsonFactory.createArrayBuilder();
            f.options().forEach(options::add);
            form.add(JsonFactory.createObjectBuilder().add("name", f.name()).add("label", f.label()).add("type", f.type())
                    .add("required", f.required()).add("options", options));
        }
        b.add("requirementForm", form).add("requirementBeforeStart", o.requirementBeforeStart());
        if (o.requirement() == null) {
            b.addNull("requirement");
        } else {
            JsonObjectBuilder fields = JsonFactory.createObjectBuilder();
            o.requirement().forEach(fields::add);
            b.add("requirement", fields);
        }
        time(b, "requirementSubmittedAt", o.requirementSubmittedAt());
        text(b, "delivery", o.delivery());
        time(b, "createdAt", o.createdAt());
        time(b, "autoConfirmAt", o.autoConfirmAt());
        time(b, "remindableAt", o.remindableAt());
        JsonArrayBuilder timeline = JsonFactory.createArrayBuilder();
        for (TimelineEntry t : o.timeline()) {
            JsonObjectBuilder entry = JsonFactory.createObjectBuilder();
            time(entry, "at", t.at());
            timeline.add(entry.add("actor", t.actorAccountId()).add("action", t.action()).add("status", t.status()));
        }
        return b.add("timeline", timeline).add("version", o.version()).build();
    }

    static StreamingOutput list(Page<OrderSummary> page) {
        return PageJson.of(page, (json, o) -> {
            json.write("orderNo", o.orderNo())
                    .write("status", o.status())
                    .write("statusLabel", o.statusLabel())
                    .write("productId", o.productId())
                    .write("productName", o.productName())
                    .write("plan", o.plan())
                    .write("quantity", o.quantity());
            PageJson.money(json, "amount", o.amount());
            PageJson.time(json, "createdAt", o.createdAt());
            PageJson.time(json, "autoConfirmAt", o.autoConfirmAt());
            json.write("counterpartName", o.counterpartName());
        });
    }

    private static JsonObject money(Money m) {
        return JsonFactory.createObjectBuilder().add("amount", m.amount().toPlainString()).add("currency", m.currency()).build();
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void time(JsonObjectBuilder o, String name, OffsetDateTime value) {
        text(o, name, value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    private static JsonObject object(JsonValue value) {
        return JsonInput.body(value);
    }

    private static boolean isNull(JsonValue value) {
        return JsonInput.isNull(value);
    }
}
