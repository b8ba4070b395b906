package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.LoginAttempts;
import com.cloudmarket.marketplace.account.application.LoginOrigin;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.shared.domain.AuthenticationFailedException;
import com.cloudmarket.marketplace.shared.domain.TooManyRequestsException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.cloudmarket.marketplace.api.ComponentClient.assertProblem;
import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login throttle shared by the console and the API's tokens: per login, per client address, with the database as
 * its memory and the movable clock as its time. Each test uses its own logins and its own (documentation) addresses, so
 * the tests do not count each other's failures.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleComponentTest {

    private static final String PASSWORD = "Secret123";
    private static final String WRONG = "Wrong1234";
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.accountsAndApi();
    }

    @EJB
    private AccountService accounts;

    @EJB
    private TokenService tokens;

    @EJB
    private LoginAttempts attempts;

    @Inject
    private MovableClock clock;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    @Test
    void fiveFailuresRefuseTheLoginEvenWithTheRightPasswordUntilTheWindowHasPassed() throws Exception {
        String login = signUp();
        LoginOrigin guesser = newAddress();
        try {
            for (int i = 0; i < 5; i++) {
                assertTrue(accounts.verifyCredentials(login, WRONG, guesser).isEmpty());
            }
            // the owner, from elsewhere, with the right password: refused too (the limit protects the account)
            TooManyRequestsException refused = assertThrows(TooManyRequestsException.class,
                    () -> accounts.verifyCredentials(login, PASSWORD, newAddress()));
            assertTrue(refused.retryAfterSeconds() > 14 * 60 && refused.retryAfterSeconds() <= 15 * 60,
                    "seconds until the first failure leaves the window: " + refused.retryAfterSeconds());
            assertEquals("error.tooManyLoginAttempts", refused.messageKey());
            assertEquals(15L, refused.arguments()[0], "minutes shown to the user");
            assertThrows(TooManyRequestsException.class, () -> tokens.issue(login, PASSWORD, newAddress()));
            assertEquals("5", TestDatabase.single(dataSource,
                    "SELECT COUNT(*) FROM login_attempt WHERE login_key = ?", login), "refusals are not counted");

            clock.advance(WINDOW.minusMinutes(1));
            assertThrows(TooManyRequestsException.class, () -> accounts.verifyCredentials(login, PASSWORD, guesser));
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            assertEquals(login, accounts.verifyCredentials(login, PASSWORD, guesser).orElseThrow().login());
            assertEquals("0", TestDatabase.single(dataSource,
                    "SELECT COUNT(*) FROM login_attempt WHERE login_key = ?", login), "a success forgets the failures");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aSuccessStartsTheLoginsCountAgain() {
        String login = signUp();
        LoginOrigin owner = newAddress();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertTrue(accounts.verifyCredentials(login, WRONG, owner).isEmpty());
            }
            assertTrue(accounts.verifyCredentials(login, PASSWORD, owner).isPresent(), "round " + round);
        }
    }

    @Test
    void anUnknownLoginIsThrottledLikeAKnownOne() {
        String nobody = "nobody-" + uniqueLogin();
        LoginOrigin guesser = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThrows(AuthenticationFailedException.class, () -> tokens.issue(nobody, PASSWORD, guesser));
        }
        assertThrows(TooManyRequestsException.class, () -> tokens.issue(nobody.toUpperCase(), PASSWORD, newAddress()));
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryLoginFromIt() {
        LoginOrigin sprayer = newAddress();
        for (int i = 0; i < 20; i++) {
            // a different login each time: no login reaches its own limit
            assertTrue(accounts.verifyCredentials("nobody-" + uniqueLogin(), PASSWORD, sprayer).isEmpty());
        }
        String login = signUp();
        assertThrows(TooManyRequestsException.class, () -> accounts.verifyCredentials(login, PASSWORD, sprayer));
        assertTrue(accounts.verifyCredentials(login, PASSWORD, newAddress()).isPresent(), "other addresses are not affected");
    }

    @Test
    void attemptsOlderThanTheWindowArePurged() throws Exception {
        String login = signUp();
        LoginOrigin origin = newAddress();
        try {
            accounts.verifyCredentials(login, WRONG, origin);
            accounts.verifyCredentials(login, WRONG, origin);
            attempts.purge();
            assertEquals("2", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM login_attempt WHERE login_key = ?", login));
            clock.advance(WINDOW.plusSeconds(1));
            attempts.purge();
            assertEquals("0", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM login_attempt WHERE login_key = ?", login));
        } finally {
            clock.reset();
        }
    }

    @Test
    @RunAsClient
    void tokenRequestsPastTheLimitAnswer429WithRetryAfterAndTheUsersLanguage() throws Exception {
        ComponentClient client = new ComponentClient(base);
        String login = uniqueLogin();
        assertEquals(201, client.post("v1/accounts", signUpJson(login, PASSWORD), null).statusCode());
        String wrong = "{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, WRONG);
        for (int i = 0; i < 5; i++) {
            assertProblem(client.post("v1/auth/token", wrong, null), 401);
        }
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("v1/auth/token"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, PASSWORD))),
                null);
        JsonObject problem = assertProblem(refused, 429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals("Too many failed logins; try again in 15 minutes.", problem.getString("detail"));
        assertTrue(problem.getString("type").endsWith("too-many-requests"), problem.toString());
        assertEquals("登录失败次数过多，请 15 分钟后再试。",
                assertProblem(client.post("v1/auth/token", wrong, null), 429).getString("detail"));
    }

    @Test
    @RunAsClient
    void aPasswordMustNotContainTheLogin() throws Exception {
        ComponentClient client = new ComponentClient(base);
        String login = uniqueLogin();
        JsonObject problem = assertProblem(client.post("v1/accounts", signUpJson(login, login.toUpperCase() + "1"), null), 400);
        assertEquals("password", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("passwordContainsLogin", problem.getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    private String signUp() {
        String login = uniqueLogin();
        accounts.signUp(new SignUpCommand(login, PASSWORD, "限流", "13900000003", null, "CUSTOMER", null));
        return login;
    }

    private static String signUpJson(String login, String password) {
        return """
                {"login":"%s","password":"%s","displayName":"限流","mobile":"13900000004","role":"CUSTOMER"}"""
                .formatted(login, password);
    }

    /** A fresh address of the IPv6 documentation prefix per call, so no two tests share a client. */
    private static LoginOrigin newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LoginOrigin.of("2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(1, 0x10000)));
    }

    private static String uniqueLogin() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
