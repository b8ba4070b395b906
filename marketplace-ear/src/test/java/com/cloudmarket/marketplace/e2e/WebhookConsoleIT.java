package com.cloudmarket.marketplace.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provider's webhook pages in headless Chromium: a refused address keeps the form with a message, a generated
 * secret subscribes a receiver, its delivery attempt shows with the receiver's answer, and unsubscribing asks first.
 */
class WebhookConsoleIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void aProviderSubscribesSeesTheDeliveryAndUnsubscribes() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewProvider provider = NewProvider.signUp(api);
            WebDriver page = browser.open();
            browser.logIn(api.baseUrl(), provider.login(), provider.password());
            page.findElement(By.id("menu-webhooks")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-url")));

            page.findElement(By.id("webhook-url")).sendKeys("http://10.0.0.7/hook");
            List<WebElement> boxes = page.findElements(By.cssSelector("[id='webhook-events'] .ui-chkbox-box"));
            assertEquals(9, boxes.size());
            boxes.get(0).click(); // PROFILE_REVIEW_DECIDED
            page.findElement(By.id("webhook-secret-generate")).click();
            browser.await().until(d -> d.findElement(By.id("webhook-secret")).getAttribute("value").length() == 48);
            String secret = page.findElement(By.id("webhook-secret")).getAttribute("value");
            UsedSecrets.add(secret);
            page.findElement(By.id("webhook-submit")).click();
            String refused = browser.await().until(d -> text(d, "webhook-url-message").isBlank() ? null
                    : text(d, "webhook-url-message"));
            assertTrue(refused.contains("内网"), refused);
            assertEquals("http://10.0.0.7/hook", page.findElement(By.id("webhook-url")).getAttribute("value"));

            WebElement url = page.findElement(By.id("webhook-url"));
            url.clear();
            url.sendKeys(receiver.url("/console"));
            page.findElement(By.id("webhook-submit")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-created")));
            assertTrue(text(page, "webhooks").contains(receiver.url("/console")), text(page, "webhooks"));
            assertTrue(text(page, "webhooks").contains("服务商资料审核结果"));

            long reviewId = provider.submitProfile(api, "控制台回调科技有限公司");
            String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
            assertEquals(200, api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator).statusCode());
            WebhookReceiver.Delivery delivery = receiver.await("/console", Duration.ofSeconds(20), got -> got.size() == 1)
                    .get(0);
            assertTrue(delivery.signedWith(secret), "signed with the secret the page generated");

            page.findElement(By.linkText(receiver.url("/console"))).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-attempts")));
            // One refresh at a time: a click while the last update is in flight replaces the table after it was read.
            String attempts = browser.await().until(d -> {
                if (!browser.ajaxIdle()) {
                    return null;
                }
                String shown = text(d, "webhook-attempts");
                if (shown.contains("已送达")) {
                    return shown;
                }
                d.findElement(By.id("webhook-refresh")).click();
                return null;
            });
            assertTrue(attempts.contains("200"), attempts);
            assertTrue(attempts.contains(delivery.json().getString("id")), attempts);

            page.findElement(By.id("webhook-delete")).click();
            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("webhook-delete-confirm"))).click();
            browser.await().until(ExpectedConditions.urlContains("/provider/webhooks.xhtml"));
            browser.await().until(d -> text(d, "webhooks-flash").contains("订阅已删除") ? true : null);
            assertFalse(text(page, "webhooks").contains(receiver.url("/console")));
        }
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().strip();
    }
}
