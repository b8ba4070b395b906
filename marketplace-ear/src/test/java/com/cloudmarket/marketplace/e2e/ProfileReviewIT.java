package com.cloudmarket.marketplace.e2e;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider's profile change through review on the real EAR: draft → submit → the operator's queue with due time and
 * changes → decision → live profile, and the result by SMS (to the contact mobile) and in the inbox, each exactly once.
 */
class ProfileReviewIT {

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void anApprovedChangeGoesLiveAndIsAnnouncedOnceBySmsAndInbox() throws Exception {
        String contactMobile = MarketplaceHttp.uniqueMobile();
        String provider = NewProvider.signUp(api).token(api);

        JsonObject before = json(api.get("/api/v1/provider", provider, null).body());
        assertTrue(before.isNull("pendingRevision"), before.toString());
        assertFalse(before.getJsonObject("onboarding").getBoolean("complete"));

        HttpResponse<String> draft = api.put("/api/v1/provider/profile/draft", NewProvider.profileJson("云帆e2e科技有限公司", contactMobile), provider);
        assertEquals(200, draft.statusCode(), draft.body());
        HttpResponse<String> submitted = api.post("/api/v1/provider/profile/draft/submit", "", provider);
        assertEquals(202, submitted.statusCode(), submitted.body());
        JsonObject review = json(submitted.body());
        assertEquals("PENDING", review.getString("status"));
        long reviewId = review.getJsonNumber("reviewId").longValue();
        OffsetDateTime dueAt = OffsetDateTime.parse(review.getString("dueAt"));
        assertTrue(dueAt.toInstant().isAfter(Instant.now().plus(Duration.ofDays(2))), "3 business days: " + dueAt);
        assertEquals(409, api.post("/api/v1/provider/profile/draft/submit", "", provider).statusCode(), "double submit");

        JsonObject during = json(api.get("/api/v1/provider", provider, null).body());
        assertTrue(during.getJsonObject("profile").getJsonObject("company").isNull("name"), "live profile unchanged");
        assertEquals(reviewId, during.getJsonObject("pendingRevision").getJsonNumber("reviewId").longValue());

        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        JsonObject queued = findInQueue(reviewId, operator);
        assertEquals("PROVIDER_PROFILE", queued.getString("subject"));
        assertEquals(dueAt.toInstant(), OffsetDateTime.parse(queued.getString("dueAt")).toInstant());
        assertFalse(queued.getBoolean("overdue"));
        JsonObject detail = json(api.get("/api/v1/reviews/" + reviewId, operator, null).body());
        assertTrue(detail.getJsonArray("changes").getValuesAs(JsonObject.class).stream().anyMatch(c ->
                c.getString("field").equals("contact.mobile") && c.getString("after").equals(contactMobile)), detail.toString());
        assertFalse(detail.getJsonObject("onboarding").getBoolean("complete"));

        HttpResponse<String> approved = api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(409, api.post("/api/v1/reviews/" + reviewId + "/approve", "", operator).statusCode(), "decided");

        JsonObject after = json(api.get("/api/v1/provider", provider, null).body());
        assertEquals("云帆e2e科技有限公司", after.getJsonObject("profile").getJsonObject("company").getString("name"));
        assertEquals(contactMobile, after.getJsonObject("profile").getJsonObject("contact").getString("mobile"));
        assertTrue(after.isNull("pendingRevision"));

        JsonArray sms = api.awaitItems("/api/v1/sms-outbox?to=" + contactMobile, operator, null, items -> !items.isEmpty());
        assertEquals(1, sms.size(), sms.toString());
        assertEquals("sms.profileApproved", sms.getJsonObject(0).getString("template"));
        assertTrue(sms.getJsonObject(0).getString("text").contains("已审核通过"), sms.toString());
        List<JsonObject> inbox = awaitDecisions(provider, 1);
        assertEquals("服务商资料审核通过", inbox.get(0).getString("title"));

        Thread.sleep(3000);
        assertEquals(1, json(api.get("/api/v1/sms-outbox?to=" + contactMobile, operator, null).body())
                .getJsonArray("items").size(), "no second SMS");
        assertEquals(1, decisions(provider).size(), "no second inbox message");
    }

    @Test
    void aRejectionKeepsTheLiveProfileAndTellsTheReason() throws Exception {
        NewProvider account = NewProvider.signUp(api);
        String accountMobile = account.mobile();
        String provider = account.token(api);
        assertEquals(200, api.put("/api/v1/provider/profile/draft", NewProvider.profileJson("驳回测试有限公司", MarketplaceHttp.uniqueMobile()),
                provider).statusCode());
        long reviewId = json(api.post("/api/v1/provider/profile/draft/submit", "", provider).body())
                .getJsonNumber("reviewId").longValue();

        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        assertEquals(400, api.post("/api/v1/reviews/" + reviewId + "/reject", "{\"reason\":\" \"}", operator).statusCode());
        HttpResponse<String> rejected = api.post("/api/v1/reviews/" + reviewId + "/reject",
                "{\"reason\":\"营业执照信息不清晰\"}", operator);
        assertEquals(200, rejected.statusCode(), rejected.body());

        JsonObject after = json(api.get("/api/v1/provider", provider, null).body());
        assertTrue(after.getJsonObject("profile").getJsonObject("company").isNull("name"), "still no live profile");
        JsonObject revision = json(api.get("/api/v1/provider/profile/revisions", provider, null).body())
                .getJsonArray("items").getJsonObject(0);
        assertEquals("REJECTED", revision.getString("status"));
        assertEquals("营业执照信息不清晰", revision.getString("reason"));

        // no live profile yet, so the SMS goes to the account's own mobile (beside its welcome SMS)
        JsonArray sms = api.awaitItems("/api/v1/sms-outbox?to=" + accountMobile, operator, null,
                items -> items.getValuesAs(JsonObject.class).stream().anyMatch(s -> s.getString("template").equals("sms.profileRejected")));
        JsonObject text = sms.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("template").equals("sms.profileRejected")).findFirst().orElseThrow();
        assertTrue(text.getString("text").contains("营业执照信息不清晰"), text.toString());
        assertTrue(awaitDecisions(provider, 1).get(0).getString("body").contains("营业执照信息不清晰"));

        JsonObject audit = json(api.get("/api/v1/providers/" + json(api.get("/api/v1/me", provider, null).body())
                .getJsonNumber("accountId") + "/audit", operator, null).body());
        assertEquals(List.of("REVIEW_REJECTED", "PROFILE_SUBMITTED"), audit.getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("action")).toList());
    }

    @Test
    void theDemoProviderIsLiveAndOnboarded() {
        String provider = api.token("provider", MarketplaceHttp.DEMO_PASSWORD);
        JsonObject demo = json(api.get("/api/v1/provider", provider, null).body());
        assertTrue(demo.getBoolean("profileLive"), demo.toString());
        assertTrue(demo.getJsonObject("onboarding").getBoolean("complete"), demo.toString());
        assertEquals("10000.00", demo.getJsonObject("onboarding").getJsonObject("deposit").getString("amount"));
    }

    private JsonObject findInQueue(long reviewId, String operator) {
        String cursor = "";
        do {
            JsonObject page = json(api.get("/api/v1/reviews?status=PENDING&limit=100" + cursor, operator, null).body());
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (item.getJsonNumber("reviewId").longValue() == reviewId) {
                    return item;
                }
            }
            cursor = page.isNull("nextCursor") ? null : "&cursor=" + page.getString("nextCursor");
        } while (cursor != null);
        throw new AssertionError("review " + reviewId + " is not in the queue");
    }

    private List<JsonObject> decisions(String token) {
        return json(api.get("/api/v1/notifications", token, null).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("type").equals("PROFILE_REVIEW_DECIDED")).toList();
    }

    private List<JsonObject> awaitDecisions(String token, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        do {
            List<JsonObject> found = decisions(token);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no PROFILE_REVIEW_DECIDED in the inbox within 30 s");
    }
}
