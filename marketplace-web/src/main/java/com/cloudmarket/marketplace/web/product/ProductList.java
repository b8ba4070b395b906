package com.cloudmarket.marketplace.web.product;

import com.cloudmarket.marketplace.product.application.ProductFilter;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.application.ProductSummary;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.KeysetLazyDataModel;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The provider's products: a table paged in the database with keyset cursors (first / previous / next, "page X of Y"
 * from the service's count), filtered by status, type and a search text. The filter is in the address
 * ({@code ?status=ON_SALE&type=IMAGE&q=mysql}), so each list can be bookmarked and reloaded.
 */
@Named
@ViewScoped
public class ProductList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;
    static final int QUERY_MAX = 60;
    static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "REJECTED", "ON_SALE", "DELISTED");

    @EJB
    private ProductService products;

    @Inject
    private CurrentAccount currentAccount;

    private String status;
    private String type;
    private String q;
    private long accountId;
    private ProductFilter filter;
    private KeysetLazyDataModel<ProductSummary> model;

    public void load() {
        String parsedStatus = code(status, STATUSES);
        String parsedType = code(type, ProductForm.TYPES);
        if (parsedStatus == null && status != null && !status.isBlank()
                || parsedType == null && type != null && !type.isBlank()) {
            FacesFeedback.error(null, FacesFeedback.text(FacesContext.getCurrentInstance(), "products.filterInvalid"));
        }
        status = parsedStatus;
        type = parsedType;
        q = query(q);
        accountId = currentAccount.getAccountId();
        filter = new ProductFilter(status, type, q);
        model = new KeysetLazyDataModel<>(new Rows(this), summary -> String.valueOf(summary.productId()));
    }

    /** One of {@code allowed} (any case), or null for blank and anything else. */
    static String code(String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return allowed.contains(upper) ? upper : null;
    }

    /** The search text trimmed and cut to a sensible length; blank means no search. */
    static String query(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() > QUERY_MAX ? text.substring(0, QUERY_MAX) : text;
    }

    /** Reloads the page with the chosen filter in its address. */
    public String filter() {
        return "/provider/products.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** What the table reads: this provider's products through the bean's service reference. */
    private static final class Rows implements KeysetLazyDataModel.Source<ProductSummary> {

        private static final long serialVersionUID = 1L;
        private final ProductList list;

        Rows(ProductList list) {
            this.list = list;
        }

        @Override
        public Page<ProductSummary> page(String cursor, int limit) {
            return list.products.products(list.accountId, list.filter, PageRequest.of(cursor, limit));
        }

        @Override
        public int count(String cursor, int cap) {
            return list.products.count(list.accountId, list.filter, cursor, cap);
        }
    }

    public boolean isFiltered() {
        return status != null || type != null || q != null;
    }

    public KeysetLazyDataModel<ProductSummary> getModel() {
        return model;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public List<String> getTypes() {
        return ProductForm.TYPES;
    }

    public String severity(String productStatus) {
        return ProductLabels.severity(productStatus);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
