package com.cloudmarket.marketplace.api.product;

import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.JsonInput;
import com.cloudmarket.marketplace.api.shared.EntityTags;
import com.cloudmarket.marketplace.api.shared.PageJson;
import com.cloudmarket.marketplace.product.application.CatalogItem;
import com.cloudmarket.marketplace.product.application.CatalogProduct;
import com.cloudmarket.marketplace.product.application.ProductDraft;
import com.cloudmarket.marketplace.product.application.ProductDraftJson;
import com.cloudmarket.marketplace.product.application.ProductRevisionView;
import com.cloudmarket.marketplace.product.application.ProductView;
import com.cloudmarket.marketplace.product.application.ProviderCard;
import com.cloudmarket.marketplace.product.domain.ProductContentJson;
import com.cloudmarket.marketplace.shared.application.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A product as api.md writes it, in both directions: the type's own fields at the top level beside the common ones
 * (on input and in {@code live} and {@code pendingRevision} on output). Input is read member by member from JSON-P,
 * so a wrong JSON type is a 400 on that field, reported together with the rule errors, never a 500.
 */
final class ProductJson {

    private ProductJson() {
    }

    /** A product with its version as the ETag. */
    static Response ok(ProductView product) {
        return Response.ok(product(product)).tag(EntityTags.of(product.version())).build();
    }

    static JsonObject product(ProductView p) {
        JsonObjectBuilder o = JsonFactory.createObjectBuilder()
                .add("productId", p.productId())
                .add("type", p.type())
                .add("status", p.status())
                .add("version", p.version());
        if (p.live() == null) {
            o.addNull("live");
        } else {
            o.add("live", ProductContentJson.toJson(p.live()));
        }
        if (p.pendingRevision() == null) {
            o.addNull("pendingRevision");
        } else {
            o.add("pendingRevision", revision(p.pendingRevision()));
        }
        time(o, "createdAt", p.createdAt());
        time(o, "updatedAt", p.updatedAt());
        return o.build();
    }

    private static JsonObject revision(ProductRevisionView r) {
        JsonObjectBuilder o = JsonFactory.createObjectBuilder()
                .add("revisionId", r.revisionId())
                .add("reviewStatus", r.reviewStatus());
        if (r.reviewId() == null) {
            o.addNull("reviewId");
        } else {
            o.add("reviewId", r.reviewId());
        }
        time(o, "submittedAt", r.submittedAt());
        time(o, "dueAt", r.dueAt());
        time(o, "decidedAt", r.decidedAt());
        if (r.reason() == null) {
            o.addNull("reason");
        } else {
            o.add("reason", r.reason());
        }
        ProductContentJson.toJson(r.content()).forEach(o::add);
        return o.build();
    }

    static StreamingOutput catalogPage(Page<CatalogItem> page) {
        return PageJson.of(page, (json, item) -> {
            json.write("productId", item.productId()).write("type", item.type()).write("name", item.name());
            PageJson.text(json, "summary", item.summary());
            PageJson.text(json, "category", item.category());
            PageJson.money(json, "fromPrice", item.fromPrice());
            json.write("providerAccountId", item.providerAccountId());
            PageJson.text(json, "providerName", item.providerName());
        });
    }

    static JsonObject catalogProduct(CatalogProduct p) {
        JsonObjectBuilder o = JsonFactory.createObjectBuilder().add("productId", p.productId());
        ProductContentJson.toJson(p.content()).forEach(o::add);
        ProviderCard c = p.provider();
        JsonObjectBuilder provider = JsonFactory.createObjectBuilder().add("accountId", c.accountId());
        text(provider, "companyName", c.companyName());
        text(provider, "hotline", c.hotline());
        text(provider, "email", c.email());
        text(provider, "hours", c.hours());
        text(provider, "channel", c.channel());
        return o.add("provider", provider).build();
    }

    /** The body as a draft; members of the wrong JSON type are reported beside the rules' own errors. */
    static ProductDraft draft(JsonValue value) {
        return ProductDraftJson.draft(JsonInput.body(value));
    }

    private static void time(JsonObjectBuilder o, String name, OffsetDateTime value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
