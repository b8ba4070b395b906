package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login throttle on the real server with its default limits (5 failures per login, 20 per address, 15 minutes).
 * The API tests name their client with X-Forwarded-For, which this server believes from loopback only because the
 * end-to-end settings list 127.0.0.1 as a trusted proxy: each test is its own client, and the browser tests (which
 * send no such header) keep their address free of these failures.
 */
class LoginThrottleIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void fiveWrongPasswordsLockTheAccountForEveryAddressWith429AndRetryAfter() {
        String login = newCustomer();
        Map<String, String> guesser = from(newAddress());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, requestToken(login, "Wrong-guess-" + i, guesser).statusCode());
        }
        HttpResponse<String> refused = requestToken(login, NewProvider.PASSWORD, from(newAddress()));
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        JsonObject problem = json(refused.body());
        assertEquals(429, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("15"), problem.toString());
        assertTrue(refused.body().indexOf("token") < 0, "no token in a refusal: " + refused.body());
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryLoginButNotOtherAddresses() {
        Map<String, String> sprayer = from(newAddress());
        for (int i = 0; i < 20; i++) {
            assertEquals(401, requestToken(MarketplaceHttp.uniqueLogin("nobody"), NewProvider.PASSWORD, sprayer).statusCode());
        }
        String login = newCustomer();
        assertEquals(429, requestToken(login, NewProvider.PASSWORD, sprayer).statusCode());
        assertEquals(200, requestToken(login, NewProvider.PASSWORD, from(newAddress())).statusCode());
    }

    @Test
    void theConsoleSaysHowLongToWaitInTheUsersLanguage() {
        String login = newCustomer();
        WebDriver page = browser.open();
        page.get(api.baseUrl() + "/login.xhtml");
        for (int i = 0; i < 5; i++) {
            browser.submitLogin(login, "Wrong-guess-" + i);
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        }
        browser.submitLogin(login, NewProvider.PASSWORD);
        String chinese = browser.await().until(d -> {
            String text = d.findElement(By.id("login-error")).getText();
            return text.contains("失败次数过多") ? text : null;
        });
        assertTrue(chinese.contains("15 分钟"), chinese);
        assertTrue(page.findElements(By.id("accountId")).isEmpty(), "the right password is refused too while locked");

        page.get(api.baseUrl() + "/login.xhtml?lang=en");
        browser.submitLogin(login, NewProvider.PASSWORD);
        String english = browser.await().until(d -> {
            String text = d.findElement(By.id("login-error")).getText();
            return text.contains("Too many failed logins") ? text : null;
        });
        assertTrue(english.contains("15 minutes"), english);
        assertTrue(page.findElements(By.id("accountId")).isEmpty());
    }

    private HttpResponse<String> requestToken(String login, String password, Map<String, String> headers) {
        return api.post("/api/v1/auth/token", Json.createObjectBuilder().add("login", login).add("password", password)
                .build().toString(), null, headers);
    }

    private String newCustomer() {
        return api.signUpCustomer("lock");
    }

    private static Map<String, String> from(String address) {
        return Map.of("X-Forwarded-For", address);
    }

    /** An address of the IPv6 documentation prefix, fresh per call. */
    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(1, 0x10000));
    }
}
