package com.cloudmarket.marketplace.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter SHANGHAI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void refusedInputIsKeptWithFieldMessagesAndASubmittedChangeWaitsForReview() {
        NewProvider provider = NewProvider.signUp(api);
        String token = provider.token(api);
        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), provider.login(), provider.password());

        page.get(api.baseUrl() + "/provider/profile-edit.xhtml");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-name")));
        String company = "控制台e2e科技有限公司 " + provider.login();
        ProfileEditPage.fill(page, ProfileEditPage.form(company, "12345", "not-an-email"));
        page.findElement(By.id("draft-save")).click();

        String mobileMessage = browser.await().until(d -> text(d, "contact-mobile-message").isBlank() ? null : text(d, "contact-mobile-message"));
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
        ProfileEditPage.fill(page, Map.of("contact-mobile", mobile, "contact-email", "lina@example.com"));
        page.findElement(By.id("draft-save")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-saved")));
        assertTrue(text(page, "contact-mobile-message").isBlank(), text(page, "contact-mobile-message"));
        JsonObject saved = provider(token);
        assertEquals(company, saved.getJsonObject("draft").getJsonObject("profile").getJsonObject("company").getString("name"));
        assertEquals(mobile, saved.getJsonObject("draft").getJsonObject("profile").getJsonObject("contact").getString("mobile"));

        page.findElement(By.id("draft-submit")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-pending")));
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
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-locked")));
        assertEquals(company, page.findElement(By.id("company-name")).getAttribute("value"));
        assertTrue(page.findElements(By.id("draft-submit")).isEmpty());
        assertTrue(page.findElements(By.id("draft-save")).isEmpty());
    }

    @Test
    void signingTheAgreementAndPayingTheDepositCompleteOnboarding() {
        NewProvider provider = NewProvider.signUp(api);
        String token = provider.token(api);
        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), provider.login(), provider.password());

        page.get(api.baseUrl() + "/provider/onboarding.xhtml");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("onboarding-missing")));
        assertTrue(page.findElements(By.id("onboarding-complete")).isEmpty());

        page.findElement(By.id("agreement-sign")).click();
        String refusal = browser.await().until(d -> text(d, "agreement-accept-message").isBlank() ? null : text(d, "agreement-accept-message"));
        assertTrue(isChinese(refusal), refusal);
        assertTrue(page.findElements(By.id("agreement-signed")).isEmpty(), "not signed without the tick");
        assertFalse(provider(token).getJsonObject("onboarding").getBoolean("agreementSigned"));

        page.findElement(By.cssSelector("#agreement-accept .ui-chkbox-box")).click();
        page.findElement(By.id("agreement-sign")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-signed")));
        assertEquals(text(page, "agreement-current-version"), text(page, "agreement-signed-version"));
        assertFalse(text(page, "agreement-signed-at").isBlank());
        assertTrue(page.findElements(By.id("onboarding-complete")).isEmpty(), "the deposit is still missing");

        page.findElement(By.id("deposit-pay")).click();
        WebElement confirm = browser.await().until(ExpectedConditions.elementToBeClickable(By.id("deposit-confirm")));
        confirm.click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("deposit-reference")));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("onboarding-complete")));
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

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().strip();
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
