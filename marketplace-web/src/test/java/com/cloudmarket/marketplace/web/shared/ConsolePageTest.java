package com.cloudmarket.marketplace.web.shared;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsolePageTest {

    @Test
    void theMostPrivilegedRoleChoosesTheDashboard() {
        assertEquals(Optional.of(ConsolePage.OPERATOR_DASHBOARD), ConsolePage.dashboardFor(Set.of("CUSTOMER", "OPERATOR")));
        assertEquals(Optional.of(ConsolePage.PROVIDER_DASHBOARD), ConsolePage.dashboardFor(Set.of("PROVIDER")));
        assertEquals(Optional.empty(), ConsolePage.dashboardFor(Set.of()));
        assertEquals("/customer/dashboard.xhtml?faces-redirect=true",
                ConsolePage.dashboardFor(Set.of("CUSTOMER")).orElseThrow().getRedirect());
    }

    @Test
    void theMenuListsOnlyTheAccountsRolesDashboardFirst() {
        assertEquals(List.of(ConsolePage.OPERATOR_DASHBOARD, ConsolePage.OPERATOR_REVIEWS, ConsolePage.OPERATOR_CALENDAR, ConsolePage.OPERATOR_SMS_OUTBOX, ConsolePage.OPERATOR_OPERATORS),
                ConsolePage.menuFor(List.of("OPERATOR")));
        assertEquals(List.of(ConsolePage.CUSTOMER_DASHBOARD, ConsolePage.CUSTOMER_ORDERS), ConsolePage.menuFor(List.of("CUSTOMER")));
        assertEquals(List.of(ConsolePage.PROVIDER_DASHBOARD, ConsolePage.PROVIDER_PROFILE, ConsolePage.PROVIDER_ONBOARDING,
                        ConsolePage.PROVIDER_PRODUCTS, ConsolePage.PROVIDER_ORDERS, ConsolePage.PROVIDER_WEBHOOKS),
                ConsolePage.menuFor(List.of("PROVIDER")));
    }

    @Test
    void aPageReachedFromAMenuEntryKeepsThatEntryMarked() {
        assertTrue(ConsolePage.PROVIDER_PRODUCTS.covers("/provider/product-edit.xhtml"));
        assertTrue(ConsolePage.OPERATOR_REVIEWS.covers("/operator/review.xhtml"));
        assertTrue(ConsolePage.PROVIDER_PROFILE.covers("/provider/profile.xhtml"));
        assertEquals(1, Arrays.stream(ConsolePage.values()).filter(p -> p.covers("/provider/product.xhtml")).count());
        assertTrue(ConsolePage.PROVIDER_ORDERS.covers("/provider/order.xhtml"));
        assertTrue(ConsolePage.CUSTOMER_ORDERS.covers("/customer/order.xhtml"));
        assertTrue(ConsolePage.CUSTOMER_ORDERS.covers("/customer/buy.xhtml"));
    }

    @Test
    void everyMenuPageExistsUnderItsRolesProtectedFolder() {
        for (ConsolePage page : ConsolePage.values()) {
            assertTrue(Files.isRegularFile(Path.of("src/main/webapp" + page.getViewId())), page.getViewId());
            assertTrue(page.getViewId().startsWith("/" + page.getRole().toLowerCase() + "/"), page.getViewId());
            for (String inner : page.innerViewIds()) {
                assertTrue(Files.isRegularFile(Path.of("src/main/webapp" + inner)), inner);
                assertTrue(inner.startsWith("/" + page.getRole().toLowerCase() + "/"), inner);
            }
        }
    }
}
