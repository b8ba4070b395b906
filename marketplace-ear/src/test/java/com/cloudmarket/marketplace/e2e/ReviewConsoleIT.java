package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

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

    /** A valid unified social credit code (check character computed for 91310115MA1K4ABC1). */
    private static final String REGISTRATION_NUMBER = registrationNumber("91310115MA1K4ABC1");

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void anOperatorRejectsAProfileChangeOnlyWithAReason() {
        String company = "审核台" + MarketplaceHttp.uniqueLogin("e") + "有限公司";
        long reviewId = submitProfileChange(company);
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);

        WebDriver page = browser.open();
        logIn(page);
        assertTrue(page.findElement(By.id("dashboard-reviews-pending")).getText().matches("\\D*[1-9]\\d*\\+?\\D*"),
                "the dashboard counts this pending review: " + page.findElement(By.id("dashboard-reviews-pending")).getText());
        page.get(api.baseUrl() + "/operator/reviews.xhtml");
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("review-queue")));
        WebElement link = findInQueue(page, reviewId);
        WebElement row = link.findElement(By.xpath("./ancestor::tr[1]"));
        assertTrue(row.getText().contains("服务商资料"), row.getText());
        assertFalse(row.getAttribute("class").contains("overdue"), "due in 3 business days: " + row.getAttribute("class"));
        link.click();

        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
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
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-reason")));
        page.findElement(By.id("reject-confirm")).click();
        await(page).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reject-reason-message"), "必填"));
        assertEquals("PENDING", review(reviewId, operator).getString("status"), "no decision without a reason");
        assertTrue(page.findElements(By.id("review-decided")).isEmpty());

        page.findElement(By.id("reject-reason")).sendKeys("营业执照照片不清晰");
        page.findElement(By.id("reject-confirm")).click();
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("review-decided")));
        assertTrue(page.findElement(By.id("review-decided")).getText().contains("营业执照照片不清晰"),
                page.findElement(By.id("review-decided")).getText());
        assertEquals("已驳回", page.findElement(By.id("review-status")).getText().strip());
        assertTrue(page.findElements(By.id("review-approve")).isEmpty(), "no approve button once decided");
        assertTrue(page.findElements(By.id("review-reject")).isEmpty(), "no reject button once decided");
        await(page).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#review-audit [data-action='REVIEW_REJECTED']")));

        JsonObject decided = review(reviewId, operator);
        assertEquals("REJECTED", decided.getString("status"));
        assertEquals("营业执照照片不清晰", decided.getString("reason"));
    }

    @Test
    void aDecidedReviewShowsItsOutcomeWithoutButtonsAndAnUnknownIdSaysSo() {
        long reviewId = submitProfileChange("已决审核" + MarketplaceHttp.uniqueLogin("e") + "有限公司");
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        HttpResponse<String> rejected = api.post("/api/v1/reviews/" + reviewId + "/reject",
                "{\"reason\":\"联系人手机无法接通\"}", operator);
        assertEquals(200, rejected.statusCode(), rejected.body());
        long operatorId = json(api.get("/api/v1/me", operator, null).body()).getJsonNumber("accountId").longValue();

        WebDriver page = browser.open();
        logIn(page);
        page.get(api.baseUrl() + "/operator/review.xhtml?id=" + reviewId);
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("review-decided")));
        assertEquals("已驳回", page.findElement(By.id("review-status")).getText().strip());
        assertEquals("联系人手机无法接通", page.findElement(By.id("review-reason")).getText().strip());
        assertTrue(page.findElement(By.id("review-decided-by")).getText().contains(String.valueOf(operatorId)));
        assertFalse(page.findElement(By.id("review-decided-at")).getText().isBlank());
        assertTrue(page.findElements(By.id("review-approve")).isEmpty());
        assertTrue(page.findElements(By.id("review-reject")).isEmpty());

        page.get(api.baseUrl() + "/operator/review.xhtml?id=999999999");
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("review-not-found")));
        assertTrue(page.findElements(By.id("review-title")).isEmpty());
        page.get(api.baseUrl() + "/operator/review.xhtml?id=abc");
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("review-not-found")));
    }

    /** A fresh provider drafts and submits a full profile; returns the review id. */
    private long submitProfileChange(String companyName) {
        String login = MarketplaceHttp.uniqueLogin("rvw");
        HttpResponse<String> created = api.post("/api/v1/accounts", Json.createObjectBuilder()
                .add("login", login).add("password", "Secret123").add("displayName", "审核台 " + login)
                .add("mobile", MarketplaceHttp.uniqueMobile()).add("role", "PROVIDER").build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        String provider = api.token(login, "Secret123");
        HttpResponse<String> draft = api.put("/api/v1/provider/profile/draft",
                profile(companyName, MarketplaceHttp.uniqueMobile()), provider);
        assertEquals(200, draft.statusCode(), draft.body());
        HttpResponse<String> submitted = api.post("/api/v1/provider/profile/draft/submit", "", provider);
        assertEquals(202, submitted.statusCode(), submitted.body());
        return json(submitted.body()).getJsonNumber("reviewId").longValue();
    }

    private JsonObject review(long reviewId, String operator) {
        HttpResponse<String> response = api.get("/api/v1/reviews/" + reviewId, operator, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    /** The queue's link to the review, loading more pages until it appears. */
    private static WebElement findInQueue(WebDriver page, long reviewId) {
        By link = By.cssSelector("a[data-review-id='" + reviewId + "']");
        while (true) {
            List<WebElement> found = page.findElements(link);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> more = page.findElements(By.id("review-queue-more"));
            if (more.isEmpty()) {
                throw new AssertionError("review " + reviewId + " is not in the queue");
            }
            int rows = page.findElements(By.cssSelector("#review-queue tbody tr")).size();
            more.get(0).click();
            await(page).until(d -> d.findElements(By.cssSelector("#review-queue tbody tr")).size() > rows);
        }
    }

    private static WebElement changeRow(WebDriver page, String field) {
        return page.findElement(By.cssSelector("#review-changes [data-field='" + field + "']"))
                .findElement(By.xpath("./ancestor::tr[1]"));
    }

    private static void logIn(WebDriver page) {
        page.get(new MarketplaceHttp().baseUrl() + "/login.xhtml");
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        page.findElement(By.id("login")).sendKeys("operator");
        page.findElement(By.id("password")).sendKeys(MarketplaceHttp.DEMO_PASSWORD);
        page.findElement(By.id("submit")).click();
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-reviews")));
    }

    private static WebDriverWait await(WebDriver page) {
        return new WebDriverWait(page, Duration.ofSeconds(20));
    }

    private static String profile(String companyName, String contactMobile) {
        return Json.createObjectBuilder()
                .add("company", Json.createObjectBuilder().add("name", companyName).add("registrationNumber", REGISTRATION_NUMBER)
                        .add("address", "上海市浦东新区张江路 100 号").add("website", "https://review.example.com")
                        .add("introduction", "云上运维与数据迁移"))
                .add("customerService", Json.createObjectBuilder().add("hotline", "400-800-1234")
                        .add("email", "service@review.example.com").add("hours", "工作日 9:00-18:00"))
                .add("contact", Json.createObjectBuilder().add("name", "王芳").add("mobile", contactMobile)
                        .add("email", "wangfang@review.example.com"))
                .build().toString();
    }

    /** GB 32100-2015 check character, computed here independently of the application's code. */
    private static String registrationNumber(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return first17 + alphabet.charAt(check == 31 ? 0 : check);
    }
}
