package com.cloudmarket.marketplace.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console in headless Chromium: log in, see the account ID in the header, switch language, log out. */
class ConsoleLoginIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void aWrongPasswordShowsOneMessageThatDoesNotSayWhichPartWasWrong() {
        WebDriver page = browser.open();
        page.get(api.baseUrl() + "/login.xhtml");
        browser.submitLogin("provider", "wrong-password-1");
        WebElement first = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        String wrongPassword = first.getText();

        browser.submitLogin("no-such-login", MarketplaceHttp.DEMO_PASSWORD);
        // the form posts the whole page: until it is replaced, the message found is still the first answer's. While
        // the page is replaced, Chrome may answer about the old element with an inspector error instead of "stale".
        browser.await().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(first));
        String unknownLogin = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText();

        assertFalse(wrongPassword.isBlank());
        assertEquals(wrongPassword, unknownLogin);
        assertTrue(page.findElements(By.id("accountId")).isEmpty(), "still signed out");
    }

    @Test
    void aProviderSeesTheAccountIdAndSwitchesLanguage() {
        long accountId = json(api.get("/api/v1/me", api.token("provider", MarketplaceHttp.DEMO_PASSWORD), null).body())
                .getJsonNumber("accountId").longValue();

        WebDriver page = browser.open();
        page.get(api.baseUrl() + "/");
        browser.submitLogin("provider", MarketplaceHttp.DEMO_PASSWORD);

        String shownId = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("accountId"))).getText();
        assertEquals(String.valueOf(accountId), shownId.strip());
        assertTrue(page.getCurrentUrl().contains("/provider/"), page.getCurrentUrl());
        String chineseTitle = page.findElement(By.id("dashboard-title")).getText();
        assertTrue(chineseTitle.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "Chinese by default: " + chineseTitle);

        page.findElement(By.id("lang-en")).click();
        browser.await().until(d -> !d.findElement(By.id("dashboard-title")).getText().equals(chineseTitle));
        String englishTitle = page.findElement(By.id("dashboard-title")).getText();
        assertTrue(englishTitle.chars().allMatch(c -> c < 0x3000), "English after the switch: " + englishTitle);
        assertEquals(String.valueOf(accountId), page.findElement(By.id("accountId")).getText().strip());

        page.findElement(By.id("lang-zh")).click();
        browser.await().until(d -> d.findElement(By.id("dashboard-title")).getText().equals(chineseTitle));

        page.findElement(By.id("logout")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        page.get(api.baseUrl() + "/provider/dashboard.xhtml");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        assertNotEquals(0, page.findElements(By.id("login")).size(), "the dashboard needs a new login after logout");
    }
}
