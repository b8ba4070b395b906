package com.cloudmarket.marketplace.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile text in every free-text field, over the API, then every page that shows it, as each role that sees it, in
 * headless Chromium: no payload runs, none becomes markup, each shows as the literal text that was sent (EL included),
 * and SQL metacharacters are stored as they were sent.
 * <p>
 * One provider, customer and operator carry payloads in their display names; the provider's live profile, a rejected
 * profile change and a saved draft, three products (one per type, with requirement form and type fields), a rejected
 * change of one and a pending change of another; three orders with requirement answers; a webhook; a calendar note.
 * Everything is created once; each test is one role's pages, each page loaded once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();
    /** In every product name, so the storefront search finds this run's products and nothing else. */
    private final String run = "xss" + UUID.randomUUID().toString().substring(0, 6);
    /** Field names by payload marker: index n is the field whose payload sets {@code window.__xss = n}. */
    private final List<String> fields = new ArrayList<>(List.of("none"));

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> providerName = new LinkedHashMap<>();
    private final Map<String, String> customerName = new LinkedHashMap<>();
    private final Map<String, String> operatorName = new LinkedHashMap<>();
    private final Map<String, String> liveProfile = new LinkedHashMap<>();
    private final Map<String, String> rejectedProfile = new LinkedHashMap<>();
    private final Map<String, String> profileReason = new LinkedHashMap<>();
    private final Map<String, String> ops = new LinkedHashMap<>();
    private final Map<String, String> opsChange = new LinkedHashMap<>();
    private final Map<String, String> opsReason = new LinkedHashMap<>();
    private final Map<String, String> software = new LinkedHashMap<>();
    private final Map<String, String> image = new LinkedHashMap<>();
    private final Map<String, String> imageChange = new LinkedHashMap<>();
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Map<String, String> webhook = new LinkedHashMap<>();
    private final Map<String, String> calendarNote = new LinkedHashMap<>();

    private NewProvider provider;
    private String customer;
    private String operator;
    private String contactMobile;
    private long opsId;
    private long softwareId;
    private long imageId;
    private long profileReview;
    private long opsChangeReview;
    private long imageChangeReview;
    private String opsOrder;
    private String softwareOrder;
    private String imageOrder;
    private String opsPlan;
    private long webhookId;
    private LocalDate calendarDay;

    @BeforeAll
    void hostileTenants() throws InterruptedException {
        String demoOperator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        operator = MarketplaceHttp.uniqueLogin("opx");
        HttpResponse<String> created = api.post("/api/v1/operators", Json.createObjectBuilder().add("login", operator)
                .add("password", NewProvider.PASSWORD).add("displayName", text(operatorName, "operator displayName", 50))
                .build().toString(), demoOperator);
        assertEquals(201, created.statusCode(), created.body());
        String operatorToken = api.token(operator, NewProvider.PASSWORD);
        assertEquals(operatorName.values().iterator().next(), me(operatorToken));

        provider = NewProvider.signUp(api, MarketplaceHttp.uniqueLogin("provx"),
                text(providerName, "provider displayName", 50));
        String providerToken = provider.token(api);
        assertEquals(providerName.values().iterator().next(), me(providerToken));
        assertEquals(200, api.post("/api/v1/provider/agreement", "{\"version\":\"2026-01\"}", providerToken).statusCode());
        assertEquals(200, api.post("/api/v1/provider/deposit", "{\"amount\":\"10000.00\"}", providerToken).statusCode());
        customer = api.signUp(MarketplaceHttp.uniqueLogin("custx"), text(customerName, "customer displayName", 50),
                MarketplaceHttp.uniqueMobile(), "CUSTOMER");
        String customerToken = api.token(customer, NewProvider.PASSWORD);
        assertEquals(customerName.values().iterator().next(), me(customerToken));

        HttpResponse<String> hook = api.post("/api/v1/webhooks", Json.createObjectBuilder()
                .add("url", literal(webhook, "webhook url",
                        "http://127.0.0.1:9/" + run + "/x'%3Cscript%3E;--?q=%22%20OR%20%221%22=%221"))
                .add("events", Json.createArrayBuilder().add("ORDER_CREATED"))
                .add("secret", "xss-e2e-" + UUID.randomUUID()).build().toString(), providerToken);
        assertEquals(201, hook.statusCode(), hook.body());
        webhookId = json(hook.body()).getJsonNumber("webhookId").longValue();
        assertEquals(webhook.get("webhook url"), json(api.get("/api/v1/webhooks", providerToken, null).body())
                .getJsonArray("items").getJsonObject(0).getString("url"));

        // the profile: a live one, a rejected change, then a draft of that change saved again
        contactMobile = MarketplaceHttp.uniqueMobile();
        JsonObject live = profile(liveProfile, "live");
        profileReview = submitProfile(providerToken, live);
        decide(operatorToken, profileReview, null);
        assertStored(live, json(api.get("/api/v1/provider", providerToken, null).body()).getJsonObject("profile"), Set.of());
        JsonObject change = profile(rejectedProfile, "rejected");
        profileReview = submitProfile(providerToken, change);
        decide(operatorToken, profileReview, text(profileReason, "profile reject reason", 200));
        HttpResponse<String> draft = api.put("/api/v1/provider/profile/draft", change.toString(), providerToken);
        assertEquals(200, draft.statusCode(), draft.body());

        JsonObject opsJson = opsProduct(ops, ops.computeIfAbsent("ops summary", k -> hostile(k, 200)));
        opsId = createAndApprove(providerToken, operatorToken, opsJson, Set.of("description"));
        opsChangeReview = changeAndSubmit(providerToken, opsId,
                opsProduct(new LinkedHashMap<>(ops), text(opsChange, "ops summary (change)", 200)));
        decide(operatorToken, opsChangeReview, text(opsReason, "ops reject reason", 200));
        softwareId = createAndApprove(providerToken, operatorToken, softwareProduct(), Set.of());
        JsonObject imageJson = imageProduct(image.computeIfAbsent("image os", k -> hostile(k, 60)));
        imageId = createAndApprove(providerToken, operatorToken, imageJson, Set.of());
        imageChangeReview = changeAndSubmit(providerToken, imageId, imageProduct(text(imageChange, "image os (change)", 60)));

        opsPlan = ops.get("ops plan 2");
        opsOrder = buy(customerToken, opsId, opsPlan);
        JsonObject requirement = Json.createObjectBuilder().add("fields", Json.createObjectBuilder()
                .add("host", text(answers, "answer text", 200))
                .add("notes", text(answers, "answer textarea", 2000))
                .add("region", literal(answers, "answer select", ops.get("ops option 1")))).build();
        HttpResponse<String> answered = api.post("/api/v1/orders/" + opsOrder + "/requirement", requirement.toString(),
                customerToken);
        assertEquals(200, answered.statusCode(), answered.body());
        assertStored(requirement.getJsonObject("fields"),
                json(api.get("/api/v1/orders/" + opsOrder, customerToken, null).body()).getJsonObject("requirement"), Set.of());
        assertEquals(200, api.post("/api/v1/orders/" + opsOrder + "/start", "", providerToken).statusCode());
        softwareOrder = buy(customerToken, softwareId, software.get("software plan"));
        imageOrder = buy(customerToken, imageId, image.get("image plan"));

        // a day that is off anyway (a Sunday), so the note changes no business day
        calendarDay = LocalDate.of(2039, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        HttpResponse<String> day = api.put("/api/v1/calendar/days/" + calendarDay, Json.createObjectBuilder()
                .add("workday", false).add("note", text(calendarNote, "calendar note", 100)).build().toString(), operatorToken);
        assertEquals(200, day.statusCode(), day.body());

        // inbox messages and SMS travel outbox → JMS → consumers: wait until the pages can show them
        api.awaitItems("/api/v1/notifications?limit=100", providerToken, null, items -> count(items, "type",
                "PRODUCT_REVIEW_DECIDED") >= 4 && count(items, "type", "PROFILE_REVIEW_DECIDED") >= 2
                && count(items, "type", "ORDER_CREATED") >= 3);
        api.awaitItems("/api/v1/notifications?limit=100", customerToken, null,
                items -> count(items, "type", "ORDER_STARTED") >= 1);
        api.awaitItems("/api/v1/sms-outbox?limit=100&to=" + contactMobile, operatorToken, null,
                items -> count(items, "template", "sms.productRejected") >= 1
                        && count(items, "template", "sms.profileRejected") >= 1);
    }

    @Test
    void sqlMetacharactersAreStoredAsSentAndChangeNothing() {
        String providerToken = provider.token(api);
        JsonObject products = json(api.get("/api/v1/products?limit=100", providerToken, null).body());
        assertEquals(3, products.getJsonArray("items").size(), products.toString());
        for (String q : List.of("' OR '1'='1", "\" OR \"1\"=\"1", "%", "_", "'; DROP TABLE product; --")) {
            JsonArray found = json(api.get("/api/v1/catalog?limit=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    null, null).body()).getJsonArray("items");
            for (JsonObject item : found.getValuesAs(JsonObject.class)) {
                assertTrue(item.getString("name").toLowerCase().contains(q.toLowerCase()),
                        "a search for " + q + " finds only names that contain it, not " + item.getString("name"));
            }
        }
        JsonObject valid = profile(new LinkedHashMap<>(), "website");
        JsonObject website = Json.createObjectBuilder(valid).add("company", Json.createObjectBuilder(
                valid.getJsonObject("company")).add("website", "javascript:window.__xss=1")).build();
        HttpResponse<String> refused = api.put("/api/v1/provider/profile/draft", website.toString(), providerToken);
        assertEquals(400, refused.statusCode(), "a website must be an http(s) address: " + refused.body());
        assertTrue(refused.body().contains("company.website"), refused.body());
    }

    @Test
    void theStorefrontShowsEveryPayloadAsText() {
        WebDriver page = armedBrowser();
        Map<String, String> providerCard = pick(liveProfile, "company.name", "customerService.email",
                "customerService.hours", "customerService.channel");
        check(page, "/catalog.xhtml?q=" + run, merge(pick(ops, "ops name", "ops summary", "ops category"),
                pick(software, "software name", "software summary", "software category"),
                pick(image, "image name", "image summary", "image category"), pick(liveProfile, "company.name")));
        check(page, "/product.xhtml?id=" + opsId, merge(ops, providerCard));
        check(page, "/product.xhtml?id=" + softwareId, merge(software, providerCard));
        check(page, "/product.xhtml?id=" + imageId, merge(image, providerCard));
        assertNothingWrong();
    }

    @Test
    void theCustomersPagesShowEveryPayloadAsText() {
        WebDriver page = signedIn(customer, NewProvider.PASSWORD);
        Map<String, String> company = pick(liveProfile, "company.name");
        check(page, "/customer/dashboard.xhtml", merge(customerName, pick(ops, "ops name")));
        check(page, "/customer/buy.xhtml?product=" + opsId + "&plan=" + URLEncoder.encode(opsPlan,
                StandardCharsets.UTF_8), merge(customerName, pick(ops, "ops name", "ops plan 2")));
        check(page, "/customer/orders.xhtml", merge(customerName, company, pick(ops, "ops name", "ops plan 2"),
                pick(software, "software name", "software plan"), pick(image, "image name", "image plan")));
        check(page, "/customer/order.xhtml?no=" + opsOrder, opsOrderPage(company));
        check(page, "/customer/order.xhtml?no=" + softwareOrder,
                merge(customerName, company, pick(software, "software name", "software plan", "software version")));
        check(page, "/customer/order.xhtml?no=" + imageOrder,
                merge(customerName, company, pick(image, "image name", "image plan", "image imageReference")));
        assertNothingWrong();
    }

    @Test
    void theProvidersPagesShowEveryPayloadAsText() {
        WebDriver page = signedIn(provider.login(), provider.password());
        Map<String, String> names = merge(pick(ops, "ops name"), pick(software, "software name"), pick(image, "image name"));
        check(page, "/provider/dashboard.xhtml", merge(providerName, names, profileReason, opsReason));
        check(page, "/provider/profile.xhtml", merge(providerName, liveProfile, profileReason));
        check(page, "/provider/profile-edit.xhtml", merge(providerName, rejectedProfile));
        check(page, "/provider/products.xhtml", merge(providerName, names));
        check(page, "/provider/product.xhtml?id=" + opsId, merge(providerName, ops, opsChange, opsReason));
        check(page, "/provider/product-edit.xhtml?id=" + opsId, merge(providerName, opsReason, opsChange,
                without(ops, "ops summary", "ops description")));
        check(page, "/provider/product.xhtml?id=" + imageId, merge(providerName, image, imageChange));
        check(page, "/provider/product.xhtml?id=" + softwareId, merge(providerName, software));
        check(page, "/provider/orders.xhtml", merge(providerName, customerName, names, pick(ops, "ops plan 2")));
        check(page, "/provider/order.xhtml?no=" + opsOrder, opsOrderPage(providerName));
        check(page, "/provider/order.xhtml?no=" + imageOrder,
                merge(providerName, customerName, pick(image, "image name", "image imageReference")));
        check(page, "/provider/webhooks.xhtml", merge(providerName, webhook));
        check(page, "/provider/webhook.xhtml?id=" + webhookId, merge(providerName, webhook));
        assertNothingWrong();
    }

    @Test
    void theOperatorsPagesShowEveryPayloadAsText() {
        WebDriver page = signedIn(operator, NewProvider.PASSWORD);
        check(page, "/operator/dashboard.xhtml", operatorName);
        ReviewQueuePage.linkTo(browser, page, api.baseUrl(), imageChangeReview);
        problems.addAll(InjectionProbe.problems(page, "/operator/reviews.xhtml", merge(operatorName, providerName),
                this::field));
        check(page, "/operator/review.xhtml?id=" + imageChangeReview,
                merge(operatorName, providerName, pick(image, "image os"), imageChange));
        check(page, "/operator/product-preview.xhtml?review=" + imageChangeReview,
                merge(operatorName, without(image, "image os"), imageChange));
        check(page, "/operator/review.xhtml?id=" + opsChangeReview,
                merge(operatorName, providerName, pick(ops, "ops summary"), opsChange, opsReason));
        check(page, "/operator/product-preview.xhtml?review=" + opsChangeReview,
                merge(operatorName, without(ops, "ops summary"), opsChange));
        check(page, "/operator/review.xhtml?id=" + profileReview, merge(operatorName, providerName,
                without(liveProfile, "contact.mobile"), rejectedProfile, profileReason));
        check(page, "/operator/sms-outbox.xhtml?to=" + contactMobile,
                merge(operatorName, providerName, pick(ops, "ops name"), opsReason, profileReason));
        check(page, "/operator/operators.xhtml", operatorName);
        check(page, "/operator/calendar.xhtml?month=" + calendarDay.toString().substring(0, 7),
                merge(operatorName, calendarNote));
        assertNothingWrong();
    }

    // --- pages

    /** A fresh browser for one role's pages; what is wrong on them is gathered in {@link #problems}. */
    private WebDriver armedBrowser() {
        problems.clear();
        WebDriver page = browser.open();
        InjectionProbe.arm(page);
        return page;
    }

    private WebDriver signedIn(String login, String password) {
        WebDriver page = armedBrowser();
        browser.logIn(api.baseUrl(), login, password);
        return page;
    }

    /** Both parties' page of the ops order: product, plan, the form's labels, the customer's name and answers. */
    private Map<String, String> opsOrderPage(Map<String, String> party) {
        return merge(party, customerName, answers,
                pick(ops, "ops name", "ops plan 2", "ops label text", "ops label textarea", "ops label select"));
    }

    private void check(WebDriver page, String path, Map<String, String> shown) {
        page.get(api.baseUrl() + path);
        browser.await().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        problems.addAll(InjectionProbe.problems(page, path, shown, this::field));
    }

    private String field(int marker) {
        return marker > 0 && marker < fields.size() ? fields.get(marker) : "an unknown field";
    }

    private void assertNothingWrong() {
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    // --- payloads

    /**
     * A payload for {@code field} of at most {@code max} characters, registered under its marker. The shapes rotate:
     * script element, image with onerror, attribute break-out to svg, single-quoted attribute break-out, EL and
     * template expressions, SQL, alert; the long form with {@code window.} where the field has room.
     */
    private String hostile(String field, int max) {
        int n = fields.size();
        fields.add(field);
        String x = "x" + n + " ";
        List<String> forms = switch (n % 7) {
            case 0 -> List.of("<script>window.__xss=" + n + "</script>", "<script>__xss=" + n + "</script>");
            case 1 -> List.of("<img src=x onerror=\"window.__xss=" + n + "\">", "<img src=x onerror=__xss=" + n + ">");
            case 2 -> List.of("\"><svg onload=window.__xss=" + n + ">", "\"><svg onload=__xss=" + n + ">");
            case 3 -> List.of("' autofocus onfocus='window.__xss=" + n, "'onfocus=__xss=" + n + " autofocus x'");
            case 4 -> List.of(x + "#{7*7} {{7*7}} ${7*7}");
            case 5 -> List.of(x + "'; DROP TABLE product; --", x + "\" OR \"1\"=\"1");
            default -> List.of("<script>alert(" + n + ")</script>");
        };
        return forms.stream().filter(f -> f.length() <= max).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " has no room for a payload"));
    }

    private String text(Map<String, String> group, String field, int max) {
        return literal(group, field, hostile(field, max));
    }

    /** An address-like payload that passes an e-mail check: an svg break-out before the {@code @}. */
    private String email(String field) {
        int n = fields.size();
        fields.add(field);
        return "\"><svg/onload=__xss=" + n + ">@x.cn";
    }

    private static String literal(Map<String, String> group, String field, String value) {
        group.put(field, value);
        return value;
    }

    // --- data

    /** A full profile whose every free-text field is hostile; {@code group} gets them by JSON path. */
    private JsonObject profile(Map<String, String> group, String round) {
        int channel = fields.size();
        fields.add(round + " customerService.channel");
        return Json.createObjectBuilder()
                .add("company", Json.createObjectBuilder()
                        .add("name", literal(group, "company.name", hostile(round + " company.name", 100)))
                        .add("registrationNumber", NewProvider.REGISTRATION_NUMBER)
                        .add("address", literal(group, "company.address", hostile(round + " company.address", 200)))
                        .add("website", literal(group, "company.website",
                                "https://xss.example.com/" + round + "?q=';DROP%20TABLE%20provider;--"))
                        .add("introduction", literal(group, "company.introduction",
                                hostile(round + " company.introduction", 2000))))
                .add("customerService", Json.createObjectBuilder().add("hotline", "400-800-1234")
                        .add("email", literal(group, "customerService.email", email(round + " customerService.email")))
                        .add("hours", literal(group, "customerService.hours", hostile(round + " customerService.hours", 100)))
                        .add("channel", literal(group, "customerService.channel", "javascript:window.__xss=" + channel)))
                .add("contact", Json.createObjectBuilder()
                        .add("name", literal(group, "contact.name", hostile(round + " contact.name", 50)))
                        .add("mobile", contactMobile)
                        .add("email", literal(group, "contact.email", email(round + " contact.email"))))
                .build();
    }

    /**
     * An ops service; {@code summary} apart, the same payloads each time it is built from the same group. Its
     * description is HTML: a paragraph of text that must show as sent, then vectors the sanitiser must drop.
     */
    private JsonObject opsProduct(Map<String, String> group, String summary) {
        if (!group.containsKey("ops description")) {
            group.put("ops description", "x" + fields.size() + " #{7*7} '; DROP TABLE product; -- \" OR \"1\"=\"1");
            fields.add("ops description");
        }
        String text = group.get("ops description");
        String n = text.substring(1, text.indexOf(' '));
        String vectors = "<script>window.__xss=" + n + "</script>"
                + "<img src=x onerror=\"window.__xss=" + n + "\"><svg onload=\"window.__xss=" + n + "\"></svg>"
                + "<a href=\"javascript:window.__xss=" + n + "\">js</a>"
                + "<a href=\"jav&#x09;ascript:window.__xss=" + n + "\">tab</a>"
                + "<a href=\"https://ok.example.com/\" title='x\" onmouseover=\"window.__xss=" + n + "'>ok</a>"
                + "<p style=\"background:url(javascript:window.__xss=" + n + ")\">styled</p>"
                + "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=" + n + ">\"></noscript>"
                + "<iframe srcdoc=\"<script>parent.__xss=" + n + "</script>\"></iframe>"
                + "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=" + n + ">";
        return Json.createObjectBuilder()
                .add("type", "OPS_SERVICE")
                .add("name", group.computeIfAbsent("ops name", k -> run + " " + hostile(k, 60 - run.length() - 1)))
                .add("summary", summary)
                .add("description", "<p>" + text + "</p>" + vectors)
                .add("category", group.computeIfAbsent("ops category", k -> hostile(k, 30)))
                .add("plans", Json.createArrayBuilder()
                        .add(plan(group.computeIfAbsent("ops plan 1", k -> hostile(k, 30)), "199.00"))
                        .add(plan(group.computeIfAbsent("ops plan 2", k -> hostile(k, 30)), "299.00")))
                .add("serviceContact", contact(group, "ops"))
                .add("requirementForm", Json.createArrayBuilder()
                        .add(formField("host", group.computeIfAbsent("ops label text", k -> hostile(k, 60)), "TEXT", true))
                        .add(formField("notes", group.computeIfAbsent("ops label textarea", k -> hostile(k, 60)), "TEXTAREA", false))
                        .add(formField("region", group.computeIfAbsent("ops label select", k -> hostile(k, 60)), "SELECT", true)
                                .add("options", Json.createArrayBuilder()
                                        .add(group.computeIfAbsent("ops option 1", k -> hostile(k, 60)))
                                        .add(group.computeIfAbsent("ops option 2", k -> hostile(k, 60))))))
                .add("requirementBeforeStart", true).add("deliveryDays", 5).add("warrantyDays", 30)
                .build();
    }

    private JsonObject softwareProduct() {
        return common(software, "software", "SOFTWARE_SERVICE")
                .add("description", literal(software, "software description",
                        "x" + fields.size() + " '; DROP TABLE product; -- \" OR \"1\"=\"1 #{7*7}"))
                .add("version", text(software, "software version", 30)).add("licenseType", "PERPETUAL")
                .build();
    }

    private JsonObject imageProduct(String os) {
        JsonObjectBuilder product = common(image, "image", "IMAGE");
        return product.add("os", os).add("architecture", "X86_64")
                .add("imageReference", image.computeIfAbsent("image imageReference", k -> hostile(k, 200))).build();
    }

    /** Name, summary, category, one plan and the service contact of {@code group}, made once. */
    private JsonObjectBuilder common(Map<String, String> group, String prefix, String type) {
        return Json.createObjectBuilder().add("type", type)
                .add("name", group.computeIfAbsent(prefix + " name", k -> run + " " + hostile(k, 60 - run.length() - 1)))
                .add("summary", group.computeIfAbsent(prefix + " summary", k -> hostile(k, 200)))
                .add("category", group.computeIfAbsent(prefix + " category", k -> hostile(k, 30)))
                .add("plans", Json.createArrayBuilder().add(plan(group.computeIfAbsent(prefix + " plan",
                        k -> hostile(k, 30)), "99.00")))
                .add("serviceContact", contact(group, prefix));
    }

    private JsonObjectBuilder contact(Map<String, String> group, String prefix) {
        String name = group.computeIfAbsent(prefix + " contact name", k -> hostile(k, 30));
        String email = group.computeIfAbsent(prefix + " contact email", this::email);
        return Json.createObjectBuilder().add("name", name).add("phone", "400-800-1234").add("email", email);
    }

    private static JsonObjectBuilder plan(String name, String amount) {
        return Json.createObjectBuilder().add("name", name)
                .add("price", Json.createObjectBuilder().add("amount", amount).add("currency", "CNY"));
    }

    private static JsonObjectBuilder formField(String name, String label, String type, boolean required) {
        return Json.createObjectBuilder().add("name", name).add("label", label).add("type", type).add("required", required);
    }

    // --- API steps

    private String me(String token) {
        return json(api.get("/api/v1/me", token, null).body()).getString("displayName");
    }

    private long submitProfile(String token, JsonObject profile) {
        HttpResponse<String> draft = api.put("/api/v1/provider/profile/draft", profile.toString(), token);
        assertEquals(200, draft.statusCode(), draft.body());
        HttpResponse<String> submitted = api.post("/api/v1/provider/profile/draft/submit", "", token);
        assertEquals(202, submitted.statusCode(), submitted.body());
        return json(submitted.body()).getJsonNumber("reviewId").longValue();
    }

    /** Approves the review, or rejects it with {@code reason}. */
    private void decide(String operatorToken, long reviewId, String reason) {
        HttpResponse<String> decided = reason == null
                ? api.post("/api/v1/reviews/" + reviewId + "/approve", "", operatorToken)
                : api.post("/api/v1/reviews/" + reviewId + "/reject",
                        Json.createObjectBuilder().add("reason", reason).build().toString(), operatorToken);
        assertEquals(200, decided.statusCode(), decided.body());
        if (reason != null) {
            assertEquals(reason, json(api.get("/api/v1/reviews/" + reviewId, operatorToken, null).body()).getString("reason"));
        }
    }

    /** Creates, submits and approves a product; its live content is what was sent, apart from {@code sanitised}. */
    private long createAndApprove(String providerToken, String operatorToken, JsonObject product, Set<String> sanitised) {
        HttpResponse<String> created = api.post("/api/v1/products", product.toString(), providerToken);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("productId").longValue();
        HttpResponse<String> submitted = api.post("/api/v1/products/" + id + "/submit", "", providerToken);
        assertEquals(202, submitted.statusCode(), submitted.body());
        decide(operatorToken, json(submitted.body()).getJsonNumber("reviewId").longValue(), null);
        assertStored(product, json(api.get("/api/v1/catalog/" + id, null, null).body()), sanitised);
        return id;
    }

    private long changeAndSubmit(String providerToken, long productId, JsonObject change) {
        HttpResponse<String> draft = api.put("/api/v1/products/" + productId + "/draft", change.toString(), providerToken);
        assertEquals(200, draft.statusCode(), draft.body());
        HttpResponse<String> submitted = api.post("/api/v1/products/" + productId + "/submit", "", providerToken);
        assertEquals(202, submitted.statusCode(), submitted.body());
        return json(submitted.body()).getJsonNumber("reviewId").longValue();
    }

    private String buy(String customerToken, long productId, String plan) {
        HttpResponse<String> bought = api.post("/api/v1/orders", Json.createObjectBuilder().add("productId", productId)
                .add("plan", plan).add("quantity", 1).build().toString(), customerToken);
        assertEquals(201, bought.statusCode(), bought.body());
        String orderNo = json(bought.body()).getString("orderNo");
        assertEquals(plan, json(api.get("/api/v1/orders/" + orderNo, customerToken, null).body()).getString("plan"));
        return orderNo;
    }

    /** Every text of {@code sent} comes back unchanged at the same place (keys in {@code except} aside). */
    private static void assertStored(JsonValue sent, JsonValue stored, Set<String> except) {
        assertStored("", sent, stored, except);
    }

    private static void assertStored(String path, JsonValue sent, JsonValue stored, Set<String> except) {
        switch (sent.getValueType()) {
            case OBJECT -> sent.asJsonObject().forEach((key, value) -> {
                if (!except.contains(key)) {
                    JsonValue got = stored == null ? null : stored.asJsonObject().get(key);
                    assertStored(path + "." + key, value, got, except);
                }
            });
            case ARRAY -> {
                JsonArray sentItems = sent.asJsonArray();
                for (int i = 0; i < sentItems.size(); i++) {
                    assertStored(path + "[" + i + "]", sentItems.get(i), stored.asJsonArray().get(i), except);
                }
            }
            case STRING -> assertEquals(((JsonString) sent).getString(),
                    stored instanceof JsonString s ? s.getString() : String.valueOf(stored), path + " as sent");
            default -> {
            }
        }
    }

    private static long count(JsonArray items, String field, String value) {
        return items.getValuesAs(JsonObject.class).stream().filter(i -> value.equals(i.getString(field, ""))).count();
    }

    // --- expected text per page

    @SafeVarargs
    private static Map<String, String> merge(Map<String, String>... groups) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map<String, String> group : groups) {
            all.putAll(group);
        }
        return all;
    }

    private static Map<String, String> pick(Map<String, String> group, String... keys) {
        Map<String, String> picked = new LinkedHashMap<>();
        for (String key : keys) {
            picked.put(key, group.get(key));
        }
        return picked;
    }

    private static Map<String, String> without(Map<String, String> group, String... keys) {
        Map<String, String> rest = new LinkedHashMap<>(group);
        List.of(keys).forEach(rest::remove);
        return rest;
    }
}
