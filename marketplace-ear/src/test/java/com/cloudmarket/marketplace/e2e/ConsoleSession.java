package com.cloudmarket.marketplace.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console spoken to in plain HTTP, as a browser would (or a forged page on another site): its session cookie by
 * hand, so a test sees each {@code Set-Cookie} and can send a form with or without a view state.
 */
final class ConsoleSession {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern VIEW_STATE_INPUT = Pattern.compile(
            "name=\"" + Pattern.quote(VIEW_STATE) + "\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String sessionId;
    private HttpResponse<String> last;

    ConsoleSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Continues a session whose id is known, as one who learnt it would. */
    ConsoleSession withSessionId(String id) {
        sessionId = id;
        return this;
    }

    String sessionId() {
        return sessionId;
    }

    /** Every {@code Set-Cookie} of the last answer. */
    List<String> setCookies() {
        return last.headers().allValues("Set-Cookie");
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits the login page's form as its button does; the answer is a redirect to the dashboard on success. */
    HttpResponse<String> logIn(String login, String password) {
        String page = get("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("login", login);
        form.put("password", password);
        form.put("submit", "");
        form.put(VIEW_STATE, viewState(page).orElseThrow(() -> new AssertionError("no view state on the login page")));
        return post("/login.xhtml", form);
    }

    /** Whether the session is signed in: the dashboard answers itself, not a redirect to the login page. */
    boolean signedIn(String dashboard) {
        return get(dashboard).statusCode() == 200;
    }

    static Optional<String> viewState(String page) {
        Matcher m = VIEW_STATE_INPUT.matcher(page);
        return m.find() ? Optional.of(m.group(1).replace("&#58;", ":").replace("&amp;", "&")) : Optional.empty();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try {
            last = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("console unreachable at " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        for (String cookie : last.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(cookie);
            if (m.find()) {
                sessionId = m.group(1);
            }
        }
        return last;
    }
}
