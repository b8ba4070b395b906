package com.cloudmarket.marketplace.web.storefront;

import com.cloudmarket.marketplace.product.application.CatalogItem;
import com.cloudmarket.marketplace.product.application.CatalogService;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.product.ProductForm;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The storefront anyone may open: on-sale products, newest first, searched by text and filtered by type, grown with
 * "more". The search is in the address ({@code ?q=mysql&type=IMAGE}), so a result can be linked to.
 */
@Named
@ViewScoped
public class Catalog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 12;
    static final int QUERY_MAX = 60;

    @EJB
    private CatalogService catalog;

    @Inject
    private LocaleSelection localeSelection;

    private String q;
    private String type;
    private final LoadMoreList<CatalogItem> items = new LoadMoreList<>();

    public void load() {
        type = type(type);
        q = query(q);
        try {
            items.restart(this::page);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    /** A product type (any case); anything else shows every type. */
    static String type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return ProductForm.TYPES.contains(upper) ? upper : null;
    }

    static String query(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() > QUERY_MAX ? text.substring(0, QUERY_MAX) : text;
    }

    /** Reloads the page with the search in its address. */
    public String search() {
        return "/catalog.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public void more() {
        try {
            items.more(this::page);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    private Page<CatalogItem> page(String cursor) {
        return catalog.catalog(type, q, PageRequest.of(cursor, PAGE_SIZE));
    }

    public List<CatalogItem> getItems() {
        return items.getItems();
    }

    public boolean isMoreAvailable() {
        return items.isMoreAvailable();
    }

    public boolean isSearched() {
        return q != null || type != null;
    }

    public List<String> getTypes() {
        return ProductForm.TYPES;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
