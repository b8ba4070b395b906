package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderFilter;
import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.application.OrderSummary;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The customer's orders ({@code /customer/orders.xhtml?status=}), newest first, grown with "more". */
@Named
@ViewScoped
public class CustomerOrders implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @EJB
    private OrderService orders;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String status;
    private long accountId;
    private OrderFilter filter;
    private final LoadMoreList<OrderSummary> items = new LoadMoreList<>();

    public void load() {
        status = OrderQuery.status(status);
        accountId = currentAccount.getAccountId();
        filter = new OrderFilter(status, null, null, null, null);
        try {
            items.restart(this::page);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    private Page<OrderSummary> page(String cursor) {
        return orders.orders(accountId, filter, PageRequest.of(cursor, PAGE_SIZE), localeSelection.getLocale());
    }

    public String filter() {
        return "/customer/orders.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public void more() {
        try {
            items.more(this::page);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    public List<OrderSummary> getItems() {
        return items.getItems();
    }

    public boolean isMoreAvailable() {
        return items.isMoreAvailable();
    }

    public boolean isFiltered() {
        return status != null;
    }

    public List<String> getStatuses() {
        return OrderQuery.STATUSES;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
