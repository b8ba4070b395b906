package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.account.domain.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.cloudmarket.marketplace.api.ComponentClient.assertProblem;
import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's migration import on Payara Micro, over HTTP: providers, customers, products and orders with their
 * history, usable through the normal API afterwards; a re-run skips; a file with one bad line stores nothing and names
 * the line; ids reserved by the import never collide with those EclipseLink hands out; no event is published. Every
 * test imports records of its own (random logins and keys), so tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class ImportComponentTest {

    private static final String NDJSON = "application/x-ndjson";

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.wholeApi().addClasses(ReviewTestData.class, ProductTestData.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private TokenService tokens;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    /** One migration's worth of data under fresh keys. */
    private final class Migration {
        final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        final String provider = "p" + tag;
        final String customer = "c" + tag;
        final String hash = new PasswordHasher(10_000).hash(ReviewTestData.PASSWORD);

        String providers() {
            return line("{\"login\":\"%s\",\"displayName\":\"云帆 %s\",\"mobile\":\"%s\",\"passwordHash\":\"%s\","
                    + "\"createdAt\":\"2024-01-02T10:00:00+08:00\",\"profile\":{\"company\":{\"name\":\"云帆科技有限公司 %s\","
                    + "\"registrationNumber\":\"91350100M000100Y43\",\"address\":\"上海市浦东新区张江路 100 号\"},"
                    + "\"customerService\":{\"hotline\":\"400-800-1234\",\"email\":\"service@yunfan.example.com\","
                    + "\"hours\":\"工作日 9:00-18:00\"},\"contact\":{\"name\":\"李娜\",\"mobile\":\"13800000001\","
                    + "\"email\":\"lina@yunfan.example.com\"}},\"agreementVersion\":\"2026-01\","
                    + "\"agreementSignedAt\":\"2024-01-02T10:05:00+08:00\",\"depositAmount\":\"10000.00\","
                    + "\"depositPaidAt\":\"2024-01-03T09:00:00+08:00\"}", provider, tag, mobile(), hash, tag)
                    + line("{\"login\":\"%s2\",\"displayName\":\"第二家 %s\",\"mobile\":\"%s\"}", provider, tag, mobile());
        }

        String customers() {
            return line("{\"login\":\"%s\",\"displayName\":\"张伟 %s\",\"mobile\":\"%s\",\"passwordHash\":\"%s\","
                    + "\"language\":\"en\"}", customer, tag, mobile(), hash)
                    + line("{\"login\":\"%s2\",\"displayName\":\"没有密码 %s\",\"mobile\":\"%s\"}", customer, tag, mobile());
        }

        String products() {
            return line("{\"externalId\":\"OPS-%s\",\"provider\":\"%s\",\"type\":\"OPS_SERVICE\",\"name\":\"运维 %s\","
                    + "\"summary\":\"7×24 小时巡检\",\"description\":\"<p>巡检<script>alert(1)</script></p>\","
                    + "\"category\":\"运维服务\",\"plans\":[{\"name\":\"基础版\",\"price\":{\"amount\":\"99.00\","
                    + "\"currency\":\"CNY\"}}],\"serviceContact\":{\"name\":\"王强\",\"phone\":\"400-800-1234\","
                    + "\"email\":\"ops@yunfan.example.com\"},\"requirementForm\":[{\"name\":\"host\",\"label\":\"服务器\","
                    + "\"type\":\"TEXT\",\"required\":true}],\"requirementBeforeStart\":true,\"deliveryDays\":3,"
                    + "\"warrantyDays\":30,\"createdAt\":\"2024-01-10T10:00:00+08:00\"}", tag, provider, tag)
                    + line("{\"externalId\":\"SW-%s\",\"provider\":\"%s\",\"status\":\"DELISTED\",\"type\":\"SOFTWARE_SERVICE\","
                    + "\"name\":\"软件 %s\",\"summary\":\"客户管理\",\"category\":\"企业应用\",\"plans\":[{\"name\":\"年付\","
                    + "\"price\":{\"amount\":\"2999.00\"}}],\"serviceContact\":{\"name\":\"王强\",\"phone\":\"13800000003\","
                    + "\"email\":\"sw@yunfan.example.com\"},\"version\":\"3.2\",\"licenseType\":\"SUBSCRIPTION\"}",
                    tag, provider, tag);
        }

        /** A completed ops order with its whole history, one awaiting confirmation, one of software. */
        String orders() {
            return line("{\"externalId\":\"SO-%s-1\",\"customer\":\"%s\",\"product\":\"OPS-%s\",\"plan\":\"基础版\","
                    + "\"status\":\"COMPLETED\",\"createdAt\":\"2024-03-01T10:00:00+08:00\",\"requirement\":{\"host\":\"10.0.0.8\"},"
                    + "\"startedAt\":\"2024-03-01T14:00:00+08:00\",\"completedAt\":\"2024-03-02T18:00:00+08:00\","
                    + "\"confirmedAt\":\"2024-03-03T09:00:00+08:00\"}", tag, customer, tag)
                    + line("{\"externalId\":\"SO-%s-2\",\"customer\":\"%s\",\"product\":\"OPS-%s\",\"plan\":\"基础版\","
                    + "\"quantity\":2,\"unitPrice\":\"88.00\",\"status\":\"AWAITING_CONFIRMATION\","
                    + "\"createdAt\":\"2024-03-05T10:00:00+08:00\",\"startedAt\":\"2024-03-05T11:00:00+08:00\","
                    + "\"completedAt\":\"2024-03-06T11:00:00+08:00\",\"autoConfirmAt\":\"2099-01-01T00:00:00Z\"}",
                    tag, customer, tag)
                    + line("{\"externalId\":\"SO-%s-3\",\"customer\":\"%s\",\"product\":\"SW-%s\",\"plan\":\"年付\","
                    + "\"createdAt\":\"2024-04-01T10:00:00+08:00\"}", tag, customer, tag);
        }

        void importAll(String operator) throws Exception {
            assertImported(post("providers", providers(), operator), "PROVIDER", 2, 0);
            assertImported(post("customers", customers(), operator), "CUSTOMER", 2, 0);
            assertImported(post("products", products(), operator), "PRODUCT", 2, 0);
            assertImported(post("orders", orders(), operator), "ORDER", 3, 0);
        }
    }

    @Test
    void importedRecordsWorkThroughTheApiWithTheirHistoryAndPublishNothing() throws Exception {
        String operator = operatorToken();
        Migration m = new Migration();
        ComponentClient client = new ComponentClient(base);
        String search = "v1/catalog?q=" + m.tag;
        assertEquals(0, json(client.get(search, null).body()).getJsonArray("items").size(), "nothing yet, and held so");
        long eventsBefore = count("SELECT COUNT(*) FROM outbox_event");
        m.importAll(operator);
        assertEquals(eventsBefore, count("SELECT COUNT(*) FROM outbox_event"), "an import publishes no event");

        String provider = tokens.issue(m.provider, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
        String customer = tokens.issue(m.customer, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
        assertProblem(client.post("v1/auth/token", "{\"login\":\"" + m.customer + "2\",\"password\":\""
                + ReviewTestData.PASSWORD + "\"}", null), 401); // imported without a hash: no password signs in

        JsonObject organisation = json(client.get("v1/provider", provider).body());
        assertEquals("云帆科技有限公司 " + m.tag, organisation.getJsonObject("profile").getJsonObject("company")
                .getString("name"));
        assertTrue(organisation.getJsonObject("onboarding").getBoolean("complete"), organisation.toString());

        JsonArray listed = json(client.get("v1/products", provider).body()).getJsonArray("items");
        assertEquals(2, listed.size());
        String catalog = client.get(search, null).body();
        assertTrue(catalog.contains("运维 " + m.tag) && !catalog.contains("软件 " + m.tag),
                "the import moved the storefront on: " + catalog);
        assertFalse(catalog.contains("<script>"), catalog);

        JsonArray completed = json(client.get("v1/orders?status=COMPLETED", provider).body()).getJsonArray("items");
        assertEquals(2, completed.size(), completed.toString());
        JsonArray awaiting = json(client.get("v1/orders?status=AWAITING_CONFIRMATION", customer).body())
                .getJsonArray("items");
        assertEquals(1, awaiting.size());
        JsonObject second = json(client.get("v1/orders/" + awaiting.getJsonObject(0).getString("orderNo"), customer)
                .body());
        assertEquals("176.00", second.getJsonObject("amount").getString("amount"));
        assertEquals("2099-01-01T00:00:00Z", second.getString("autoConfirmAt"));
        assertEquals(List.of("CREATED", "STARTED", "COMPLETED"), actions(second));

        String first = completed.stream().map(JsonObject.class::cast).filter(o -> o.getString("productName")
                .startsWith("运维")).findFirst().orElseThrow().getString("orderNo");
        assertTrue(first.startsWith("240301"), first); // our number, dated by the purchase in Beijing time
        JsonObject history = json(client.get("v1/orders/" + first, provider).body());
        assertEquals(List.of("CREATED", "REQUIREMENT_SUBMITTED", "STARTED", "COMPLETED", "CONFIRMED"), actions(history));
        assertEquals("2024-03-01T06:00:00Z", history.getJsonArray("timeline").getJsonObject(2).getString("at"));
        assertEquals("10.0.0.8", history.getJsonObject("requirement").getString("host"));

        // the confirmed history continues as any order does: the awaiting one can be confirmed now
        HttpResponse<String> confirmed = client.post("v1/orders/" + second.getString("orderNo") + "/confirm", "{}",
                customer);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
    }

    @Test
    void aRerunSkipsWhatIsStoredAndCompletesWhatIsNot() throws Exception {
        String operator = operatorToken();
        Migration m = new Migration();
        m.importAll(operator);
        assertImported(post("providers", m.providers(), operator), "PROVIDER", 0, 2);
        assertImported(post("products", m.products(), operator), "PRODUCT", 0, 2);
        assertImported(post("orders", m.orders(), operator), "ORDER", 0, 3);

        // a run that stopped after the first 1000 of 2500 lines: the whole file again stores the other 1500, once each
        String lines = IntStream.range(0, 2500).mapToObj(i -> line("{\"externalId\":\"BULK-%s-%d\",\"customer\":\"%s\","
                + "\"product\":\"SW-%s\",\"plan\":\"年付\",\"createdAt\":\"2024-05-01T10:00:00+08:00\"}", m.tag, i,
                m.customer, m.tag)).collect(Collectors.joining());
        String firstThousand = lines.lines().limit(1000).map(l -> l + "\n").collect(Collectors.joining());
        assertImported(post("orders", firstThousand, operator), "ORDER", 1000, 0);
        assertImported(post("orders", lines, operator), "ORDER", 1500, 1000);
        assertEquals(2503, count("SELECT COUNT(*) FROM customer_order o JOIN account a ON a.id = o.customer_account_id "
                + "WHERE a.login = '" + m.customer + "'"));
        assertEquals(5 + 3 + 1 + 2500, count("SELECT COUNT(*) FROM order_step s JOIN customer_order o "
                + "ON o.id = s.order_id JOIN account a ON a.id = o.customer_account_id WHERE a.login = '" + m.customer + "'"));
    }

    @Test
    void aFileWithBadLinesAnswersEachLineAndStoresNothing() throws Exception {
        String operator = operatorToken();
        Migration m = new Migration();
        m.importAll(operator);
        long orders = count("SELECT COUNT(*) FROM customer_order");
        long keys = count("SELECT COUNT(*) FROM import_key");
        String good = "{\"externalId\":\"N-%s-%d\",\"customer\":\"%s\",\"product\":\"SW-%s\",\"plan\":\"年付\","
                + "\"createdAt\":\"2024-05-01T10:00:00+08:00\"}";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(good, m.tag, 1, m.customer, m.tag));
        lines.add(String.format(good, m.tag, 2, "nobody" + m.tag, m.tag));
        lines.add(String.format(good, m.tag, 3, m.customer, m.tag).replace("年付", "月付"));
        lines.add("{\"externalId\": oops}");
        lines.add(String.format(good, m.tag, 1, m.customer, m.tag));
        lines.add(String.format(good, m.tag, 6, m.customer, m.tag).replace("2024-05-01", "2099-05-01"));
        lines.add(String.format(good, m.tag, 7, m.customer, "nothing" + m.tag));
        lines.add("{\"externalId\":\"N-" + m.tag + "-8\",\"customer\":\"" + m.customer + "\",\"product\":\"OPS-" + m.tag
                + "\",\"plan\":\"基础版\",\"status\":\"COMPLETED\",\"createdAt\":\"2024-05-01T10:00:00+08:00\","
                + "\"startedAt\":\"2024-04-01T10:00:00+08:00\",\"requirement\":{\"port\":\"22\"}}");
        lines.forEach(l -> file.writeBytes((l + "\n").getBytes(StandardCharsets.UTF_8)));
        file.writeBytes(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        HttpResponse<String> response = post("orders", file.toByteArray(), operator);
        JsonObject problem = assertProblem(response, 400);
        String errors = problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field") + " " + e.getString("code")).collect(Collectors.joining("\n"));
        for (String expected : List.of("line 2: customer importUnknownCustomer", "line 3: plan unknownPlan",
                "line 4 importLine", "line 5: externalId importDuplicate", "line 6: createdAt importFuture",
                "line 7: product importUnknownProduct", "line 8: completedAt required", "line 8: confirmedAt required",
                "line 8: startedAt importTimeOrder", "line 8: requirement.host required",
                "line 8: requirement.port unknownField", "line 9 importUtf8")) {
            assertTrue(errors.contains(expected), expected + " in\n" + errors);
        }
        assertFalse(errors.contains("line 1"), errors);
        assertEquals(orders, count("SELECT COUNT(*) FROM customer_order"));
        assertEquals(keys, count("SELECT COUNT(*) FROM import_key"));

        String many = IntStream.range(0, 150).mapToObj(i -> "{}\n").collect(Collectors.joining());
        JsonArray capped = assertProblem(post("customers", many, operator), 400).getJsonArray("errors");
        assertEquals(101, capped.size());
        assertEquals("file", capped.getJsonObject(100).getString("field"));
        assertTrue(capped.getJsonObject(100).getString("message").contains("350"), capped.getJsonObject(100).toString());

        String taken = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        accounts.signUp(new SignUpCommand(taken, ReviewTestData.PASSWORD, "已注册", mobile(), null, "CUSTOMER", "zh-CN"));
        assertEquals("line 1: login", assertProblem(post("customers", line("{\"login\":\"%s\",\"displayName\":\"重名\","
                + "\"mobile\":\"%s\"}", taken, mobile()), operator), 400).getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }

    @Test
    void idsReservedByAnImportNeverMeetThoseTheApplicationHandsOut() throws Exception {
        String operator = operatorToken();
        for (int round = 0; round < 2; round++) {
            Migration m = new Migration();
            m.importAll(operator);
            ComponentClient client = new ComponentClient(base);
            String login = "n" + m.tag;
            HttpResponse<String> signedUp = client.post("v1/accounts", "{\"login\":\"" + login + "\",\"password\":\""
                    + ReviewTestData.PASSWORD + "\",\"displayName\":\"新用户\",\"mobile\":\"" + mobile()
                    + "\",\"role\":\"CUSTOMER\"}", null);
            assertEquals(201, signedUp.statusCode(), signedUp.body());
            long newest = json(signedUp.body()).getJsonNumber("accountId").longValue();
            assertTrue(newest > maxImported("CUSTOMER"), "sign-up after the import gets a fresh account id");

            String provider = tokens.issue(m.provider, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
            HttpResponse<String> created = client.post("v1/products", "{\"type\":\"SOFTWARE_SERVICE\",\"name\":\"新软件\","
                    + "\"summary\":\"s\",\"category\":\"c\",\"plans\":[{\"name\":\"年付\",\"price\":{\"amount\":\"1.00\"}}],"
                    + "\"serviceContact\":{\"name\":\"王强\",\"phone\":\"13800000003\",\"email\":\"a@b.example.com\"},"
                    + "\"version\":\"1\",\"licenseType\":\"PERPETUAL\"}", provider);
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(json(created.body()).getJsonNumber("productId").longValue() > maxImported("PRODUCT"));

            String customer = tokens.issue(login, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
            long product = maxImported("PRODUCT") - 1; // the OPS product of this round, on sale
            HttpResponse<String> bought = client.post("v1/orders", "{\"productId\":" + product
                    + ",\"plan\":\"基础版\",\"quantity\":1}", customer);
            assertEquals(201, bought.statusCode(), bought.body());
            assertEquals(1, count("SELECT COUNT(*) FROM customer_order WHERE order_no = '"
                    + json(bought.body()).getString("orderNo") + "' AND id > " + maxImported("ORDER")));
        }
    }

    @Test
    void onlyOperatorsImportNdjsonWithinTheLimit() throws Exception {
        String operator = operatorToken();
        String customer = tokens.issue(newCustomer(), ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
        assertProblem(post("customers", "{}\n", customer), 403);
        assertProblem(post("customers", "{}\n", null), 401);
        ComponentClient client = new ComponentClient(base);
        assertProblem(client.send(HttpRequest.newBuilder(client.uri("v1/imports/customers"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("login\n")), operator), 415);
        assertEquals(400, client.post("v1/imports/customers", "{}", operator).statusCode(), "JSON is read as NDJSON");
        assertProblem(post("orders", "\n  \n", operator), 400);
        assertEquals("line 1", assertProblem(post("products", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
                operator), 400).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(post("orders", "x".repeat(3_000_000), operator), 413);
        assertEquals("line 1", assertProblem(post("orders", "{\"a\":\"" + "x".repeat(1_100_000) + "\"}", operator), 400)
                .getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void eachRunIsInTheAuditTrail() throws Exception {
        long operatorId = ReviewTestData.newOperator(dataSource, "en");
        String operator = tokens.issue(ReviewTestData.operatorLogin(operatorId), ReviewTestData.PASSWORD,
                ComponentClient.ORIGIN).token();
        Migration m = new Migration();
        m.importAll(operator);
        assertImported(post("orders", m.orders(), operator), "ORDER", 0, 3);

        List<String> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT action, "
                + "subject_id, changes FROM audit_entry WHERE actor_account_id = ? AND subject_type = 'IMPORT' ORDER BY id")) {
            s.setLong(1, operatorId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonArray changes = jakarta.json.Json.createReader(new java.io.StringReader(rs.getString(3)))
                            .readArray();
                    runs.add(rs.getString(1) + " " + rs.getString(2) + " " + changes.stream()
                            .map(v -> v.asJsonObject().getString("field") + "=" + v.asJsonObject().getString("after"))
                            .filter(change -> !change.startsWith("millis=")).collect(Collectors.joining(" ")));
                }
            }
        }
        assertEquals(List.of("IMPORT_COMPLETED PROVIDER imported=2 skipped=0 lines=2",
                "IMPORT_COMPLETED CUSTOMER imported=2 skipped=0 lines=2",
                "IMPORT_COMPLETED PRODUCT imported=2 skipped=0 lines=2",
                "IMPORT_COMPLETED ORDER imported=3 skipped=0 lines=3",
                "IMPORT_COMPLETED ORDER imported=0 skipped=3 lines=3"), runs);
    }

    @Test
    void aSecondImportWhileOneRunsIsRefused() throws Exception {
        String operator = operatorToken();
        Migration m = new Migration();
        m.importAll(operator);
        String lines = IntStream.range(0, 12_000).mapToObj(i -> line("{\"externalId\":\"LONG-%s-%d\",\"customer\":\"%s\","
                + "\"product\":\"SW-%s\",\"plan\":\"年付\",\"createdAt\":\"2024-05-01T10:00:00+08:00\"}", m.tag, i,
                m.customer, m.tag)).collect(Collectors.joining());

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        JsonObject refused = null;
        HttpResponse<String> firstDone;
        do {
            CompletableFuture<HttpResponse<String>> first = http.sendAsync(HttpRequest.newBuilder(
                            new ComponentClient(base).uri("v1/imports/orders")).header("Content-Type", NDJSON)
                    .header("Authorization", "Bearer " + operator)
                    .POST(HttpRequest.BodyPublishers.ofString(lines)).build(), HttpResponse.BodyHandlers.ofString());
            while (refused == null && !first.isDone()) {
                // an empty file: 400 when it gets to run, 409 while the first import runs
                HttpResponse<String> second = post("customers", "", operator);
                if (second.statusCode() == 409) {
                    refused = assertProblem(second, 409);
                } else {
                    assertEquals(400, second.statusCode(), second.body());
                    Thread.sleep(50);
                }
            }
            firstDone = first.get(120, TimeUnit.SECONDS);
            // the probe itself holds the gate for a moment: an order file that arrived just then was refused, send it again
        } while (firstDone.statusCode() == 409 && refused == null);
        assertImported(firstDone, "ORDER", 12_000, 0);
        assertNotNull(refused, "the second import was never refused while the first ran");
        assertTrue(refused.getString("detail").contains("ORDER"), refused.toString());
        assertEquals(400, post("customers", "", operator).statusCode(), "the gate is open again");
    }

    private static void assertImported(HttpResponse<String> response, String kind, long imported, long skipped) {
        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = json(response.body());
        assertEquals(kind, result.getString("kind"));
        assertEquals(imported, result.getJsonNumber("imported").longValue(), response.body());
        assertEquals(skipped, result.getJsonNumber("skipped").longValue(), response.body());
    }

    private HttpResponse<String> post(String kind, String ndjson, String token) throws Exception {
        return post(kind, ndjson.getBytes(StandardCharsets.UTF_8), token);
    }

    private HttpResponse<String> post(String kind, byte[] ndjson, String token) throws Exception {
        ComponentClient client = new ComponentClient(base);
        return client.send(HttpRequest.newBuilder(client.uri("v1/imports/" + kind)).header("Content-Type", NDJSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)), token);
    }

    private static List<String> actions(JsonObject order) {
        return order.getJsonArray("timeline").stream().map(s -> s.asJsonObject().getString("action")).toList();
    }

    private long maxImported(String kind) throws SQLException {
        return count("SELECT MAX(internal_id) FROM import_key WHERE kind = '" + kind + "'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String operatorToken() {
        long operator = ReviewTestData.newOperator(dataSource, "zh-CN");
        return tokens.issue(ReviewTestData.operatorLogin(operator), ReviewTestData.PASSWORD, ComponentClient.ORIGIN)
                .token();
    }

    private String newCustomer() {
        String login = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        accounts.signUp(new SignUpCommand(login, ReviewTestData.PASSWORD, "用户", mobile(), null, "CUSTOMER", "zh-CN"));
        return login;
    }

    private static String line(String format, Object... arguments) {
        return String.format(format, arguments) + "\n";
    }

    private static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
