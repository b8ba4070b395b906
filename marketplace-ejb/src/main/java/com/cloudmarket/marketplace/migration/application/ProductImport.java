package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.migration.domain.LineErrors;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore.TableRows;
import com.cloudmarket.marketplace.product.application.ProductDraftJson;
import com.cloudmarket.marketplace.product.application.ProductRules;
import com.cloudmarket.marketplace.product.domain.NameSearch;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductContentJson;
import com.cloudmarket.marketplace.product.domain.ProductStatus;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontGeneration;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Products that were on sale (or delisted) in the source marketplace, with their live content as a product body of the
 * API (the same rules, the description sanitised the same way), owned by a provider account named by its login. They
 * arrive decided, with no revision and no review: the source marketplace reviewed them.
 */
final class ProductImport implements RecordKind<ProductImport.Line, ProductImport.Row> {

    record Line(String externalId, String provider, ProductStatus status, ProductContent content, Instant createdAt,
                Instant delistedAt) {
    }

    record Row(Line line, long providerAccountId) {
    }

    private static final Set<ProductStatus> IMPORTABLE = Set.of(ProductStatus.ON_SALE, ProductStatus.DELISTED);

    private final ImportStore store;
    private final Instant now;

    ProductImport(ImportStore store, Instant now) {
        this.store = store;
        this.now = now;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PRODUCT;
    }

    @Override
    public Line parse(JsonObject o, List<FieldError> errors) {
        String externalId = Lines.key(o, "externalId", errors);
        String provider = Lines.login(o, "provider", errors);
        String statusText = Lines.text(o, "status", 20, false, errors);
        ProductStatus status = ProductStatus.ON_SALE;
        if (statusText != null) {
            status = IMPORTABLE.stream().filter(s -> s.name().equals(statusText)).findFirst().orElse(null);
            if (status == null) {
                errors.add(new FieldError("status", "importProductStatus"));
            }
        }
        Instant createdAt = Lines.time(o, "createdAt", now, false, errors);
        Instant delistedAt = Lines.time(o, "delistedAt", now, false, errors);
        if (delistedAt != null && status == ProductStatus.ON_SALE) {
            errors.add(new FieldError("delistedAt", "importNotYet", status.name()));
        }
        ProductContent content = null;
        try {
            content = ProductRules.validated(ProductDraftJson.draft(o));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Instant created = createdAt == null ? now : createdAt;
        return new Line(externalId, provider, status, content, created,
                status == ProductStatus.DELISTED ? (delistedAt == null ? created : delistedAt) : null);
    }

    @Override
    public String key(Line line) {
        return line.externalId();
    }

    @Override
    public Resolved<Row> resolve(List<Numbered<Line>> chunk, LineErrors errors) {
        Set<String> imported = store.importedKeys(kind(), chunk.stream().map(n -> n.record().externalId()).toList());
        Map<String, ImportStore.AccountRef> providers = store.accounts(
                chunk.stream().map(n -> n.record().provider()).distinct().toList());
        List<Row> rows = new ArrayList<>();
        int skipped = 0;
        for (Numbered<Line> n : chunk) {
            ImportStore.AccountRef provider = providers.get(n.record().provider());
            if (imported.contains(n.record().externalId())) {
                skipped++;
            } else if (provider == null || !provider.roles().contains("PROVIDER")) {
                errors.add(n.line(), "provider", "importUnknownProvider");
            } else {
                rows.add(new Row(n.record(), provider.id()));
            }
        }
        return new Resolved<>(rows, skipped);
    }

    @Override
    public void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long first = store.reserveIds("product", rows.size());
        List<Object[]> products = new ArrayList<>();
        List<Object[]> grams = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Line l = rows.get(i).line();
            ProductContent c = l.content();
            Instant updated = l.delistedAt() != null ? l.delistedAt() : l.createdAt();
            String nameSearch = NameSearch.text(c.name());
            products.add(new Object[]{first + i, rows.get(i).providerAccountId(), c.type().name(), l.status().name(),
                    ProductContentJson.text(c), c.name(), nameSearch, c.summary(), c.category(),
                    c.fromPrice() == null ? null : c.fromPrice().amount(), l.createdAt(), updated, l.delistedAt()});
            for (String gram : NameSearch.grams(nameSearch)) {
                grams.add(new Object[]{first + i, gram});
            }
            keys.add(new Object[]{kind().name(), l.externalId(), first + i, now});
        }
        store.insert(List.of(new TableRows("INSERT INTO product (id, version, provider_account_id, type, status, "
                + "live_content, name, name_search, summary, category, from_price, created_at, updated_at, delisted_at) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", products),
                new TableRows("INSERT INTO product_name_gram (product_id, gram) VALUES (?, ?)", grams),
                ImportService.keys(keys),
                new TableRows(StorefrontGeneration.ADVANCE, List.<Object[]>of(new Object[0]))));
    }
}
