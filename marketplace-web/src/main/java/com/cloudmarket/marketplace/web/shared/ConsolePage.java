package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.web.security.Roles;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every console page that appears in the navigation menu, in menu order. A new page is one more constant here;
 * the first page of a role is that role's dashboard.
 */
public enum ConsolePage {

    PROVIDER_DASHBOARD(Roles.PROVIDER, "provider-dashboard", "menu.dashboard", "pi pi-home", "/provider/dashboard.xhtml"),
    PROVIDER_PROFILE(Roles.PROVIDER, "profile", "menu.profile", "pi pi-id-card", "/provider/profile.xhtml",
            "/provider/profile-edit.xhtml"),
    PROVIDER_ONBOARDING(Roles.PROVIDER, "onboarding", "menu.onboarding", "pi pi-check-square", "/provider/onboarding.xhtml"),
    PROVIDER_PRODUCTS(Roles.PROVIDER, "products", "menu.products", "pi pi-box", "/provider/products.xhtml",
            "/provider/product.xhtml", "/provider/product-edit.xhtml"),
    PROVIDER_ORDERS(Roles.PROVIDER, "orders", "menu.orders", "pi pi-list", "/provider/orders.xhtml",
            "/provider/order.xhtml"),
    PROVIDER_WEBHOOKS(Roles.PROVIDER, "webhooks", "menu.webhooks", "pi pi-send", "/provider/webhooks.xhtml",
            "/provider/webhook.xhtml"),
    CUSTOMER_DASHBOARD(Roles.CUSTOMER, "customer-dashboard", "menu.dashboard", "pi pi-home", "/customer/dashboard.xhtml"),
    CUSTOMER_ORDERS(Roles.CUSTOMER, "orders", "menu.orders", "pi pi-list", "/customer/orders.xhtml",
            "/customer/order.xhtml", "/customer/buy.xhtml"),
    OPERATOR_DASHBOARD(Roles.OPERATOR, "operator-dashboard", "menu.dashboard", "pi pi-home", "/operator/dashboard.xhtml"),
    OPERATOR_REVIEWS(Roles.OPERATOR, "reviews", "menu.reviews", "pi pi-check-square", "/operator/reviews.xhtml",
            "/operator/review.xhtml", "/operator/product-preview.xhtml"),
    OPERATOR_CALENDAR(Roles.OPERATOR, "calendar", "menu.calendar", "pi pi-calendar", "/operator/calendar.xhtml"),
    OPERATOR_SMS_OUTBOX(Roles.OPERATOR, "sms-outbox", "menu.smsOutbox", "pi pi-envelope", "/operator/sms-outbox.xhtml"),
    OPERATOR_OPERATORS(Roles.OPERATOR, "operators", "menu.operators", "pi pi-users", "/operator/operators.xhtml");

    public static final String LOGIN_VIEW = "/login.xhtml";

    private final String role;
    private final String id;
    private final String labelKey;
    private final String icon;
    private final String viewId;
    /** Pages reached from this one (a product from the list): the menu shows them under this entry. */
    private final List<String> innerViewIds;

    ConsolePage(String role, String id, String labelKey, String icon, String viewId, String... innerViewIds) {
        this.role = role;
        this.id = id;
        this.labelKey = labelKey;
        this.icon = icon;
        this.viewId = viewId;
        this.innerViewIds = List.of(innerViewIds);
    }

    List<String> innerViewIds() {
        return innerViewIds;
    }

    /** Whether the menu marks this entry while the given view is shown. */
    public boolean covers(String shownViewId) {
        return viewId.equals(shownViewId) || innerViewIds.contains(shownViewId);
    }

    /** The menu of an account with these roles (given most privileged first). */
    public static List<ConsolePage> menuFor(Collection<String> roles) {
        return roles.stream()
                .flatMap(r -> Arrays.stream(values()).filter(page -> page.role.equals(r)))
                .toList();
    }

    /** Where an account lands after login: the dashboard of its most privileged role. */
    public static Optional<ConsolePage> dashboardFor(Collection<String> roles) {
        return Roles.PRIORITY.stream()
                .filter(roles::contains)
                .flatMap(r -> Arrays.stream(values()).filter(page -> page.role.equals(r)))
                .findFirst();
    }

    /** A navigation outcome that redirects, so the address bar shows the page and a reload does not resubmit. */
    public String getRedirect() {
        return viewId + "?faces-redirect=true";
    }

    public static String loginRedirect() {
        return LOGIN_VIEW + "?faces-redirect=true";
    }

    public String getRole() {
        return role;
    }

    /** Element id suffix of the menu link ({@code menu-<id>}), stable for browser tests. */
    public String getId() {
        return id;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getIcon() {
        return icon;
    }

    public String getViewId() {
        return viewId;
    }
}
