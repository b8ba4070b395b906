package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.application.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Storefront search pages held in memory for the storefront's current generation ({@code StorefrontGeneration}): a
 * popular word is searched in the database once per change of the storefront, not once per customer. A page is only
 * ever answered for the generation it was read at, so a delisted product is gone from the next search after the
 * delisting commits, here and on every other server.
 */
@ApplicationScoped
public class StorefrontPages {

    /** About 12 MB of 20-item pages; past it the pages start over, as a change of generation does. */
    static final int MAX_PAGES = 1000;

    record Search(ProductType type, String q, Long beforeId, int limit) {
    }

    private record Held(long generation, Map<Search, Page<CatalogItem>> pages) {
    }

    private final AtomicReference<Held> held = new AtomicReference<>(new Held(-1, new ConcurrentHashMap<>()));

    Page<CatalogItem> find(long generation, Search search) {
        Held current = held.get();
        return current.generation() == generation ? current.pages().get(search) : null;
    }

    void keep(long generation, Search search, Page<CatalogItem> page) {
        Held current = held.updateAndGet(h -> generation > h.generation() ? new Held(generation, new ConcurrentHashMap<>()) : h);
        if (current.generation() != generation) {
            return; // read at a generation that has passed: the page may already be out of date
        }
        if (current.pages().size() >= MAX_PAGES) {
            current.pages().clear();
        }
        current.pages().put(search, page);
    }
}
