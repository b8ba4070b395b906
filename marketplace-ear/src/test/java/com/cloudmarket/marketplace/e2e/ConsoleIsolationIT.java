package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The console half of the isolation matrix: another provider, and another customer, opening tenant A's product,
 * order and webhook pages by their addresses see "not found" and none of A's data.
 */
class ConsoleIsolationIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void anotherTenantsPagesShowNotFoundAndNothingOfTheirs() {
        String secretWord = "隔离页" + UUID.randomUUID().toString().substring(0, 8);
        NewProvider tenantA = NewProvider.signUp(api);
        String providerA = tenantA.token(api);
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        assertEquals(200, api.post("/api/v1/provider/agreement", "{\"version\":\"2026-01\"}", providerA).statusCode());
        assertEquals(200, api.post("/api/v1/provider/deposit", "{\"amount\":\"10000.00\"}", providerA).statusCode());
        long productId = json(api.post("/api/v1/products", ProductLifecycleIT.productJson(secretWord, "77.00"), providerA)
                .body()).getJsonNumber("productId").longValue();
        long reviewId = json(api.post("/api/v1/products/" + productId + "/submit", "", providerA).body())
                .getJsonNumber("reviewId").longValue();
        assertEquals(200, api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator).statusCode());
        String customerA = api.token(api.signUpCustomer("custa"), NewProvider.PASSWORD);
        HttpResponse<String> bought = api.post("/api/v1/orders", "{\"productId\":" + productId
                + ",\"plan\":\"基础版\",\"quantity\":1}", customerA);
        assertEquals(201, bought.statusCode(), bought.body());
        String orderNo = json(bought.body()).getString("orderNo");
        HttpResponse<String> hook = api.post("/api/v1/webhooks", Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/" + secretWord).add("events", Json.createArrayBuilder().add("ORDER_CREATED"))
                .add("secret", "0123456789abcdef-console").build().toString(), providerA);
        long webhookId = json(hook.body()).getJsonNumber("webhookId").longValue();

        NewProvider providerB = NewProvider.signUp(api);
        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), providerB.login(), providerB.password());
        Map<String, String> providerPages = Map.of(
                "/provider/product.xhtml?id=" + productId, "product-not-found",
                "/provider/product-edit.xhtml?id=" + productId, "product-not-found",
                "/provider/order.xhtml?no=" + orderNo, "order-not-found",
                "/provider/webhook.xhtml?id=" + webhookId, "webhook-not-found");
        providerPages.forEach((path, notFound) -> assertNotFound(page, path, notFound, secretWord));

        browser.logOut();
        String customerB = api.signUpCustomer("custb");
        browser.logIn(api.baseUrl(), customerB, NewProvider.PASSWORD);
        assertNotFound(page, "/customer/order.xhtml?no=" + orderNo, "order-not-found", secretWord);
    }

    /** The id in the address is the visitor's own input; tenant A's data is what the product, order and webhook hold. */
    private void assertNotFound(WebDriver page, String path, String notFoundId, String tenantData) {
        page.get(api.baseUrl() + path);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id(notFoundId)));
        assertFalse(page.getPageSource().contains(tenantData), path + " shows " + tenantData);
    }
}
