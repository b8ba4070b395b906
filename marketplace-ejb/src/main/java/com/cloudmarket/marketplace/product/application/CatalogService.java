package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductStatus;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.product.infrastructure.Products;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The storefront, open to anyone: on-sale products only, always their live content, never a revision in review. */
@Stateless
public class CatalogService {

    @Inject
    private Products products;

    @Inject
    private Providers providers;

    /** On-sale products, newest first, optionally of one type and matching {@code q} in the name; paged in the database. */
    public Page<CatalogItem> catalog(String type, String q, PageRequest page) {
        List<FieldError> errors = new ArrayList<>();
        ProductType wanted = ProductService.optionalType(type, errors);
        String query = ProductService.query(q, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Product> fetched = products.onSalePage(wanted, query, page.beforeId(), page.fetchSize());
        // one query for the page's providers, not one per product
        Map<Long, Provider> byAccount = providers.byAccounts(fetched.stream().map(Product::providerAccountId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Provider::accountId, Function.identity()));
        List<CatalogItem> items = fetched.stream().map(p -> {
            ProductContent live = p.live();
            ProviderCard card = card(p.providerAccountId(), byAccount.get(p.providerAccountId()));
            return new CatalogItem(p.id(), p.type().name(), live.name(), live.summary(), live.category(), live.fromPrice(),
                    p.providerAccountId(), card.companyName());
        }).toList();
        return page.page(items, CatalogItem::productId);
    }

    /** The product page; a product that is not on sale (never approved, delisted) does not exist for customers. */
    public CatalogProduct product(long productId) {
        Product product = products.byId(productId);
        if (product.status() != ProductStatus.ON_SALE) {
            throw new NotFoundException("error.productNotFound");
        }
        return new CatalogProduct(product.id(), product.type().name(), product.live(),
                card(product.providerAccountId(), providers.byAccount(product.providerAccountId()).orElse(null)));
    }

    /**
     * The product a customer is buying, with its live content: unknown → 404, known but not on sale (never approved,
     * delisted) → 409, as api.md says for a purchase.
     */
    public CatalogProduct forPurchase(long productId) {
        Product product = products.byId(productId);
        if (product.status() != ProductStatus.ON_SALE) {
            throw new ConflictException("error.productNotForSale");
        }
        return new CatalogProduct(product.id(), product.type().name(), product.live(),
                card(product.providerAccountId(), providers.byAccount(product.providerAccountId()).orElse(null)));
    }

    private static ProviderCard card(long accountId, Provider provider) {
        ProfileContent live = provider == null ? null : provider.liveProfile();
        if (live == null) {
            return new ProviderCard(accountId, null, null, null, null, null);
        }
        return new ProviderCard(accountId, live.company().name(), live.customerService().hotline(),
                live.customerService().email(), live.customerService().hours(), live.customerService().channel());
    }
}
