package com.cloudmarket.marketplace.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's review console in headless Chromium on the real EAR: a provider's profile change (submitted over the
 * API) found in the queue, its changes, a rejection that needs a reason, a decided review without buttons and an
 * unknown review id. Each test submits its own change from a fresh provider.
 */
class ReviewConsoleIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void anOperatorRejectsAProfileChangeOnlyWithAReason() {
        String company = "审核台" + MarketplaceHttp.uniqueLogin("e") + "有限公司";
        long reviewId = NewProvider.signUp(api).submitProfile(api, company);
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);

        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), "operator", MarketplaceHttp.DEMO_PASSWORD);
        assertTrue(page.findElement(By.id("dashboard-reviews-pending")).getText().matches("\\D*[1-9]\\d*\\+?\\D*"),
                "the dashboard counts this pending review: " + page.findElement(By.id("dashboard-reviews-pending")).getText());
        WebElement link = ReviewQueuePage.linkTo(browser, page, api.baseUrl(), reviewId);
        WebElement row = link.findElement(By.xpath("./ancestor::tr[1]"));
        assertTrue(row.getText().contains("服务商资料"), row.getText());
        assertFalse(row.getAttribute("class").contains("overdue"), "due in 3 business days: " + row.getAttribute("class"));
        link.click();

        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
        assertTrue(page.findElement(By.id("review-title")).getText().contains(String.valueOf(reviewId)));
        assertEquals("待审核", page.findElement(By.id("review-status")).getText().strip());
        assertFalse(page.findElement(By.id("review-due")).getText().isBlank());
        WebElement name = changeRow(page, "company.name");
        assertEquals("公司名称", name.findElement(By.cssSelector("td.change-field")).getText().strip());
        assertEquals("—", name.findElement(By.cssSelector("td.change-before")).getText().strip(), "no live profile yet");
        assertEquals(company, name.findElement(By.cssSelector("td.change-after")).getText().strip());
        assertTrue(page.findElement(By.id("review-onboarding")).getText().contains("未完成"),
                page.findElement(By.id("review-onboarding")).getText());

        page.findElement(By.id("review-reject")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-reason")));
        page.findElement(By.id("reject-confirm")).click();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reject-reason-message"), "必填"));
        assertEquals("PENDING", review(reviewId, operator).getString("status"), "no decision without a reason");
        assertTrue(page.findElements(By.id("review-decided")).isEmpty());

        page.findElement(By.id("reject-reason")).sendKeys("营业执照照片不清晰");
        page.findElement(By.id("reject-confirm")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-decided")));
        assertTrue(page.findElement(By.id("review-decided")).getText().contains("营业执照照片不清晰"),
                page.findElement(By.id("review-decided")).getText());
        assertEquals("已驳回", page.findElement(By.id("review-status")).getText().strip());
        assertTrue(page.findElements(By.id("review-approve")).isEmpty(), "no approve button once decided");
        assertTrue(page.findElements(By.id("review-reject")).isEmpty(), "no reject button once decided");
        browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#review-audit [data-action='REVIEW_REJECTED']")));

        JsonObject decided = review(reviewId, operator);
        assertEquals("REJECTED", decided.getString("status"));
        assertEquals("营业执照照片不清晰", decided.getString("reason"));
    }

    @Test
    void aDecidedReviewShowsItsOutcomeWithoutButtonsAndAnUnknownIdSaysSo() {
        long reviewId = NewProvider.signUp(api).submitProfile(api, "已决审核" + MarketplaceHttp.uniqueLogin("e") + "有限公司");
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        HttpResponse<String> rejected = api.post("/api/v1/reviews/" + reviewId + "/reject",
                "{\"reason\":\"联系人手机无法接通\"}", operator);
        assertEquals(200, rejected.statusCode(), rejected.body());
        long operatorId = json(api.get("/api/v1/me", operator, null).body()).getJsonNumber("accountId").longValue();

        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), "operator", MarketplaceHttp.DEMO_PASSWORD);
        page.get(api.baseUrl() + "/operator/review.xhtml?id=" + reviewId);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-decided")));
        assertEquals("已驳回", page.findElement(By.id("review-status")).getText().strip());
        assertEquals("联系人手机无法接通", page.findElement(By.id("review-reason")).getText().strip());
        assertTrue(page.findElement(By.id("review-decided-by")).getText().contains(String.valueOf(operatorId)));
        assertFalse(page.findElement(By.id("review-decided-at")).getText().isBlank());
        assertTrue(page.findElements(By.id("review-approve")).isEmpty());
        assertTrue(page.findElements(By.id("review-reject")).isEmpty());

        page.get(api.baseUrl() + "/operator/review.xhtml?id=999999999");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-not-found")));
        assertTrue(page.findElements(By.id("review-title")).isEmpty());
        page.get(api.baseUrl() + "/operator/review.xhtml?id=abc");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-not-found")));
    }

    private JsonObject review(long reviewId, String operator) {
        HttpResponse<String> response = api.get("/api/v1/reviews/" + reviewId, operator, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static WebElement changeRow(WebDriver page, String field) {
        return page.findElement(By.cssSelector("#review-changes [data-field='" + field + "']"))
                .findElement(By.xpath("./ancestor::tr[1]"));
    }
}
