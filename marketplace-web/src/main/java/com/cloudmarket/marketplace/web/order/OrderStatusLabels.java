package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Order statuses in each side's words for filters and timelines, from the service's texts (the API's labels). */
@Named
@RequestScoped
public class OrderStatusLabels {

    @Inject
    private LocaleSelection localeSelection;

    public String provider(String status) {
        return OrderService.label(localeSelection.getLocale(), true, status);
    }

    public String customer(String status) {
        return OrderService.label(localeSelection.getLocale(), false, status);
    }
}
