package com.cloudmarket.marketplace.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The profile change as the two people do it in their consoles, in headless Chromium: the provider edits and submits,
 * the operator finds the review in the queue and approves it, and the provider sees the new profile and the message.
 */
class ProfileChangeJourneyIT {

    private static final String COMPANY = "星河云科技有限公司";

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void editSubmitApproveAndTheProviderSeesTheNewProfileAndTheMessage() throws InterruptedException {
        NewProvider provider = NewProvider.signUp(api);
        String contactMobile = MarketplaceHttp.uniqueMobile();
        WebDriver page = browser.open();

        browser.logIn(api.baseUrl(), provider.login(), provider.password());
        page.findElement(By.id("menu-profile")).click();
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("profile-edit"))).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-name")));
        ProfileEditPage.fill(page, ProfileEditPage.form(COMPANY, contactMobile, "wanglei@xinghe.example.com"));
        page.findElement(By.id("draft-submit")).click();
        WebElement pending = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-pending")));
        String reviewId = page.findElement(By.id("pending-review-id")).getText().strip();
        assertFalse(pending.getText().isBlank());
        assertFalse(page.findElement(By.id("pending-due")).getText().isBlank(), "the due time is shown");
        assertFalse(page.findElement(By.id("live-company-name")).getText().contains(COMPANY), "live profile unchanged");
        browser.logOut();

        browser.logIn(api.baseUrl(), "operator", MarketplaceHttp.DEMO_PASSWORD);
        ReviewQueuePage.linkTo(browser, page, api.baseUrl(), Long.parseLong(reviewId)).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-changes")));
        assertTrue(changedValues(page).contains(COMPANY), "the diff shows the new company name");
        assertTrue(changedValues(page).contains(contactMobile), "and the new contact mobile");
        page.findElement(By.id("review-approve")).click();
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("review-approve-confirm"))).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-decided")));
        assertTrue(page.findElements(By.id("review-approve")).isEmpty(), "a decided review offers no second decision");
        browser.logOut();

        browser.logIn(api.baseUrl(), provider.login(), provider.password());
        page.findElement(By.id("menu-profile")).click();
        assertEquals(COMPANY, browser.await().until(
                ExpectedConditions.visibilityOfElementLocated(By.id("live-company-name"))).getText().strip());
        assertEquals(contactMobile, page.findElement(By.id("live-contact-mobile")).getText().strip());
        assertTrue(page.findElements(By.id("profile-pending")).isEmpty(), "nothing in review any more");

        // the inbox message travels outbox → JMS → consumer: reload the dashboard until it is there
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String inbox;
        do {
            page.findElement(By.id("menu-provider-dashboard")).click();
            inbox = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox"))).getText();
            if (inbox.contains("服务商资料审核通过")) {
                break;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        assertTrue(inbox.contains("服务商资料审核通过") && inbox.contains(reviewId), inbox);
    }

    private static String changedValues(WebDriver page) {
        return page.findElements(By.cssSelector("#review-changes .change-after")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
    }
}
