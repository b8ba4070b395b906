package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs after every other end-to-end test and reads the server's log: a failure the application only logs (an observer
 * that throws after commit, a timer that fails) answers no request with an error, so only the log shows it.
 */
@Order(Integer.MAX_VALUE)
class ServerLogIT {

    private static final int SHOWN = 5;

    @Test
    void theServerLoggedNoErrorWhileTheTestsRan() throws IOException {
        Path log = serverLog();
        List<String> errors = new ArrayList<>();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            // Payara's uniform log format: [time] [product] [LEVEL] [message id] [logger] ... then the message lines
            if (lines.get(i).contains("] [ERROR] [") || lines.get(i).contains("] [SEVERE] [")) {
                errors.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + 3))));
            }
        }
        assertTrue(errors.isEmpty(), errors.size() + " error entries in " + log + ", the first ones:\n"
                + String.join("\n---\n", errors.subList(0, Math.min(SHOWN, errors.size()))));
    }

    /**
     * Passwords, tokens and webhook secrets must never reach the log, where every administrator (and every log
     * shipper) reads them. Besides what the other tests used, this sends its own: a token used, a token refused, a
     * wrong password, so the check does not depend on which tests ran before it.
     */
    @Test
    void theServerLoggedNoSecretTheTestsUsed() throws IOException {
        MarketplaceHttp api = new MarketplaceHttp();
        String token = api.token("provider", MarketplaceHttp.DEMO_PASSWORD);
        assertEquals(200, api.get("/api/v1/me", token, null).statusCode());
        assertEquals(401, api.get("/api/v1/me", token + "x", null).statusCode());
        String wrongPassword = "Wrong-" + UUID.randomUUID();
        assertEquals(401, api.post("/api/v1/auth/token", Json.createObjectBuilder()
                .add("login", MarketplaceHttp.uniqueLogin("nobody")).add("password", wrongPassword).build().toString(),
                null).statusCode());

        Set<String> secrets = new TreeSet<>(UsedSecrets.all());
        secrets.addAll(List.of(MarketplaceHttp.DEMO_PASSWORD, NewProvider.PASSWORD, token, token + "x", wrongPassword));
        String text = Files.readString(serverLog(), StandardCharsets.UTF_8);
        List<String> logged = secrets.stream().filter(text::contains).map(ServerLogIT::masked).toList();
        assertTrue(logged.isEmpty(), "the server log contains " + logged.size() + " of the " + secrets.size()
                + " secrets the tests used: " + logged);
    }

    private static Path serverLog() {
        Path log = Path.of(System.getProperty("marketplace.serverLog", "../target/runtime/domains/marketplace-e2e/logs/server.log"));
        assertTrue(Files.isReadable(log), "no server log at " + log.toAbsolutePath());
        return log;
    }

    /** Enough to find it in the test code, not the whole secret again in the build's output. */
    private static String masked(String secret) {
        return secret.substring(0, 3) + "…(" + secret.length() + " chars)";
    }
}
