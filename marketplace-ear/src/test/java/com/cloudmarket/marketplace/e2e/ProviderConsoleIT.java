package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provider's console pages in headless Chromium, each test with a provider of its own: the profile edit form
 * (refused input, draft, submission to review) and the onboarding checklist (agreement, deposit).
 */
class ProviderConsoleIT {

    private static final String PASSWORD = "Secret123";
    private static final DateTimeFormatter SHANGHAI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void refusedInputIsKeptWithFieldMessagesAndASubmittedChangeWaitsForReview() {
        String login = signUp();
        String token = api.token(login, PASSWORD);
        WebDriver page = browser.open();
        logIn(page, login);

        page.get(api.baseUrl() + "/provider/profile-edit.xhtml");
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("company-name")));
        String company = "控制台e2e科技有限公司 " + login;
        Map<String, String> form = profile(company, "12345", "not-an-email");
        fill(page, form);
        page.findElement(By.id("draft-save")).click();

        String mobileMessage = await(page).until(d -> text(d, "contact-mobile-message").isBlank() ? null : text(d, "contact-mobile-message"));
        String emailMessage = text(page, "contact-email-message");
        assertTrue(isChinese(mobileMessage), mobileMessage);
        assertTrue(isChinese(emailMessage), "a message next to the e-mail too: " + emailMessage);
        assertTrue(text(page, "company-name-message").isBlank(), "no message next to a valid field");
        assertEquals("12345", page.findElement(By.id("contact-mobile")).getAttribute("value"), "the input is kept");
        assertEquals("not-an-email", page.findElement(By.id("contact-email")).getAttribute("value"));
        assertEquals(company, page.findElement(By.id("company-name")).getAttribute("value"));
        assertTrue(page.findElements(By.id("draft-saved")).isEmpty());
        assertTrue(provider(token).isNull("draft"), "nothing stored: " + provider(token));

        String mobile = MarketplaceHttp.uniqueMobile();
        fill(page, Map.of("contact-mobile", mobile, "contact-email", "lina@example.com"));
        page.findElement(By.id("draft-save")).click();
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-saved")));
        assertTrue(text(page, "contact-mobile-message").isBlank(), text(page, "contact-mobile-message"));
        JsonObject saved = provider(token);
        assertEquals(company, saved.getJsonObject("draft").getJsonObject("profile").getJsonObject("company").getString("name"));
        assertEquals(mobile, saved.getJsonObject("draft").getJsonObject("profile").getJsonObject("contact").getString("mobile"));

        page.findElement(By.id("draft-submit")).click();
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-pending")));
        assertTrue(page.getCurrentUrl().contains("/provider/profile.xhtml"), page.getCurrentUrl());
        JsonObject pending = provider(token);
        JsonObject revision = pending.getJsonObject("pendingRevision");
        assertEquals(String.valueOf(revision.getJsonNumber("reviewId").longValue()), text(page, "pending-review-id"));
        assertEquals(OffsetDateTime.parse(revision.getString("dueAt")).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(SHANGHAI),
                text(page, "pending-due"), "due time in Beijing time");
        assertTrue(pending.getJsonObject("profile").getJsonObject("company").isNull("name"), "live profile unchanged");
        assertFalse(text(page, "live-company-name").contains(company), "live section unchanged: " + text(page, "live-company-name"));
        assertFalse(text(page, "live-contact-mobile").contains(mobile));
        assertTrue(page.findElements(By.id("profile-draft")).isEmpty(), "the draft is now the revision in review");
        assertTrue(text(page, "revisions").contains("审核中"), text(page, "revisions"));

        // while in review the form shows the submitted change read-only, with no way to submit again
        page.findElement(By.id("profile-edit")).click();
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-locked")));
        assertEquals(company, page.findElement(By.id("company-name")).getAttribute("value"));
        assertTrue(page.findElements(By.id("draft-submit")).isEmpty());
        assertTrue(page.findElements(By.id("draft-save")).isEmpty());
    }

    @Test
    void signingTheAgreementAndPayingTheDepositCompleteOnboarding() {
        String login = signUp();
        String token = api.token(login, PASSWORD);
        WebDriver page = browser.open();
        logIn(page, login);

        page.get(api.baseUrl() + "/provider/onboarding.xhtml");
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("onboarding-missing")));
        assertTrue(page.findElements(By.id("onboarding-complete")).isEmpty());

        page.findElement(By.id("agreement-sign")).click();
        String refusal = await(page).until(d -> text(d, "agreement-accept-message").isBlank() ? null : text(d, "agreement-accept-message"));
        assertTrue(isChinese(refusal), refusal);
        assertTrue(page.findElements(By.id("agreement-signed")).isEmpty(), "not signed without the tick");
        assertFalse(provider(token).getJsonObject("onboarding").getBoolean("agreementSigned"));

        page.findElement(By.cssSelector("#agreement-accept .ui-chkbox-box")).click();
        page.findElement(By.id("agreement-sign")).click();
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-signed")));
        assertEquals(text(page, "agreement-current-version"), text(page, "agreement-signed-version"));
        assertFalse(text(page, "agreement-signed-at").isBlank());
        assertTrue(page.findElements(By.id("onboarding-complete")).isEmpty(), "the deposit is still missing");

        page.findElement(By.id("deposit-pay")).click();
        WebElement confirm = await(page).until(ExpectedConditions.elementToBeClickable(By.id("deposit-confirm")));
        confirm.click();
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("deposit-reference")));
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("onboarding-complete")));
        JsonObject onboarding = provider(token).getJsonObject("onboarding");
        assertTrue(onboarding.getBoolean("complete"), onboarding.toString());
        assertEquals(onboarding.getString("depositPaymentReference"), text(page, "deposit-reference"));
        assertTrue(text(page, "deposit-amount").contains("10,000.00"), text(page, "deposit-amount"));
        assertTrue(page.findElements(By.id("deposit-pay")).isEmpty(), "paid once");
    }

    private JsonObject provider(String token) {
        HttpResponse<String> response = api.get("/api/v1/provider", token, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private String signUp() {
        String login = MarketplaceHttp.uniqueLogin("pcon");
        HttpResponse<String> created = api.post("/api/v1/accounts", Json.createObjectBuilder()
                .add("login", login).add("password", PASSWORD).add("displayName", "控制台 " + login)
                .add("mobile", MarketplaceHttp.uniqueMobile()).add("role", "PROVIDER").build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        return login;
    }

    private void logIn(WebDriver page, String login) {
        page.get(api.baseUrl() + "/login.xhtml");
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        page.findElement(By.id("login")).sendKeys(login);
        page.findElement(By.id("password")).sendKeys(PASSWORD);
        page.findElement(By.id("submit")).click();
        await(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("accountId")));
    }

    /** Input id (JSON path with '.' → '-') to value. */
    private static Map<String, String> profile(String company, String mobile, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("company-name", company);
        form.put("company-registrationNumber", registrationNumber("91310115MA1K4ABC1"));
        form.put("company-address", "上海市浦东新区张江路 100 号");
        form.put("company-website", "https://console-e2e.example.com");
        form.put("company-introduction", "云上运维与数据迁移\n七天二十四小时服务");
        form.put("customerService-hotline", "400-800-1234");
        form.put("customerService-email", "service@console-e2e.example.com");
        form.put("customerService-hours", "工作日 9:00-18:00");
        form.put("customerService-channel", "https://console-e2e.example.com/chat");
        form.put("contact-name", "李娜");
        form.put("contact-mobile", mobile);
        form.put("contact-email", email);
        return form;
    }

    private static void fill(WebDriver page, Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement input = page.findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        });
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().strip();
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static WebDriverWait await(WebDriver page) {
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
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
