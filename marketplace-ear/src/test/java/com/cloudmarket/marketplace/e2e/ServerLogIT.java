package com.cloudmarket.marketplace.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Path log = Path.of(System.getProperty("marketplace.serverLog", "../target/runtime/domains/marketplace-e2e/logs/server.log"));
        assertTrue(Files.isReadable(log), "no server log at " + log.toAbsolutePath());
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
}
