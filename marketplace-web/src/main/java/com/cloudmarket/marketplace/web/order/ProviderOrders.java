package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderFilter;
import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.application.OrderSummary;
import com.cloudmarket.marketplace.product.application.ProductFilter;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.application.ProductSummary;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.KeysetLazyDataModel;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The provider's orders ({@code /provider/orders.xhtml}): a table paged in the database with keyset cursors, filtered
 * by status, product, a range of days (Asia/Shanghai) and the order number; the filter is in the address. The CSV
 * export streams the same filtered list ({@link OrderExportServlet}).
 */
@Named
@ViewScoped
public class ProviderOrders implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;
    static final int PRODUCT_CHOICES = 100;

    @EJB
    private OrderService orders;

    @EJB
    private ProductService products;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String status;
    private String product;
    private LocalDate from;
    private LocalDate to;
    private String q;
    private long accountId;
    private OrderQuery query;
    private List<ProductSummary> productChoices = List.of();
    private KeysetLazyDataModel<OrderSummary> model;
    private boolean invalid;

    /** The service's filter fields → the inputs of the filter bar. */
    static final Map<String, String> FILTER_INPUTS = Map.of("status", "orders-status", "productId", "orders-product",
            "from", "orders-from", "to", "orders-to", "q", "orders-q");

    public void load() {
        query = new OrderQuery(OrderQuery.status(status), OrderQuery.id(product), from, to, OrderQuery.query(q));
        status = query.status();
        product = query.productId() == null ? null : String.valueOf(query.productId());
        q = query.q();
        accountId = currentAccount.getAccountId();
        productChoices = new ArrayList<>(products.products(accountId, ProductFilter.none(),
                PageRequest.first(PRODUCT_CHOICES)).items());
        invalid = false;
        try {
            orders.checkFilter(accountId, query.filter());
        } catch (InvalidInputException e) {
            // a search that is not an order number, a range that ends before it starts: say so, list nothing
            FacesFeedback.invalidInput(e, FILTER_INPUTS, locale());
            invalid = true;
        }
        model = new KeysetLazyDataModel<>(new Rows(this), OrderSummary::orderNo);
    }

    public String filter() {
        return "/provider/orders.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** The export of what the table shows: the same filter in the servlet's address. */
    public String getExportUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + OrderExportServlet.PATH + exportParameters(query);
    }

    static String exportParameters(OrderQuery query) {
        StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
        add(params, "status", query.status());
        add(params, "product", query.productId() == null ? null : query.productId().toString());
        add(params, "from", query.from() == null ? null : query.from().toString());
        add(params, "to", query.to() == null ? null : query.to().toString());
        add(params, "q", query.q());
        return params.toString();
    }

    private static void add(StringJoiner params, String name, String value) {
        if (value != null) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static final class Rows implements KeysetLazyDataModel.Source<OrderSummary> {

        private static final long serialVersionUID = 1L;
        private final ProviderOrders list;

        Rows(ProviderOrders list) {
            this.list = list;
        }

        @Override
        public Page<OrderSummary> page(String cursor, int limit) {
            if (list.invalid) {
                return new Page<>(List.of(), null);
            }
            return list.orders.orders(list.accountId, list.orderFilter(), PageRequest.of(cursor, limit), list.locale());
        }

        @Override
        public int count(String cursor, int cap) {
            if (list.invalid) {
                return 0;
            }
            return list.orders.count(list.accountId, list.orderFilter(), cursor, cap);
        }
    }

    private OrderFilter orderFilter() {
        return query.filter();
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }

    public boolean isFiltered() {
        return query != null && query.isFiltered();
    }

    public KeysetLazyDataModel<OrderSummary> getModel() {
        return model;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public List<String> getStatuses() {
        return OrderQuery.STATUSES;
    }

    public List<ProductSummary> getProductChoices() {
        return productChoices;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
