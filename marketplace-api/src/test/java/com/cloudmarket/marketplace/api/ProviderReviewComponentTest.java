package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.api.notification.NotificationsResource;
import com.cloudmarket.marketplace.api.provider.ProviderResource;
import com.cloudmarket.marketplace.api.review.ReviewsResource;
import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.calendar.domain.BusinessCalendar;
import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.application.ProviderView;
import com.cloudmarket.marketplace.provider.application.RevisionView;
import com.cloudmarket.marketplace.provider.application.SubmittedRevision;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.ProfileRules;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.review.application.QueueCounts;
import com.cloudmarket.marketplace.review.application.ReviewDetailView;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.application.ReviewView;
import com.cloudmarket.marketplace.review.domain.Review;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.StaleVersionException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provider profiles under review on Payara Micro: the provider, review, audit and calendar contexts with their JAX-RS
 * resources. Every test makes its own provider (and operator), so tests do not depend on each other or on order.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderReviewComponentTest {

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.accountsAndApi()
                .addClass(ReviewTestData.class)
                .addPackages(false, Provider.class.getPackage(), ProviderService.class.getPackage(),
                        Providers.class.getPackage(), Review.class.getPackage(), ReviewService.class.getPackage(),
                        AuditTrail.class.getPackage(), BusinessCalendarService.class.getPackage(),
                        BusinessCalendar.class.getPackage(), ProviderResource.class.getPackage(),
                        ReviewsResource.class.getPackage(), NotificationsResource.class.getPackage());
    }

    @EJB
    private AccountService accounts;

    @EJB
    private TokenService tokens;

    @EJB
    private ProviderService providers;

    @EJB
    private OnboardingService onboarding;

    @EJB
    private ReviewService reviews;

    @EJB
    private InboxService inbox;

    @Inject
    private MovableClock clock;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void approvalAppliesTheDraftAtomicallyAndRecordsTheTrail() throws SQLException {
        long provider = newProvider();
        long operator = newOperator();
        ProfileContent draft = profile("云帆科技有限公司", "13812345678");

        assertFalse(providers.overview(provider).profileLive());
        providers.saveDraft(provider, draft);
        SubmittedRevision submitted = providers.submit(provider);
        assertEquals("PENDING", submitted.status());
        assertTrue(submitted.dueAt().toInstant().isAfter(Instant.now().plus(Duration.ofDays(2))), "3 business days ahead");

        ReviewDetailView detail = reviews.detail(submitted.reviewId(), operator);
        assertEquals("PROVIDER_PROFILE", detail.subject());
        assertTrue(detail.changes().stream().anyMatch(c -> c.field().equals("company.name") && c.before() == null
                && c.after().equals("云帆科技有限公司")), detail.changes().toString());
        assertFalse(detail.onboarding().complete());
        assertEquals(List.of("AGREEMENT", "DEPOSIT"), detail.onboarding().missing());

        ReviewView approved = reviews.approve(submitted.reviewId(), operator);
        assertEquals("APPROVED", approved.status());

        ProviderView after = providers.overview(provider);
        assertTrue(after.profileLive());
        assertEquals(ProfileRules.validated(draft), after.profile());
        assertNull(after.pendingRevision());
        assertEquals("APPROVED", providers.revisions(provider, com.cloudmarket.marketplace.shared.application.PageRequest.first(20))
                .items().get(0).status());
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event WHERE event_type = 'PROFILE_REVIEW_DECIDED' AND aggregate_id = ?",
                String.valueOf(provider)));
        assertEquals(Set.of("PROFILE_SUBMITTED", "REVIEW_APPROVED"), Set.copyOf(TestDatabase.values(dataSource,
                "SELECT action FROM audit_entry WHERE provider_account_id = ?", provider)));
        assertThrows(ConflictException.class, () -> reviews.reject(submitted.reviewId(), operator, "too late"),
                "a decided review cannot be decided again");
    }

    @Test
    void whilePendingTheLiveProfileStaysAndTheDraftIsFrozen() {
        long provider = newProvider();
        long operator = newOperator();
        assertThrows(ConflictException.class, () -> providers.submit(provider), "no draft yet");
        ProfileContent first = profile("云帆科技有限公司", "13812345678");
        providers.saveDraft(provider, first);
        reviews.approve(providers.submit(provider).reviewId(), operator);

        providers.saveDraft(provider, profile("云帆云计算有限公司", "13812345679"));
        SubmittedRevision pending = providers.submit(provider);

        ProviderView during = providers.overview(provider);
        assertEquals("云帆科技有限公司", during.profile().company().name(), "live profile unchanged while in review");
        assertEquals(pending.revisionId(), during.pendingRevision().revisionId());
        assertEquals("PENDING", during.pendingRevision().status());
        assertThrows(ConflictException.class, () -> providers.submit(provider), "second submit while pending");
        assertThrows(ConflictException.class, () -> providers.saveDraft(provider, first), "editing while in review");

        List<ReviewDetailView> details = List.of(reviews.detail(pending.reviewId(), operator));
        assertEquals(List.of("company.name", "contact.mobile"),
                details.get(0).changes().stream().map(c -> c.field()).toList());
    }

    @Test
    void rejectionKeepsTheLiveProfileAndRecordsTheReason() throws SQLException {
        long provider = newProvider();
        long operator = newOperator();
        providers.saveDraft(provider, profile("云帆科技有限公司", "13812345678"));
        SubmittedRevision submitted = providers.submit(provider);

        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> reviews.reject(submitted.reviewId(), operator, "  "));
        assertEquals("reason", empty.errors().get(0).field());

        reviews.reject(submitted.reviewId(), operator, "营业执照与名称不符");
        ProviderView after = providers.overview(provider);
        assertFalse(after.profileLive());
        assertNull(after.profile().company().name());
        assertNull(after.pendingRevision());
        RevisionView history = providers.revisions(provider,
                com.cloudmarket.marketplace.shared.application.PageRequest.first(20)).items().get(0);
        assertEquals("REJECTED", history.status());
        assertEquals("营业执照与名称不符", history.reason());
        assertNotNull(history.decidedAt());
        assertNotNull(history.submittedAt());
        assertEquals(Set.of("PROFILE_SUBMITTED", "REVIEW_REJECTED"), Set.copyOf(TestDatabase.values(dataSource,
                "SELECT action FROM audit_entry WHERE provider_account_id = ?", provider)));

        providers.saveDraft(provider, profile("云帆科技有限公司", "13812345670")); // a rejected revision can be redone
        assertEquals("PENDING", providers.submit(provider).status());
    }

    @Test
    void aDecidedReviewStillShowsTheChangesItDecidedOn() throws Exception {
        long provider = newProvider();
        String operator = tokens.issue(operatorLogin(newOperator()), "Secret123", ComponentClient.ORIGIN).token();
        providers.saveDraft(provider, profile("云帆科技有限公司", "13812345678"));
        long approvedId = providers.submit(provider).reviewId();
        JsonArray beforeApproval = json(send("GET", "v1/reviews/" + approvedId, null, operator).body()).getJsonArray("changes");
        assertTrue(hasChange(beforeApproval, "company.name", null, "云帆科技有限公司"), beforeApproval.toString());

        assertEquals(200, send("POST", "v1/reviews/" + approvedId + "/approve", "", operator).statusCode());
        JsonObject approved = json(send("GET", "v1/reviews/" + approvedId, null, operator).body());
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(beforeApproval, approved.getJsonArray("changes"), "the diff as decided, though the draft is live now");

        providers.saveDraft(provider, profile("云帆云计算有限公司", "13812345679"));
        long rejectedId = providers.submit(provider).reviewId();
        assertEquals(200, send("POST", "v1/reviews/" + rejectedId + "/reject", "{\"reason\":\"名称与执照不符\"}",
                operator).statusCode());
        providers.saveDraft(provider, profile("云帆数据有限公司", "13812345670")); // the live profile moves on
        reviews.approve(providers.submit(provider).reviewId(), newOperator());
        JsonObject rejected = json(send("GET", "v1/reviews/" + rejectedId, null, operator).body());
        assertEquals("REJECTED", rejected.getString("status"));
        JsonArray changes = rejected.getJsonArray("changes");
        assertEquals(List.of("company.name", "contact.mobile"),
                changes.getValuesAs(JsonObject.class).stream().map(c -> c.getString("field")).toList());
        assertTrue(hasChange(changes, "company.name", "云帆科技有限公司", "云帆云计算有限公司"), changes.toString());
        assertTrue(hasChange(changes, "contact.mobile", "13812345678", "13812345679"), changes.toString());
    }

    @Test
    void concurrentApproveAndRejectOfOneReviewExactlyOneWins() throws Exception {
        long operator = newOperator();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long provider = newProvider();
                providers.saveDraft(provider, profile("并发科技有限公司", "13812345678"));
                long reviewId = providers.submit(provider).reviewId();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<String> approve = pool.submit(() -> outcome(start, () -> reviews.approve(reviewId, operator)));
                Future<String> reject = pool.submit(() -> outcome(start, () -> reviews.reject(reviewId, operator, "no")));
                List<String> outcomes = List.of(approve.get(), reject.get());
                assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
                assertEquals(1, outcomes.stream().filter("409"::equals).count(), outcomes.toString());

                String status = TestDatabase.single(dataSource, "SELECT status FROM review WHERE id = ?", reviewId);
                String revisionStatus = TestDatabase.single(dataSource, "SELECT status FROM profile_revision WHERE review_id = ?", reviewId);
                assertEquals(status, revisionStatus, "the revision follows the one decision that won");
                assertEquals(status.equals("APPROVED"), providers.overview(provider).profileLive());
                assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event WHERE event_type = 'PROFILE_REVIEW_DECIDED' "
                        + "AND aggregate_id = ?", String.valueOf(provider)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theQueueIsOrderedByDueTimeAndFlagsOverdueReviews() {
        long operator = newOperator();
        long provider = newProvider();
        providers.saveDraft(provider, profile("队列科技有限公司", "13812345678"));
        QueueCounts before = reviews.pendingCounts(operator);
        long reviewId = providers.submit(provider).reviewId();

        assertFalse(findInQueue(reviewId, operator).overdue());
        QueueCounts after = reviews.pendingCounts(operator);
        assertEquals(before.pending() + 1, after.pending());
        assertEquals(before.overdue(), after.overdue(), "due in three business days");
        try {
            clock.advance(Duration.ofDays(30));
            assertTrue(findInQueue(reviewId, operator).overdue());
            QueueCounts late = reviews.pendingCounts(operator);
            assertEquals(late.pending(), late.overdue(), "a month later every pending review is overdue");
        } finally {
            clock.reset();
        }
    }

    @Test
    void productApprovalWaitsForOnboardingAndOnboardingIsRecorded() throws SQLException {
        long provider = newProvider();
        assertThrows(InvalidInputException.class, () -> onboarding.signAgreement(provider, "2020-01"));
        assertThrows(InvalidInputException.class, () -> onboarding.payDeposit(provider, "9999.99"));
        ConflictException missing = assertThrows(ConflictException.class, () -> onboarding.requireComplete(provider));
        assertEquals("error.onboardingIncomplete.AGREEMENT_DEPOSIT", missing.messageKey());

        onboarding.signAgreement(provider, "2026-01");
        assertEquals("error.onboardingIncomplete.DEPOSIT",
                assertThrows(ConflictException.class, () -> onboarding.requireComplete(provider)).messageKey());
        assertEquals("10000.00", onboarding.payDeposit(provider, "10000").deposit().amount().toPlainString());
        onboarding.requireComplete(provider);
        assertThrows(ConflictException.class, () -> onboarding.payDeposit(provider, "10000.00"), "paid once only");

        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM payment WHERE payer_account_id = ? AND amount = 10000.00", provider));
        assertEquals(Set.of("AGREEMENT_SIGNED", "DEPOSIT_PAID"), Set.copyOf(TestDatabase.values(dataSource,
                "SELECT action FROM audit_entry WHERE provider_account_id = ?", provider)));
    }

    @Test
    void theApiKeepsTenantsApartAndRolesInTheirPlace() throws Exception {
        String login = "p" + UUID.randomUUID().toString().substring(0, 8);
        accounts.signUp(new SignUpCommand(login, "Secret123", "甲服务商", "13700000001", null, "PROVIDER", "zh-CN"));
        String alice = tokens.issue(login, "Secret123", ComponentClient.ORIGIN).token();
        String otherLogin = "p" + UUID.randomUUID().toString().substring(0, 8);
        accounts.signUp(new SignUpCommand(otherLogin, "Secret123", "乙服务商", "13700000002", null, "PROVIDER", "en"));
        String bob = tokens.issue(otherLogin, "Secret123", ComponentClient.ORIGIN).token();

        JsonObject fresh = json(send("GET", "v1/provider", null, alice).body());
        assertTrue(fresh.containsKey("pendingRevision") && fresh.isNull("pendingRevision"), fresh.toString());
        assertEquals(false, fresh.getJsonObject("onboarding").getBoolean("complete"));
        assertEquals("10000.00", fresh.getJsonObject("onboarding").getJsonObject("requiredDeposit").getString("amount"));

        HttpResponse<String> invalid = send("PUT", "v1/provider/profile/draft",
                "{\"company\":{\"name\":\"\",\"registrationNumber\":\"123\",\"website\":\"ftp://x\"},"
                        + "\"contact\":{\"mobile\":\"12\"}}", alice);
        assertEquals(400, invalid.statusCode(), invalid.body());
        Set<String> fields = json(invalid.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("company.name", "company.registrationNumber", "company.website",
                "company.address", "customerService.hotline", "contact.mobile", "contact.name")), fields.toString());
        assertEquals(400, send("PUT", "v1/provider/profile/draft", "{\"company\":", alice).statusCode(), "malformed JSON");
        for (String notAnObject : List.of("[]", "\"2026-01\"", "42")) {
            assertEquals(400, send("PUT", "v1/provider/profile/draft", notAnObject, alice).statusCode(), notAnObject);
            HttpResponse<String> sign = send("POST", "v1/provider/agreement", notAnObject, alice);
            assertEquals(400, sign.statusCode(), notAnObject + " → " + sign.body());
            assertEquals(400, send("POST", "v1/provider/deposit", notAnObject, alice).statusCode(), notAnObject);
        }

        assertEquals(409, send("POST", "v1/provider/profile/draft/submit", "", alice).statusCode(), "no draft");
        HttpResponse<String> draft = send("PUT", "v1/provider/profile/draft", profileJson("甲科技有限公司"), alice);
        assertEquals(200, draft.statusCode(), draft.body());
        long revisionId = json(draft.body()).getJsonNumber("revisionId").longValue();
        HttpResponse<String> submitted = send("POST", "v1/provider/profile/draft/submit", "", alice);
        assertEquals(202, submitted.statusCode(), submitted.body());
        JsonObject review = json(submitted.body());
        assertEquals("PENDING", review.getString("status"));
        assertTrue(review.containsKey("reviewId") && review.containsKey("dueAt"), review.toString());
        assertEquals(409, send("POST", "v1/provider/profile/draft/submit", "", alice).statusCode(), "double submit");
        assertEquals(409, send("PUT", "v1/provider/profile/draft", profileJson("甲科技"), alice).statusCode(),
                "editing while in review");

        assertEquals(200, send("GET", "v1/provider/profile/revisions/" + revisionId, null, alice).statusCode());
        assertEquals(404, send("GET", "v1/provider/profile/revisions/" + revisionId, null, bob).statusCode(),
                "another provider's revision does not exist for it");
        assertEquals(403, send("GET", "v1/reviews?status=PENDING", null, alice).statusCode());
        assertEquals(403, send("POST", "v1/reviews/" + review.getJsonNumber("reviewId") + "/approve", "", alice).statusCode());
        assertEquals(401, send("GET", "v1/provider", null, null).statusCode());

        String operator = tokens.issue(operatorLogin(newOperator()), "Secret123", ComponentClient.ORIGIN).token();
        assertEquals(403, send("GET", "v1/provider", null, operator).statusCode());
        String reviewPath = "v1/reviews/" + review.getJsonNumber("reviewId");
        JsonObject detail = json(send("GET", reviewPath, null, operator).body());
        JsonArray changes = detail.getJsonArray("changes");
        assertTrue(changes.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("field").equals("company.name")
                && c.get("before").equals(JsonValue.NULL) && c.getString("after").equals("甲科技有限公司")), changes.toString());
        assertEquals(400, send("POST", reviewPath + "/reject", "{\"reason\":\"\"}", operator).statusCode());
        assertEquals(200, send("POST", reviewPath + "/reject", "{\"reason\":\"资料不全\"}", operator).statusCode());
        assertEquals(409, send("POST", reviewPath + "/approve", "", operator).statusCode(), "already decided");
        assertEquals(404, send("GET", "v1/reviews/999999999", null, operator).statusCode());

        JsonObject history = json(send("GET", "v1/provider/profile/revisions", null, alice).body());
        assertEquals("资料不全", history.getJsonArray("items").getJsonObject(0).getString("reason"));

        assertEquals(200, send("POST", "v1/provider/agreement", "{\"version\":\"2026-01\"}", alice).statusCode());
        HttpResponse<String> paid = send("POST", "v1/provider/deposit", "{\"amount\":\"10000.00\"}", alice);
        assertEquals(200, paid.statusCode(), paid.body());
        JsonObject state = json(paid.body());
        assertTrue(state.getBoolean("complete"));
        assertEquals(Json.createObjectBuilder().add("amount", "10000.00").add("currency", "CNY").build(),
                state.getJsonObject("deposit"));

        long aliceId = accounts.findByLogin(login).orElseThrow().accountId();
        JsonObject audit = json(send("GET", "v1/providers/" + aliceId + "/audit?limit=2", null, operator).body());
        assertEquals(2, audit.getJsonArray("items").size());
        assertEquals("DEPOSIT_PAID", audit.getJsonArray("items").getJsonObject(0).getString("action"));
        JsonObject rest = json(send("GET", "v1/providers/" + aliceId + "/audit?cursor=" + audit.getString("nextCursor"),
                null, operator).body());
        assertEquals(List.of("REVIEW_REJECTED", "PROFILE_SUBMITTED"), rest.getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("action")).toList());
        assertEquals(403, send("GET", "v1/providers/" + aliceId + "/audit", null, alice).statusCode());
    }

    @Test
    void theProfileDraftCarriesTheProvidersETagAndAStaleIfMatchIsRefusedWith412() throws Exception {
        long provider = newProvider();
        String alice = tokens.issue(accounts.find(provider).login(), ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();

        HttpResponse<String> read = send("GET", "v1/provider", null, alice);
        String before = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(json(read.body()).getJsonNumber("version").toString(), before.replace("\"", ""));

        HttpResponse<String> first = send("PUT", "v1/provider/profile/draft", profileJson("甲科技有限公司"), alice, "If-Match", before);
        assertEquals(200, first.statusCode(), first.body());
        String after = first.headers().firstValue("ETag").orElseThrow();
        assertFalse(after.equals(before), "a save moves the version");
        assertEquals(after, send("GET", "v1/provider", null, alice).headers().firstValue("ETag").orElseThrow());

        JsonObject stale = ComponentClient.assertProblem(
                send("PUT", "v1/provider/profile/draft", profileJson("过期科技有限公司"), alice, "If-Match", before), 412);
        assertTrue(stale.getString("type").endsWith(":precondition-failed"), stale.toString());
        ComponentClient.assertProblem(send("PUT", "v1/provider/profile/draft", profileJson("乱写科技有限公司"), alice, "If-Match", "\"x\""), 412);
        assertEquals("甲科技有限公司", providers.overview(provider).draft().profile().company().name(),
                "a refused edit changes nothing");
        assertThrows(StaleVersionException.class, () -> providers.saveDraft(provider, profile("乙科技有限公司", "13812345678"),
                Long.valueOf(before.replace("\"", ""))));

        HttpResponse<String> second = send("PUT", "v1/provider/profile/draft", profileJson("乙科技有限公司"), alice, "If-Match", after);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(json(first.body()).getJsonNumber("revisionId"), json(second.body()).getJsonNumber("revisionId"),
                "the same draft, edited");
        assertEquals(200, send("PUT", "v1/provider/profile/draft", profileJson("丙科技有限公司"), alice).statusCode(),
                "without If-Match the save is unconditional");
        assertEquals("丙科技有限公司", providers.overview(provider).draft().profile().company().name());
    }

    @Test
    void theDashboardsNumbersAreThereForIntegratorsToo() throws Exception {
        long operator = newOperator();
        String operatorToken = tokens.issue(operatorLogin(operator), ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
        long provider = newProvider();
        String providerToken = tokens.issue(accounts.find(provider).login(), ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
        providers.saveDraft(provider, profile("计数科技有限公司", "13812345678"));
        providers.submit(provider);

        HttpResponse<String> counts = send("GET", "v1/reviews/counts", null, operatorToken);
        assertEquals(200, counts.statusCode(), counts.body());
        QueueCounts expected = reviews.pendingCounts(operator);
        assertEquals(expected.pending(), json(counts.body()).getJsonNumber("pending").longValue());
        assertEquals(expected.overdue(), json(counts.body()).getJsonNumber("overdue").longValue());
        assertTrue(expected.pending() >= 1);
        ComponentClient.assertProblem(send("GET", "v1/reviews/counts", null, providerToken), 403);
        ComponentClient.assertProblem(send("GET", "v1/reviews/counts", null, null), 401);

        HttpResponse<String> unread = send("GET", "v1/notifications/unread-count", null, providerToken);
        assertEquals(200, unread.statusCode(), unread.body());
        assertEquals(inbox.unreadCount(provider), json(unread.body()).getJsonNumber("unread").longValue());
        ComponentClient.assertProblem(send("GET", "v1/notifications/unread-count", null, null), 401);
    }

    @Test
    void anOperatorCreatedAgainWithItsIdempotencyKeyIsCreatedOnce() throws Exception {
        String operator = tokens.issue(operatorLogin(newOperator()), ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
        String login = "o" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"login\":\"%s\",\"password\":\"Secret123\",\"displayName\":\"审核员\"}".formatted(login);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = send("POST", "v1/operators", body, operator, "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> repeat = send("POST", "v1/operators", body, operator, "Idempotency-Key", key);
        assertEquals(201, repeat.statusCode(), repeat.body());
        assertEquals(json(first.body()).getJsonNumber("accountId"), json(repeat.body()).getJsonNumber("accountId"));
        assertEquals(List.of("OPERATOR"), json(repeat.body()).getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        ComponentClient.assertProblem(send("POST", "v1/operators", body.replace(login, login + "x"), operator,
                "Idempotency-Key", key), 409);
        ComponentClient.assertProblem(send("POST", "v1/operators", body, operator), 409); // the login is taken
    }

    private ReviewView findInQueue(long reviewId, long operator) {
        String cursor = null;
        Instant previous = Instant.MIN;
        do {
            Page<ReviewView> page = reviews.queue("PENDING", cursor, 2, operator);
            for (ReviewView item : page.items()) {
                assertFalse(item.dueAt().toInstant().isBefore(previous), "ordered by dueAt");
                previous = item.dueAt().toInstant();
                if (item.reviewId() == reviewId) {
                    return item;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        throw new AssertionError("review " + reviewId + " not in the queue");
    }

    private static String outcome(CyclicBarrier start, Runnable decision) throws Exception {
        start.await();
        try {
            decision.run();
            return "won";
        } catch (ConflictException e) {
            return "409";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static ProfileContent profile(String companyName, String contactMobile) {
        return ReviewTestData.profile(companyName, contactMobile);
    }

    private static String profileJson(String companyName) {
        return """
                {"company":{"name":"%s","registrationNumber":"%s","address":"上海市浦东新区张江路 100 号",
                 "website":"https://yunfan.example.com","introduction":"云上运维"},
                 "customerService":{"hotline":"400-800-1234","email":"service@yunfan.example.com","hours":"9:00-18:00"},
                 "contact":{"name":"李娜","mobile":"13812345678","email":"lina@yunfan.example.com"},"unknown":1}"""
                .formatted(companyName, ProfileRules.withCheckCharacter("91310115MA1K4ABC1"));
    }

    private long newProvider() {
        return ReviewTestData.newProvider(accounts);
    }

    private long newOperator() {
        return ReviewTestData.newOperator(dataSource, "zh-CN");
    }

    private static String operatorLogin(long id) {
        return ReviewTestData.operatorLogin(id);
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return send(method, path, body, token, new String[0]);
    }

    /** With extra headers, as name-value pairs. */
    private HttpResponse<String> send(String method, String path, String body, String token, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean hasChange(JsonArray changes, String field, String before, String after) {
        return changes.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("field").equals(field)
                && (before == null ? c.get("before").equals(JsonValue.NULL) : c.getString("before").equals(before))
                && c.getString("after").equals(after));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
