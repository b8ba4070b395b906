package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ops-service order delivered through both consoles in headless Chromium on the real EAR: set up over the API (a
 * fresh onboarded provider whose product requires a requirement field before work starts, approved by the demo
 * operator; a fresh customer), then the customer buys on the storefront page, submits the requirement form (first with
 * the required field empty), the provider starts, completes and reminds (a second reminder is refused), the customer
 * sees the countdown and confirms; each side sees its own status names; the provider's CSV export of the order.
 */
class OrderConsoleIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void anOpsServiceOrderFromPurchaseToConfirmationInBothConsoles() throws Exception {
        NewProvider provider = onboardedProvider();
        String productName = "订单运维 " + MarketplaceHttp.uniqueLogin("o");
        long productId = approvedProduct(provider, productName);
        String customer = customer();
        WebDriver page = browser.open();

        // a provider following a "buy" link is told why it cannot buy
        browser.logIn(api.baseUrl(), provider.login(), provider.password());
        page.get(api.baseUrl() + "/product.xhtml?id=" + productId);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("buy-customer-only")));
        page.findElement(By.id("buy-0")).click();
        assertTrue(browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-title")))
                .getText().contains("只有客户账号可以购买"), text(page, "error-title"));
        page.get(api.baseUrl() + "/provider/dashboard.xhtml");
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("logout")));
        browser.logOut();

        // the customer buys two of the first plan from the storefront page
        browser.logIn(api.baseUrl(), customer, NewProvider.PASSWORD);
        page.get(api.baseUrl() + "/product.xhtml?id=" + productId);
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("buy-0"))).click();
        WebElement quantity = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("buy-quantity")));
        assertEquals("1", quantity.getAttribute("value"));
        assertEquals(productName, text(page, "buy-product"));
        assertEquals("基础版", text(page, "buy-plan"));
        assertEquals("¥199.00", text(page, "buy-unit-price"));
        quantity.clear();
        quantity.sendKeys("2");
        page.findElement(By.id("buy-title")).click(); // change event: the total follows
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("buy-total"), "¥398.00"));
        assertTrue(page.findElement(By.id("menu-orders")).getAttribute("class").contains("active"));
        page.findElement(By.id("buy-confirm")).click();
        browser.await().until(ExpectedConditions.urlContains("/customer/order.xhtml?no="));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("order-status")));
        String orderNo = text(page, "order-no");
        assertFalse(orderNo.isBlank());
        assertEquals("待服务商实施", text(page, "order-status"));
        assertEquals("¥398.00", text(page, "order-amount"));
        assertTrue(page.findElements(By.id("order-confirm")).isEmpty(), "nothing to confirm yet");
        assertEquals(List.of("CREATED"), actions(page));

        // the requirement form: the required field left empty is refused next to it
        page.findElement(By.id("requirement-submit")).click();
        WebElement refusal = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#requirement-serverIp-message.ui-message-error")));
        assertFalse(refusal.getText().isBlank(), "the required field has its message");
        assertEquals(List.of("CREATED"), actions(page), "nothing submitted");
        WebElement serverIp = page.findElement(By.id("requirement-serverIp"));
        serverIp.clear();
        serverIp.sendKeys("10.0.0.8");
        page.findElement(By.id("requirement-submit")).click();
        browser.await().until(d -> actions(d).contains("REQUIREMENT_SUBMITTED"));
        assertTrue(page.findElements(By.cssSelector("#requirement-serverIp-message.ui-message-error")).isEmpty());

        page.get(api.baseUrl() + "/customer/orders.xhtml");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#orders tr[data-order-no='" + orderNo + "'] [data-status='PENDING_START']")));
        page.get(api.baseUrl() + "/customer/order.xhtml?no=000000000000000000");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("order-not-found")));
        assertTrue(page.findElements(By.id("order-status")).isEmpty());
        browser.logOut();

        // the provider delivers in its console
        browser.logIn(api.baseUrl(), provider.login(), provider.password());
        page.findElement(By.id("menu-orders")).click();
        browser.await().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#orders a[data-order-no='" + orderNo + "']"))).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("order-status")));
        assertEquals("待实施", text(page, "order-status"));
        assertEquals("10.0.0.8", text(page, "answer-serverIp"));
        assertTrue(page.findElement(By.id("menu-orders")).getAttribute("class").contains("active"));
        page.findElement(By.id("order-start")).click();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "实施中"));
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("order-complete"))).click();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "待用户确认"));
        assertTrue(text(page, "order-auto-confirm").contains("天后自动确认完成"), text(page, "order-auto-confirm"));
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("order-remind"))).click();
        browser.await().until(d -> actions(d).contains("REMINDED"));
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("order-remind"))).click();
        WebElement refused = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#order-messages .ui-messages-error")));
        assertFalse(refused.getText().isBlank(), "the refused second reminder says why");
        assertEquals(1, actions(page).stream().filter("REMINDED"::equals).count(), "one reminder recorded");
        assertEquals("待用户确认", text(page, "order-status"));

        // the list filtered by order number and the order's day (Asia/Shanghai), then by a status it is not in; the
        // day comes from the order, so a run across midnight in Shanghai filters the right day
        String today = OffsetDateTime.parse(json(api.get("/api/v1/orders/" + orderNo, api.token(customer, NewProvider.PASSWORD), null).body())
                .getString("createdAt")).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        page.findElement(By.id("menu-orders")).click();
        WebElement q = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("orders-q")));
        q.sendKeys(orderNo);
        page.findElement(By.id("orders-filter")).click();
        browser.await().until(ExpectedConditions.urlContains("q=" + orderNo));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#orders a[data-order-no='" + orderNo + "']")));
        assertEquals(1, page.findElements(By.cssSelector("#orders a[data-order-no]")).size());
        page.get(api.baseUrl() + "/provider/orders.xhtml?status=COMPLETED&from=" + today + "&to=" + today + "&q=" + orderNo);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("orders-filter-clear")));
        assertTrue(page.findElements(By.cssSelector("#orders a[data-order-no]")).isEmpty(), "not completed yet");

        // the CSV export of today's orders, fetched with the browser's session
        page.get(api.baseUrl() + "/provider/orders.xhtml?from=" + today + "&to=" + today);
        // p:linkButton: the link itself, or inside the element with the id
        String exportUrl = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a#orders-export, #orders-export a"))).getAttribute("href");
        assertTrue(exportUrl.contains("/provider/orders.csv?from=" + today + "&to=" + today), exportUrl);
        HttpResponse<byte[]> csv = fetch(page, exportUrl);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").toLowerCase().startsWith("text/csv"),
                csv.headers().toString());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        // named after the day of the export: the day before or after this check's "now" when midnight passes between
        LocalDate now = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String disposition = csv.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(List.of(now.minusDays(1), now).stream().anyMatch(d ->
                disposition.contains("orders-" + d.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv")), disposition);
        byte[] body = csv.body();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 BOM first");
        assertTrue(new String(body, StandardCharsets.UTF_8).contains(orderNo));
        browser.logOut();

        // the customer sees the countdown and confirms
        browser.logIn(api.baseUrl(), customer, NewProvider.PASSWORD);
        page.get(api.baseUrl() + "/customer/order.xhtml?no=" + orderNo);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("order-status")));
        assertEquals("待确认完成", text(page, "order-status"));
        assertTrue(text(page, "order-auto-confirm").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*天后自动确认完成"),
                text(page, "order-auto-confirm"));
        page.findElement(By.id("order-confirm")).click();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "分配完成"));
        assertTrue(page.findElements(By.id("order-confirm")).isEmpty());
        assertEquals(List.of("CREATED", "REQUIREMENT_SUBMITTED", "STARTED", "COMPLETED", "REMINDED", "CONFIRMED"),
                actions(page));
        assertTrue(page.findElement(By.cssSelector("#order-timeline tr[data-action='CONFIRMED']")).getText()
                .contains("确认完成"));
        browser.logOut();

        browser.logIn(api.baseUrl(), provider.login(), provider.password());
        page.get(api.baseUrl() + "/provider/order.xhtml?no=" + orderNo);
        assertEquals("已完成", browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("order-status")))
                .getText().strip());
    }

    private static List<String> actions(WebDriver page) {
        return page.findElements(By.cssSelector("#order-timeline tbody tr")).stream()
                .map(row -> row.getAttribute("data-action")).collect(Collectors.toList());
    }

    private HttpResponse<byte[]> fetch(WebDriver page, String url) throws Exception {
        String cookies = page.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(30)).GET().build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
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

    /** An ops service whose required "serverIp" must be submitted before work starts, on sale after approval. */
    private long approvedProduct(NewProvider provider, String name) {
        String token = provider.token(api);
        HttpResponse<String> created = api.post("/api/v1/products", ProductLifecycleIT.productJson(name, "199.00"), token);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("productId").longValue();
        HttpResponse<String> submitted = api.post("/api/v1/products/" + id + "/submit", "", token);
        assertEquals(202, submitted.statusCode(), submitted.body());
        long reviewId = json(submitted.body()).getJsonNumber("reviewId").longValue();
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        HttpResponse<String> approved = api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator);
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    /** A fresh customer account; returns its login (password {@link NewProvider#PASSWORD}). */
    private String customer() {
        return api.signUpCustomer("cust");
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().strip();
    }
}
