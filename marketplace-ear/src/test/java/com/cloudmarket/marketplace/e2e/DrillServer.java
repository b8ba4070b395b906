package com.cloudmarket.marketplace.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The marketplace a drill may break: a Payara domain run by config/marketplace.sh like an administrator runs it, on
 * the MySQL/MariaDB database of MARKETPLACE_DB_URL, and the database server itself, stopped and started with the
 * commands an administrator would use.
 */
final class DrillServer {

    private final Path repository = Path.of(System.getProperty("marketplace.repository", "..")).toAbsolutePath().normalize();
    private final String domain = System.getProperty("marketplace.drill.domain", "marketplace-e2e");
    private final Path runtime = Path.of(System.getProperty("marketplace.runtimeDir",
            repository.resolve("target/runtime").toString()));
    private final Path domainHome = runtime.resolve("domains").resolve(domain);
    private final Map<String, String> environment;

    DrillServer(String httpPort, String adminPort, String settings) {
        String databaseUrl = System.getenv("MARKETPLACE_DB_URL");
        if (databaseUrl == null || !databaseUrl.startsWith("jdbc:mysql:")) {
            throw new IllegalStateException("the resilience drills run on MySQL/MariaDB: set MARKETPLACE_DB_URL");
        }
        environment = Map.of("MARKETPLACE_DOMAIN", domain, "MARKETPLACE_HTTP_PORT", httpPort,
                "MARKETPLACE_ADMIN_PORT", adminPort, "MARKETPLACE_DEMO_DATA", "true", "MARKETPLACE_SETTINGS", settings,
                "MARKETPLACE_STOP_ON_FAILURE", "true", "MARKETPLACE_RUNTIME_DIR", runtime.toString(),
                "MARKETPLACE_EAR", System.getProperty("marketplace.ear",
                        repository.resolve("marketplace-ear/target/marketplace.ear").toString()));
    }

    /** Starts the domain (creating and deploying it if needed) and returns how long it took until healthy. */
    Duration start() {
        Instant began = Instant.now();
        run(300, List.of("config/marketplace.sh", "start"));
        return Duration.between(began, Instant.now());
    }

    void stop() {
        run(120, List.of("config/marketplace.sh", "stop"));
    }

    /** kill -9 of the server's JVM: no shutdown hook, no transaction completes, the broker's memory is gone. */
    void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(domainHome.resolve("config/pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
    }

    /**
     * The server log's record of an unexpected failure, by the error id its 500 answer carried, without the stack
     * frames: the exception and its causes, so a drill's failure in CI says what the server hit.
     */
    String loggedFailure(String errorId) {
        try (Stream<Path> logs = Files.list(domainHome.resolve("logs"))) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("error id " + errorId)) {
                        return lines.subList(i, lines.size()).stream().takeWhile(line -> !line.startsWith("]]"))
                                .filter(line -> !line.isBlank() && !line.strip().startsWith("at ")
                                        && !line.strip().startsWith("..."))
                                .limit(40).collect(Collectors.joining("\n"));
                    }
                }
            }
            return "(no record of error id " + errorId + " in " + domainHome.resolve("logs") + ")";
        } catch (IOException e) {
            return "(server log unreadable: " + e + ")";
        }
    }

    /** Returns once the database no longer answers. */
    static void stopDatabase() throws InterruptedException {
        command(60, List.of("mysqladmin", "-h127.0.0.1", "-uroot", "shutdown"));
        awaitDatabase(false);
    }

    static void startDatabase() throws InterruptedException {
        command(60, List.of("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd"));
        awaitDatabase(true);
    }

    private static void awaitDatabase(boolean answering) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            boolean answers = exitCode(10, List.of("mysqladmin", "-h127.0.0.1", "-uroot", "--connect-timeout=2", "ping")) == 0;
            if (answers == answering) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("MariaDB still " + (answering ? "silent" : "answering") + " after 60 s");
    }

    private void run(int timeoutSeconds, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        String output = execute(builder, timeoutSeconds);
        System.out.println(output);
    }

    private static void command(int timeoutSeconds, List<String> command) {
        execute(new ProcessBuilder(command).redirectErrorStream(true), timeoutSeconds);
    }

    private static int exitCode(int timeoutSeconds, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(timeoutSeconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Runs a command to its end (its output through a file, so a child holding the pipe cannot block us). */
    private static String execute(ProcessBuilder builder, int timeoutSeconds) {
        List<String> command = new ArrayList<>(builder.command());
        try {
            Path output = Files.createTempFile("drill-command", ".log");
            try {
                Process process = builder.redirectOutput(output.toFile()).start();
                boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (!finished) {
                    process.destroyForcibly();
                    throw new AssertionError(command + " did not finish within " + timeoutSeconds + " s:\n" + text);
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(command + " failed (exit " + process.exitValue() + "):\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new AssertionError(command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(command + " interrupted", e);
        }
    }
}
