package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions of the console on the real server, spoken to in plain HTTP so each cookie and header is visible: a new
 * session id at login, the cookie's flags, forms that act only with their own session's view state, and the security
 * headers of console pages and API answers alike.
 */
class SessionSecurityIT {

    private static final String DASHBOARD = "/customer/dashboard.xhtml";
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"logout-form\"[^>]*action=\"([^\"]+)\"");

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void loginGivesANewSessionIdInAnHttpOnlySameSiteCookie() {
        String login = newCustomer();
        ConsoleSession console = new ConsoleSession(api.baseUrl());
        console.get("/login.xhtml");
        String before = console.sessionId();
        assertNotNull(before, "the login page starts a session (its form's view state lives there)");
        String cookie = console.setCookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertCookieFlags(cookie);

        HttpResponse<String> loggedIn = console.logIn(login, NewProvider.PASSWORD);
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        assertTrue(loggedIn.headers().firstValue("Location").orElse("").endsWith(DASHBOARD), loggedIn.headers().map().toString());
        String renewed = console.setCookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no new session cookie at login: " + console.setCookies()));
        assertCookieFlags(renewed);
        assertNotEquals(before, console.sessionId(), "the id a visitor had before login must not carry the login");
        assertTrue(console.signedIn(DASHBOARD));

        // whoever knew the old id (fixed it in the victim's browser before login) holds no login
        ConsoleSession fixed = new ConsoleSession(api.baseUrl()).withSessionId(before);
        assertFalse(fixed.signedIn(DASHBOARD), "the pre-login session id must not be signed in");
    }

    @Test
    void aFormActsOnlyWithItsOwnSessionsViewState() {
        String login = newCustomer();
        ConsoleSession victim = new ConsoleSession(api.baseUrl());
        assertEquals(302, victim.logIn(login, NewProvider.PASSWORD).statusCode());
        String page = victim.get(DASHBOARD).body();
        String action = formAction(page);
        String ownViewState = ConsoleSession.viewState(page).orElseThrow();

        // a page on another site can post the form, but knows no view state: nothing happens
        victim.post(action, logoutForm(null));
        assertTrue(victim.signedIn(DASHBOARD), "a logout without a view state must not sign out");

        // nor does another session's view state (the attacker's own, from a login of the attacker's)
        ConsoleSession attacker = new ConsoleSession(api.baseUrl());
        assertEquals(302, attacker.logIn(newCustomer(), NewProvider.PASSWORD).statusCode());
        String attackersViewState = ConsoleSession.viewState(attacker.get(DASHBOARD).body()).orElseThrow();
        HttpResponse<String> forged = victim.post(action, logoutForm(attackersViewState));
        // unknown in this session: the view counts as expired, the action does not run
        assertTrue(forged.headers().firstValue("Location").orElse("").endsWith("/expired.xhtml"),
                "a foreign view state must not run the action: " + forged.statusCode() + " " + forged.headers().map());
        assertTrue(victim.signedIn(DASHBOARD), "a logout with another session's view state must not sign out");

        // the same form with its own view state does act, so the two refusals above are the view state's doing
        HttpResponse<String> own = victim.post(action, logoutForm(ownViewState));
        assertEquals(302, own.statusCode(), own.body());
        assertTrue(own.headers().firstValue("Location").orElse("").contains("/login.xhtml"), own.headers().map().toString());
        assertFalse(victim.signedIn(DASHBOARD), "the genuine logout signs out");
    }

    @Test
    void consolePagesAndApiAnswersCarryTheSecurityHeaders() {
        ConsoleSession console = new ConsoleSession(api.baseUrl());
        HttpResponse<String> page = console.get("/login.xhtml");
        String pagePolicy = header(page, "Content-Security-Policy");
        assertTrue(pagePolicy.contains("frame-ancestors 'none'"), pagePolicy);
        assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[^']+'.*"), "scripts only with the page's nonce: " + pagePolicy);
        assertFalse(pagePolicy.contains("unsafe-eval"), pagePolicy);
        assertFalse(pagePolicy.replaceAll("style-src[^;]*", "").contains("unsafe-inline"), pagePolicy);
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy, not two to combine");
        assertCommonHeaders(page);
        assertEquals("same-origin", header(page, "Referrer-Policy"));

        Matcher script = Pattern.compile("src=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page.body());
        assertTrue(script.find(), "the login page loads scripts from Faces resources");
        HttpResponse<String> resource = console.get(script.group(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode());
        assertTrue(header(resource, "Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertCommonHeaders(resource);

        HttpResponse<String> missing = console.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(header(missing, "Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertCommonHeaders(missing);

        for (HttpResponse<String> answer : List.of(api.get("/api/v1/health", null, null), api.get("/api/v1/me", null, null),
                api.get("/api/v1/no-such-resource", null, null),
                api.post("/api/v1/auth/token", Json.createObjectBuilder().add("login", "provider")
                        .add("password", MarketplaceHttp.DEMO_PASSWORD).build().toString(), null))) {
            String where = answer.uri() + " " + answer.statusCode();
            assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                    header(answer, "Content-Security-Policy"), where);
            assertCommonHeaders(answer);
            assertEquals("no-referrer", header(answer, "Referrer-Policy"), where);
            assertEquals("no-store", header(answer, "Cache-Control"), where);
        }
    }

    private static void assertCommonHeaders(HttpResponse<String> answer) {
        String where = answer.uri() + " " + answer.statusCode();
        assertEquals("nosniff", header(answer, "X-Content-Type-Options"), where);
        assertEquals("DENY", header(answer, "X-Frame-Options"), where);
    }

    /**
     * HttpOnly: scripts cannot read it. SameSite=Lax: other sites' forms and frames do not send it (links still do, so
     * a link from a mail opens a signed-in page). No Secure here, since this server speaks plain HTTP; on an HTTPS
     * listener the container marks it Secure (glassfish-web.xml cookieSecure=dynamic).
     */
    private static void assertCookieFlags(String cookie) {
        String flags = cookie.toLowerCase();
        assertTrue(flags.contains("; httponly"), cookie);
        assertTrue(flags.contains("; samesite=lax"), cookie);
        assertFalse(flags.contains("; secure"), "plain HTTP: " + cookie);
    }

    private static String header(HttpResponse<String> answer, String name) {
        return answer.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError(name + " missing on " + answer.uri() + " " + answer.statusCode()));
    }

    private static String formAction(String page) {
        Matcher m = FORM_ACTION.matcher(page);
        assertTrue(m.find(), "the console page has the logout form");
        return m.group(1).replace("&amp;", "&");
    }

    /** The header's logout form as its link posts it; with a null view state, as a forged page would. */
    private static Map<String, String> logoutForm(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logout-form", "logout-form");
        form.put("logout", "logout");
        if (viewState != null) {
            form.put(ConsoleSession.VIEW_STATE, viewState);
        }
        return form;
    }

    private String newCustomer() {
        return api.signUpCustomer("sess");
    }
}
