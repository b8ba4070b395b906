package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.shared.domain.AuthenticationFailedException;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.api.ComponentClient.assertProblem;
import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account context with JPA, Flyway and the outbox, and its JAX-RS resources, on Payara Micro.
 * In-container tests call the EJBs; {@code @RunAsClient} tests speak HTTP to the deployed resources.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsComponentTest {

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.accountsAndApi();
    }

    @EJB
    private AccountService accounts;

    @EJB
    private TokenService tokens;

    @Inject
    private MovableClock clock;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private ComponentClient client;

    @BeforeEach
    void connect() {
        client = base == null ? null : new ComponentClient(base);
    }

    @Test
    void signUpGivesAnEightDigitAccountIdAndAPbkdf2Hash() throws SQLException {
        AccountView first = accounts.signUp(customer(uniqueLogin()));
        AccountView second = accounts.signUp(customer(uniqueLogin()));

        assertTrue(first.accountId() >= 10_000_001L && first.accountId() <= 99_999_999L, "account id " + first.accountId());
        assertNotEquals(first.accountId(), second.accountId());
        assertEquals(Set.of("CUSTOMER"), first.roles());
        String hash = TestDatabase.single(dataSource, "SELECT password_hash FROM account WHERE id = ?", first.accountId());
        assertTrue(hash.startsWith("pbkdf2-sha256$10000$"), hash);
        assertFalse(hash.contains("Secret123"));
    }

    @Test
    void signUpRecordsExactlyOneEventInTheSameTransaction() throws SQLException {
        AccountView account = accounts.signUp(customer(uniqueLogin()));
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = 'ACCOUNT_REGISTERED'",
                String.valueOf(account.accountId())));
    }

    @Test
    void aRefusedSignUpStoresNothing() throws SQLException {
        String accountsBefore = TestDatabase.single(dataSource, "SELECT COUNT(*) FROM account");
        String eventsBefore = TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event");

        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> accounts.signUp(
                new SignUpCommand("x", "short", "", "123", "nope", "OPERATOR", null)));
        assertEquals(Set.of("login", "password", "displayName", "mobile", "email", "role"),
                invalid.errors().stream().map(e -> e.field()).collect(java.util.stream.Collectors.toSet()));

        String login = uniqueLogin();
        accounts.signUp(customer(login));
        assertThrows(ConflictException.class, () -> accounts.signUp(customer(login.toUpperCase())));

        assertEquals(Long.parseLong(accountsBefore) + 1, Long.parseLong(TestDatabase.single(dataSource, "SELECT COUNT(*) FROM account")));
        assertEquals(Long.parseLong(eventsBefore) + 1, Long.parseLong(TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event")));
    }

    @Test
    void credentialsAreCheckedWithoutSayingWhichPartWasWrong() {
        String login = uniqueLogin();
        AccountView account = accounts.signUp(customer(login));

        assertEquals(account.accountId(), accounts.verifyCredentials(login, "Secret123", ComponentClient.ORIGIN).orElseThrow().accountId());
        assertTrue(accounts.verifyCredentials(login, "Wrong1234", ComponentClient.ORIGIN).isEmpty());
        assertTrue(accounts.verifyCredentials("nobody-" + login, "Secret123", ComponentClient.ORIGIN).isEmpty());
        AuthenticationFailedException unknown = assertThrows(AuthenticationFailedException.class,
                () -> tokens.issue("nobody-" + login, "Secret123", ComponentClient.ORIGIN));
        AuthenticationFailedException wrong = assertThrows(AuthenticationFailedException.class,
                () -> tokens.issue(login, "Wrong1234", ComponentClient.ORIGIN));
        assertEquals(unknown.messageKey(), wrong.messageKey());
    }

    @Test
    void tokensAuthenticateUntilRevoked() {
        String login = uniqueLogin();
        AccountView account = accounts.signUp(customer(login));
        String token = tokens.issue(login, "Secret123", ComponentClient.ORIGIN).token();

        assertEquals(account.accountId(), tokens.authenticate(token).orElseThrow().accountId());
        assertTrue(tokens.authenticate(token + "x").isEmpty());
        assertEquals(account.accountId(), tokens.authenticate(token).orElseThrow().accountId(), "again, from the cache");
        tokens.revoke(token);
        assertTrue(tokens.authenticate(token).isEmpty(), "the revocation drops the cached lookup");
    }

    @Test
    void aTokenRevokedByAnotherServerIsRefusedOnceItsCheckIsDue() throws Exception {
        String login = uniqueLogin();
        accounts.signUp(customer(login));
        String token = tokens.issue(login, "Secret123", ComponentClient.ORIGIN).token();
        assertTrue(tokens.authenticate(token).isPresent());
        // another member of the deployment group took the revocation: only the row changed
        assertEquals(1, TestDatabase.update(dataSource, "UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP "
                + "WHERE token_hash = ?", sha256(token)));
        try {
            clock.advance(Duration.ofSeconds(29));
            assertTrue(tokens.authenticate(token).isPresent(), "trusted for the 30 s after its check");
            clock.advance(Duration.ofSeconds(2));
            assertTrue(tokens.authenticate(token).isEmpty(), "checked against its row again, and refused");
            clock.advance(Duration.ofSeconds(60));
            assertTrue(tokens.authenticate(token).isEmpty(), "a refused token is not trusted later");
        } finally {
            clock.reset();
        }
    }

    @Test
    void tokensExpireAfterTheirLifetime() {
        String login = uniqueLogin();
        accounts.signUp(customer(login));
        String token = tokens.issue(login, "Secret123", ComponentClient.ORIGIN).token();
        try {
            clock.advance(Duration.ofMinutes(479));
            assertTrue(tokens.authenticate(token).isPresent(), "still valid inside the 480-minute lifetime");
            clock.advance(Duration.ofMinutes(2));
            assertTrue(tokens.authenticate(token).isEmpty(), "expired");
        } finally {
            clock.reset();
        }
    }

    @Test
    @RunAsClient
    void signUpTokenAndMeOverHttp() throws Exception {
        String login = uniqueLogin();
        HttpResponse<String> created = client.post("v1/accounts", """
                {"login":"%s","password":"Secret123","displayName":"云帆科技","mobile":"+86 13800000001",
                 "email":"ops@yunfan.example.com","role":"PROVIDER","unknownField":true}""".formatted(login), null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = json(created.body());
        assertEquals(login, account.getString("login"));
        assertEquals("PROVIDER", account.getJsonArray("roles").getString(0));

        HttpResponse<String> token = client.post("v1/auth/token", """
                {"login":"%s","password":"Secret123"}""".formatted(login), null);
        assertEquals(200, token.statusCode(), token.body());
        String bearer = json(token.body()).getString("token");
        assertTrue(json(token.body()).getString("expiresAt").endsWith("Z"));

        HttpResponse<String> me = client.get("v1/me", bearer);
        assertEquals(200, me.statusCode(), me.body());
        JsonObject meBody = json(me.body());
        assertEquals(account.getJsonNumber("accountId").longValue(), meBody.getJsonNumber("accountId").longValue());
        assertEquals("云帆科技", meBody.getString("displayName"));
        assertFalse(me.body().contains("password"));
    }

    @Test
    @RunAsClient
    void badInputIsAProblemDocumentInTheCallersLanguage() throws Exception {
        HttpResponse<String> malformed = client.post("v1/accounts", "{\"login\": ", null);
        assertProblem(malformed, 400);

        HttpResponse<String> wrongType = client.post("v1/accounts", "{\"login\": [1,2]}", null);
        assertProblem(wrongType, 400);

        HttpResponse<String> empty = client.post("v1/accounts", "", null);
        assertProblem(empty, 400);

        HttpResponse<String> invalid = client.send(HttpRequest.newBuilder(client.uri("v1/accounts"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"ab\",\"role\":\"OPERATOR\"}")), null);
        JsonObject problem = assertProblem(invalid, 400);
        assertEquals("Some fields are not valid; see the errors.", problem.getString("detail"));
        assertTrue(problem.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList()
                .containsAll(List.of("login", "password", "displayName", "mobile", "role")));

        HttpResponse<String> chinese = client.post("v1/accounts", "{\"login\":\"ab\"}", null);
        assertEquals("提交的内容有误，请按提示修改。", assertProblem(chinese, 400).getString("detail"));

        String huge = "{\"login\":\"" + "a".repeat(300_000) + "\"}";
        assertProblem(client.post("v1/accounts", huge, null), 413);
    }

    @Test
    @RunAsClient
    void duplicateLoginIsAConflictAndConcurrentSignUpsHaveOneWinner() throws Exception {
        String login = uniqueLogin();
        String body = """
                {"login":"%s","password":"Secret123","displayName":"Race","mobile":"13800000009","role":"CUSTOMER"}"""
                .formatted(login);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> client.post("v1/accounts", body, null).statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
            assertEquals(7, codes.stream().filter(c -> c == 409).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertProblem(client.post("v1/accounts", body, null), 409);
    }

    @Test
    @RunAsClient
    void aSignUpRepeatedWithItsIdempotencyKeyCreatesOneAccount() throws Exception {
        String login = uniqueLogin();
        String body = """
                {"login":"%s","password":"Secret123","displayName":"重试","mobile":"13800000010","role":"CUSTOMER"}"""
                .formatted(login);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> client.post("v1/accounts", body, null, key));
            }
            for (Future<HttpResponse<String>> f : pool.invokeAll(attempts)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // the first creates; the others replay it or, while it is still uncommitted, are refused and may retry
        Set<Long> created = answers.stream().filter(a -> a.statusCode() == 201)
                .map(a -> json(a.body()).getJsonNumber("accountId").longValue()).collect(Collectors.toSet());
        assertEquals(1, created.size(), answers.stream().map(HttpResponse::body).toList().toString());
        assertTrue(answers.stream().allMatch(a -> a.statusCode() == 201 || a.statusCode() == 409));
        HttpResponse<String> retry = client.post("v1/accounts", body, null, key);
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals(created.iterator().next(), json(retry.body()).getJsonNumber("accountId").longValue());

        JsonObject reused = assertProblem(client.post("v1/accounts", body.replace(login, uniqueLogin()), null, key), 409);
        assertTrue(reused.getString("detail").contains("Idempotency-Key"), reused.toString());
        JsonObject badKey = assertProblem(client.post("v1/accounts", body, null, "has spaces in it"), 400);
        assertEquals("Idempotency-Key", badKey.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(client.post("v1/accounts", body, null), 409);
    }

    @Test
    @RunAsClient
    void tokensAreRequiredCheckedAndRoleBound() throws Exception {
        assertProblem(client.get("v1/me", null), 401);
        assertProblem(client.get("v1/me", "forged-token"), 401);
        assertProblem(client.send(HttpRequest.newBuilder(client.uri("v1/me")).header("Authorization", "Basic YTpi"), null), 401);
        assertProblem(client.post("v1/auth/token", "{\"login\":\"nobody\",\"password\":\"Secret123\"}", null), 401);

        String login = uniqueLogin();
        assertEquals(201, client.post("v1/accounts", """
                {"login":"%s","password":"Secret123","displayName":"C","mobile":"13900000002","role":"CUSTOMER"}"""
                .formatted(login), null).statusCode());
        String bearer = json(client.post("v1/auth/token", """
                {"login":"%s","password":"Secret123"}""".formatted(login), null).body()).getString("token");
        assertProblem(client.post("v1/operators", "{\"login\":\"sneaky\",\"password\":\"Secret123\",\"displayName\":\"S\"}", bearer),
                403);

        assertEquals(204, client.send(HttpRequest.newBuilder(client.uri("v1/auth/token")).DELETE(), bearer).statusCode());
        assertProblem(client.get("v1/me", bearer), 401);
    }

    @Test
    @RunAsClient
    void healthChecksTheDatabase() throws Exception {
        HttpResponse<String> health = client.get("v1/health", null);
        assertEquals(200, health.statusCode());
        assertEquals("UP", json(health.body()).getString("status"));
        assertEquals("UP", json(health.body()).getJsonObject("checks").getString("database"));
    }

    private static SignUpCommand customer(String login) {
        return new SignUpCommand(login, "Secret123", "张伟", "13900000002", null, "CUSTOMER", null);
    }

    private static String uniqueLogin() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** How the token is stored (TokenService keeps only its SHA-256). */
    private static String sha256(String token) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
