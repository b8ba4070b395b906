package com.cloudmarket.marketplace.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Products in headless Chromium on the real EAR, each test with a fresh provider that has finished onboarding over the
 * API: the type-first form (plans, requirement form, a refused price that stores nothing), review in the operator's
 * console, the storefront and its product page with the provider's customer service; delisting after a dialog that
 * shows the open orders, gone from the storefront at once, relisting through review; and a description with script
 * that never runs.
 */
class ProductConsoleIT {

    private static final String HOTLINE = "400-800-1234";

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void aProviderCreatesAnOpsServiceTheOperatorApprovesItAndCustomersFindIt() {
        NewProvider provider = onboardedProvider();
        publishProfile(provider);
        String name = "数据库迁移" + MarketplaceHttp.uniqueLogin("p");
        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), provider.login(), provider.password());

        page.findElement(By.id("menu-products")).click();
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("product-new"))).click();
        fillOpsProduct(page, name, "<p>七天内完成 <b>MySQL</b> 迁移</p>", "-5");
        page.findElement(By.id("product-save-submit")).click();
        WebElement refusal = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".plan-rows .row-editor-row[data-row='1'] .ui-message-error")));
        assertFalse(refusal.getText().isBlank(), "the refused price has its message");
        assertTrue(page.getCurrentUrl().contains("product-edit.xhtml") && !page.getCurrentUrl().contains("id="),
                "nothing created: still the new-product form, " + page.getCurrentUrl());
        assertEquals("-5", page.findElement(By.id("plans:1:plan-amount")).getAttribute("value"), "the input keeps what was typed");

        type(page, "plans:1:plan-amount", "1999.50");
        page.findElement(By.id("product-save-submit")).click();
        long productId = awaitProductPage(page);
        assertEquals("审核中", text(page, "product-status"));
        assertEquals("审核中", text(page, "product-review-status"));
        assertFalse(text(page, "product-due").isBlank(), "the due time shows");
        long reviewId = Long.parseLong(text(page, "product-review-id"));
        assertTrue(text(page, "pending-plan-1").contains("1,999.50"), text(page, "pending-plan-1"));

        page.findElement(By.id("menu-products")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("products")));
        assertEquals(1, page.findElements(By.cssSelector("#products a[data-product-id]")).size(),
                "one product: the refused attempt stored nothing");
        assertEquals(String.valueOf(productId),
                page.findElement(By.cssSelector("#products a[data-product-id]")).getAttribute("data-product-id"));
        browser.logOut();

        browser.logIn(api.baseUrl(), "operator", MarketplaceHttp.DEMO_PASSWORD);
        ReviewQueuePage.linkTo(browser, page, api.baseUrl(), reviewId).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-changes")));
        assertTrue(page.findElement(By.cssSelector("#review-changes [data-field='name']")).getText().contains("商品名称"));
        page.findElement(By.id("review-product-preview")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("pending-plan-1")));
        assertTrue(text(page, "pending-product-name").contains(name));
        page.findElement(By.id("preview-back")).click();
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("review-approve"))).click();
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("review-approve-confirm"))).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-decided")));
        browser.logOut();

        // the storefront, anonymously
        page.get(api.baseUrl() + "/catalog.xhtml");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-q"))).sendKeys(name);
        page.findElement(By.id("catalog-search")).click();
        browser.await().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#catalog-items a[data-product-id='" + productId + "']"))).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("product-name")));
        assertEquals(name, text(page, "product-name"));
        assertTrue(text(page, "plan-0").contains("基础版") && text(page, "plan-0").contains("¥199.00"), text(page, "plan-0"));
        assertTrue(text(page, "plan-1").contains("专业版") && text(page, "plan-1").contains("¥1,999.50"), text(page, "plan-1"));
        assertEquals(HOTLINE, text(page, "provider-hotline"));
        assertEquals("5 天", text(page, "fact-delivery-days"));
        assertTrue(page.findElement(By.cssSelector("#requirement-form [data-field='serverCount']")).getText().contains("服务器数量"));
        assertEquals("MySQL", page.findElement(By.cssSelector("#product-description b")).getText());
    }

    @Test
    void delistingShowsTheOpenOrdersLeavesTheStorefrontAtOnceAndRelistingGoesThroughReview() {
        NewProvider provider = onboardedProvider();
        String name = "服务器运维" + MarketplaceHttp.uniqueLogin("d");
        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), provider.login(), provider.password());
        long productId = createAndSubmit(page, name, "<p>7x24 值守</p>");
        approve(Long.parseLong(text(page, "product-review-id")));
        assertTrue(inCatalog(page, name, productId), "on sale after approval");

        page.get(api.baseUrl() + "/provider/product.xhtml?id=" + productId);
        assertEquals("已上架", browser.await().until(
                ExpectedConditions.visibilityOfElementLocated(By.id("product-status"))).getText().strip());
        page.findElement(By.id("product-delist")).click();
        WebElement openOrders = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("delist-open-orders")));
        assertTrue(page.findElement(By.id("delist-dialog")).isDisplayed());
        assertEquals("0", openOrders.getAttribute("data-open-orders"));
        assertTrue(openOrders.getText().contains("没有进行中的订单"), openOrders.getText());
        page.findElement(By.id("delist-confirm")).click();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("product-status"), "已下架"));

        assertFalse(inCatalog(page, name, productId), "gone from the catalog at once");
        page.get(api.baseUrl() + "/product.xhtml?id=" + productId);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("product-not-found")));
        assertTrue(page.findElements(By.id("product-name")).isEmpty());

        page.get(api.baseUrl() + "/provider/product.xhtml?id=" + productId);
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("product-relist"))).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("product-edit-relist")));
        assertEquals(name, page.findElement(By.id("product-name")).getAttribute("value"), "the form starts from the live content");
        page.findElement(By.id("product-save-submit")).click();
        awaitProductPage(page);
        assertEquals("审核中", text(page, "product-review-status"));
        assertEquals("已下架", text(page, "product-status"), "still off the storefront until approved");
        long relisting = Long.parseLong(text(page, "product-review-id"));
        assertFalse(inCatalog(page, name, productId));
        approve(relisting);
        assertTrue(inCatalog(page, name, productId), "on sale again after the relisting was approved");
    }

    @Test
    void aDescriptionWithScriptShowsNoScriptOnTheProductPage() {
        NewProvider provider = onboardedProvider();
        String name = "安全加固" + MarketplaceHttp.uniqueLogin("x");
        String description = "<p>安全说明</p><script>window.__xss = 1; alert('xss')</script>"
                + "<img src=x onerror=\"window.__xss = 2; alert('img')\"><a href=\"javascript:window.__xss=3\">链接</a>";
        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), provider.login(), provider.password());
        long productId = createAndSubmit(page, name, description);
        assertNoScript(page, "pending-product-description");
        approve(Long.parseLong(text(page, "product-review-id")));
        browser.logOut();

        page.get(api.baseUrl() + "/product.xhtml?id=" + productId);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("product-description")));
        assertNoScript(page, "product-description");
        assertTrue(text(page, "product-description").contains("安全说明"));
    }

    private void assertNoScript(WebDriver page, String descriptionId) {
        WebElement description = page.findElement(By.id(descriptionId));
        assertTrue(description.findElements(By.tagName("script")).isEmpty(), description.getAttribute("innerHTML"));
        assertTrue(description.findElements(By.tagName("img")).isEmpty(), description.getAttribute("innerHTML"));
        assertTrue(description.findElements(By.cssSelector("[onerror], a[href^='javascript']")).isEmpty(),
                description.getAttribute("innerHTML"));
        assertEquals("undefined", ((JavascriptExecutor) page).executeScript("return typeof window.__xss"));
        assertThrows(NoAlertPresentException.class, () -> page.switchTo().alert());
    }

    /** A fresh provider that signed the agreement and paid the deposit: its products can be approved. */
    private NewProvider onboardedProvider() {
        NewProvider provider = NewProvider.signUp(api);
        String token = provider.token(api);
        HttpResponse<String> agreement = api.post("/api/v1/provider/agreement", "{\"version\":\"2026-01\"}", token);
        HttpResponse<String> deposit = api.post("/api/v1/provider/deposit", "{\"amount\":\"10000.00\"}", token);
        assertEquals(200, agreement.statusCode(), agreement.body());
        assertEquals(200, deposit.statusCode(), deposit.body());
        return provider;
    }

    /** The provider's live profile, whose customer service the product page shows. */
    private void publishProfile(NewProvider provider) {
        approve(provider.submitProfile(api, "云帆" + MarketplaceHttp.uniqueLogin("c") + "有限公司"));
    }

    private void approve(long reviewId) {
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        HttpResponse<String> approved = api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator);
        assertEquals(200, approved.statusCode(), approved.body());
    }

    /** Creates an ops service in the form and submits it; returns its id, on its product page. */
    private long createAndSubmit(WebDriver page, String name, String description) {
        page.get(api.baseUrl() + "/provider/product-edit.xhtml");
        fillOpsProduct(page, name, description, "2999");
        page.findElement(By.id("product-save-submit")).click();
        return awaitProductPage(page);
    }

    /** Type first, then every section: two plans (the second priced {@code secondPrice}) and one requirement field. */
    private void fillOpsProduct(WebDriver page, String name, String description, String secondPrice) {
        browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-type='OPS_SERVICE']"))).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("product-name")));
        type(page, "product-name", name);
        type(page, "product-summary", "专业工程师远程实施");
        type(page, "product-category", "运维");
        type(page, "product-description", description);
        type(page, "plans:0:plan-name", "基础版");
        type(page, "plans:0:plan-amount", "199");
        page.findElement(By.id("plan-add")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("plans:1:plan-name")));
        type(page, "plans:1:plan-name", "专业版");
        type(page, "plans:1:plan-amount", secondPrice);
        type(page, "contact-name", "李娜");
        type(page, "contact-phone", "13800000001");
        type(page, "contact-email", "ops@yunfan.example.com");
        type(page, "delivery-days", "5");
        type(page, "warranty-days", "30");
        page.findElement(By.id("field-add")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("requirement-form:0:field-name")));
        type(page, "requirement-form:0:field-name", "serverCount");
        type(page, "requirement-form:0:field-label", "服务器数量");
    }

    private long awaitProductPage(WebDriver page) {
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("product-status")));
        return Long.parseLong(text(page, "product-id"));
    }

    private boolean inCatalog(WebDriver page, String name, long productId) {
        page.get(api.baseUrl() + "/catalog.xhtml?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("catalog-items")));
        return !page.findElements(By.cssSelector("#catalog-items a[data-product-id='" + productId + "']")).isEmpty();
    }

    private static void type(WebDriver page, String id, String value) {
        WebElement input = page.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().strip();
    }
}
