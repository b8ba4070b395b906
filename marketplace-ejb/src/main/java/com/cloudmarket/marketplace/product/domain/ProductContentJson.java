package com.cloudmarket.marketplace.product.domain;

import com.cloudmarket.marketplace.shared.domain.Money;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one JSON form of a product's content, as api.md writes a product body: the type's own fields sit at the top level
 * beside the common ones. Stored in {@code product.live_content} and {@code product_revision.content}, and what the API
 * shows, so the stored and the published form cannot drift apart.
 */
public final class ProductContentJson {

    private ProductContentJson() {
    }

    public static String text(ProductContent content) {
        return content == null ? null : toJson(content).toString();
    }

    public static ProductContent parse(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = JsonFactory.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        }
    }

    public static JsonObject toJson(ProductContent c) {
        JsonObjectBuilder o = JsonFactory.createObjectBuilder().add("type", c.type().name());
        add(o, "name", c.name());
        add(o, "summary", c.summary());
        add(o, "description", c.description());
        add(o, "category", c.category());
        JsonArrayBuilder plans = JsonFactory.createArrayBuilder();
        for (ProductContent.Plan plan : c.plans()) {
            plans.add(JsonFactory.createObjectBuilder().add("name", plan.name()).add("price", money(plan.price())));
        }
        o.add("plans", plans);
        if (c.serviceContact() != null) {
            JsonObjectBuilder contact = JsonFactory.createObjectBuilder();
            add(contact, "name", c.serviceContact().name());
            add(contact, "phone", c.serviceContact().phone());
            add(contact, "email", c.serviceContact().email());
            o.add("serviceContact", contact);
        }
        if (c.ops() != null) {
            JsonArrayBuilder form = JsonFactory.createArrayBuilder();
            for (ProductContent.FormField f : c.ops().requirementForm()) {
                JsonArrayBuilder options = JsonFactory.createArrayBuilder();
                f.options().forEach(options::add);
                form.add(JsonFactory.createObjectBuilder().add("name", f.name()).add("label", f.label()).add("type", f.type())
                        .add("required", f.required()).add("options", options));
            }
            o.add("requirementForm", form)
                    .add("requirementBeforeStart", c.ops().requirementBeforeStart())
                    .add("deliveryDays", c.ops().deliveryDays())
                    .add("warrantyDays", c.ops().warrantyDays());
        }
        if (c.software() != null) {
            add(o, "version", c.software().version());
            add(o, "licenseType", c.software().licenseType());
        }
        if (c.image() != null) {
            add(o, "os", c.image().os());
            add(o, "architecture", c.image().architecture());
            add(o, "imageReference", c.image().imageReference());
        }
        return o.build();
    }

    public static JsonObject money(Money money) {
        return JsonFactory.createObjectBuilder().add("amount", money.amount().toPlainString()).add("currency", money.currency())
                .build();
    }

    public static ProductContent fromJson(JsonObject o) {
        ProductType type = ProductType.valueOf(o.getString("type"));
        List<ProductContent.Plan> plans = o.getJsonArray("plans").getValuesAs(JsonObject.class).stream()
                .map(p -> new ProductContent.Plan(p.getString("name"), new Money(
                        new BigDecimal(p.getJsonObject("price").getString("amount")),
                        p.getJsonObject("price").getString("currency"))))
                .toList();
        JsonObject contact = o.getJsonObject("serviceContact");
        ProductContent.ServiceContact serviceContact = contact == null ? null
                : new ProductContent.ServiceContact(text(contact, "name"), text(contact, "phone"), text(contact, "email"));
        ProductContent.OpsServiceTerms ops = null;
        ProductContent.SoftwareTerms software = null;
        ProductContent.ImageTerms image = null;
        switch (type) {
            case OPS_SERVICE -> ops = new ProductContent.OpsServiceTerms(
                    o.getJsonArray("requirementForm").getValuesAs(JsonObject.class).stream()
                            .map(f -> new ProductContent.FormField(f.getString("name"), f.getString("label"),
                                    f.getString("type"), f.getBoolean("required"),
                                    f.getJsonArray("options").getValuesAs(JsonString.class).stream()
                                            .map(JsonString::getString).toList()))
                            .toList(),
                    o.getBoolean("requirementBeforeStart"), o.getInt("deliveryDays"), o.getInt("warrantyDays"));
            case SOFTWARE_SERVICE -> software = new ProductContent.SoftwareTerms(text(o, "version"), text(o, "licenseType"));
            case IMAGE -> image = new ProductContent.ImageTerms(text(o, "os"), text(o, "architecture"),
                    text(o, "imageReference"));
        }
        return new ProductContent(type, text(o, "name"), text(o, "summary"), text(o, "description"), text(o, "category"),
                plans, serviceContact, ops, software, image);
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
