package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input against every operation of the OpenAPI document, so a new operation is fuzzed without being listed:
 * malformed and mistyped JSON, nulls, huge strings, deep nesting, invalid UTF-8, markup and SQL metacharacters in
 * every member of the documented example, odd query parameters and path ids, as every role and as nobody. The answer
 * is never a 5xx and never carries a stack trace; every 4xx is a problem document.
 */
final class HostileInput {

    private static final List<JsonValue> ODD_VALUES = List.of(JsonValue.NULL, Json.createValue(-1),
            Json.createValue(1e308), JsonValue.TRUE, JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT,
            Json.createValue("x".repeat(20_000)), Json.createValue("<script>alert(1)</script>"),
            Json.createValue("' OR '1'='1'; DROP TABLE account; --"), Json.createValue("\u0000\u202e\ud83d\ude00"));

    private final URL base;
    private final AccountService accounts;
    private final TokenService tokens;
    private final DataSource dataSource;

    HostileInput(URL base, AccountService accounts, TokenService tokens, DataSource dataSource) {
        this.base = base;
        this.accounts = accounts;
        this.tokens = tokens;
        this.dataSource = dataSource;
    }

    /** Sends it all and fails with the first forty wrong answers. */
    void check() throws Exception {
        ComponentClient client = new ComponentClient(base);
        JsonObject document = json(client.send(HttpRequest.newBuilder(client.uri("/openapi"))
                .header("Accept", "application/json"), null).body());
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("nobody", null);
        callers.put("provider", tokenOf("PROVIDER"));
        callers.put("customer", tokenOf("CUSTOMER"));
        long operator = ReviewTestData.newOperator(dataSource, "zh-CN");
        callers.put("operator", tokens.issue(ReviewTestData.operatorLogin(operator), ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token());

        Map<String, ApiOperations.ApiOperation> operations = new LinkedHashMap<>();
        ApiOperations.all().forEach(o -> operations.put(o.httpMethod().toUpperCase() + " " + o.path(), o));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            if (path.getKey().equals("/v1/auth/token")) {
                continue; // repeated wrong logins would trip the login throttling for the other tests' address
            }
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                JsonObject example = example(document, operation.getValue().asJsonObject());
                String fuzzer = fuzzer(operations.get(method + " " + path.getKey()));
                for (String target : targets(path.getKey())) {
                    for (Map.Entry<String, String> caller : callers.entrySet()) {
                        // the others are refused before the body is read: one body each shows that refusal is clean
                        List<byte[]> bodies = bodies(method, example);
                        for (byte[] body : caller.getKey().equals(fuzzer) ? bodies : bodies.subList(0, 1)) {
                            HttpResponse<String> response = send(client, method, target, body, caller.getValue());
                            sent++;
                            String problem = judge(response);
                            if (problem != null) {
                                failures.add(method + " " + target + " as " + caller.getKey() + " with "
                                        + preview(body) + ": " + problem);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(sent > 1000, "sent " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers were wrong:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    /** Who gets the whole fuzz: the first role the operation allows (nobody when it is public). */
    private static String fuzzer(ApiOperations.ApiOperation operation) {
        if (operation == null || operation.isPublic()) {
            return "nobody";
        }
        return List.of("provider", "customer", "operator").stream()
                .filter(role -> operation.roles().contains(role.toUpperCase())).findFirst().orElse("nobody");
    }

    /** The path with its parameters as a plausible id, a huge number, text and markup. */
    private static List<String> targets(String template) {
        if (!template.contains("{")) {
            return List.of(template + "?limit=abc&cursor=%3Cscript%3E&status=%27%20OR%201%3D1&from=yesterday&q="
                    + "%25%27%3B--", template + "?limit=100000&cursor=" + "A".repeat(500));
        }
        List<String> targets = new ArrayList<>();
        for (String id : List.of("1", "99999999999999999999999", "abc", "%3Cscript%3E", "-5")) {
            targets.add(template.replaceAll("\\{[^}]+}", id));
        }
        return targets;
    }

    private static List<byte[]> bodies(String method, JsonObject example) {
        List<byte[]> bodies = new ArrayList<>();
        if (method.equals("GET") || method.equals("DELETE")) {
            bodies.add(null);
            return bodies;
        }
        for (String text : List.of("", "{", "[]", "\"text\"", "123", "null", "{}", "{\"a\":" + "[".repeat(3000)
                + "]".repeat(3000) + "}", "{\"big\":\"" + "x".repeat(300_000) + "\"}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        if (example != null) {
            for (String member : example.keySet()) {
                for (JsonValue odd : ODD_VALUES) {
                    JsonObjectBuilder mutated = Json.createObjectBuilder(example);
                    mutated.add(member, odd);
                    bodies.add(mutated.build().toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return bodies;
    }

    /** The example of the operation's request body schema (through its $ref), if it documents one. */
    private static JsonObject example(JsonObject document, JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || !body.containsKey("content")) {
            return null;
        }
        JsonObject media = body.getJsonObject("content").getJsonObject("application/json");
        if (media == null || media.getJsonObject("schema") == null) {
            return null;
        }
        JsonObject schema = media.getJsonObject("schema");
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        JsonValue example = schema == null ? null : schema.get("example");
        return example instanceof JsonObject object ? object : null;
    }

    private static HttpResponse<String> send(ComponentClient client, String method, String target, byte[] body,
                                             String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(target.substring(1)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (method.equals("POST") && body != null) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return client.send(request, token);
    }

    /** What is wrong with the answer, or null. */
    private static String judge(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return status + " " + body;
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("SQL")) {
            return "leaks internals: " + body.substring(0, Math.min(300, body.length()));
        }
        if (status >= 400 && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return status + " without a problem document: " + response.headers().firstValue("Content-Type").orElse("");
        }
        return null;
    }

    private static String preview(byte[] body) {
        if (body == null) {
            return "no body";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 120 ? text.substring(0, 120) + "…(" + body.length + " bytes)" : text;
    }

    private String tokenOf(String role) {
        String login = role.substring(0, 1).toLowerCase() + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        accounts.signUp(new SignUpCommand(login, ReviewTestData.PASSWORD, "模糊 " + login, mobile, null, role, "zh-CN"));
        return tokens.issue(login, ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
    }
}
