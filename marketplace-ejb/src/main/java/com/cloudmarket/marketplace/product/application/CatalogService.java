package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.domain.ProductStatus;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.product.infrastructure.Products;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontGeneration;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The storefront, open to anyone: on-sale products only, always their live content, never a revision in review. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogService {

    @Inject
    private Products products;

    @Inject
    private Providers providers;

    @Inject
    private StorefrontGeneration generation;

    @Inject
    private StorefrontPages pages;

    /**
     * On-sale products, newest first, optionally of one type and matching {@code q} in the name; paged in the database
     * and held for the storefront's generation. Never in a caller's transaction: a page read there could hold a change
     * that is rolled back, and be kept for the generation that change had taken.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Page<CatalogItem> catalog(String type, String q, PageRequest page) {
        List<FieldError> errors = new ArrayList<>();
        ProductType wanted = ProductService.optionalType(type, errors);
        String query = ProductService.query(q, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StorefrontPages.Search search = new StorefrontPages.Search(wanted, query, page.beforeId(), page.limit());
        long readAt = generation.current(); // before the page: the page is then at least as new as its generation
        Page<CatalogItem> held = pages.find(readAt, search);
        if (held != null) {
            return held;
        }
        Page<CatalogItem> read = read(wanted, query, page);
        pages.keep(readAt, search, read);
        return read;
    }

    private Page<CatalogItem> read(ProductType wanted, String query, PageRequest page) {
        List<CatalogItem> items = products.storefrontPage(wanted, query, page.beforeId(), page.fetchSize()).stream()
                .map(r -> new CatalogItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], r[5] == null ? null : Money.cny((BigDecimal) r[5]), ((Number) r[6]).longValue(),
                        (String) r[7]))
                .toList();
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
