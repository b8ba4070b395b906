package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.notification.application.EventChannels;
import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.notification.application.NotificationView;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.application.SubmittedRevision;
import com.cloudmarket.marketplace.review.application.OverdueReviewAlarm;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.infrastructure.OverdueReviewScan;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overdue alarm on Payara Micro: the scan is called directly with the clock moved past the due time, and the result
 * read from the outbox (the component deployment has no broker, so the inbox is fed the outbox event by hand).
 */
@ExtendWith(ArquillianExtension.class)
class OverdueReviewAlarmComponentTest {

    private static final Duration PAST_ANY_DUE_TIME = Duration.ofDays(30);

    @Deployment
    static WebArchive deployment() {
        return ProviderReviewComponentTest.deployment().addPackage(OverdueReviewScan.class.getPackage());
    }

    @EJB
    private AccountService accounts;

    @EJB
    private ProviderService providers;

    @EJB
    private ReviewService reviews;

    @EJB
    private OverdueReviewScan scan;

    @EJB
    private OverdueReviewAlarm alarm;

    @EJB
    private InboxService inbox;

    @EJB
    private EventChannels channels;

    @Inject
    private MovableClock clock;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOverdueReviewAlertsEveryOperatorExactlyOnce() throws SQLException {
        long chinese = ReviewTestData.newOperator(dataSource, "zh-CN");
        long english = ReviewTestData.newOperator(dataSource, "en");
        SubmittedRevision submitted = submittedReview();

        scan.scan();
        assertEquals(List.of(), overdueEvents(submitted.reviewId()), "not due yet");

        clock.advance(PAST_ANY_DUE_TIME);
        scan.scan();
        List<String> events = overdueEvents(submitted.reviewId());
        assertEquals(1, events.size(), events.toString());
        EventEnvelope event = EventEnvelope.parse(events.get(0));
        assertEquals(String.valueOf(submitted.reviewId()), event.text("reviewId"));
        assertEquals("PROVIDER_PROFILE", event.text("subject"));
        assertEquals(submitted.dueAt().toInstant().toString(), event.text("dueAt"));
        Map<Long, String> recipients = event.data().getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getJsonNumber("accountId").longValue(), r -> r.getString("language")));
        assertEquals("zh-CN", recipients.get(chinese));
        assertEquals("en", recipients.get(english));
        assertEquals(Long.parseLong(TestDatabase.single(dataSource, "SELECT COUNT(*) FROM account_role WHERE role = 'OPERATOR'")),
                recipients.size(), "every operator");
        assertNotNull(TestDatabase.single(dataSource, "SELECT overdue_alerted_at FROM review WHERE id = ?", submitted.reviewId()));

        scan.scan();
        scan.scan();
        assertEquals(1, overdueEvents(submitted.reviewId()).size(), "later ticks alert nothing again");

        assertTrue(channels.deliver(event));
        assertFalse(channels.deliver(event), "a redelivery adds nothing");
        List<NotificationView> received = inbox.inbox(english, PageRequest.first(20), Locale.ENGLISH).items();
        assertEquals(1, received.size(), received.toString());
        assertEquals("Review " + submitted.reviewId() + " is overdue", received.get(0).title());
        assertTrue(received.get(0).body().contains("(Beijing time)"), received.get(0).body());
        assertEquals(1, inbox.inbox(chinese, PageRequest.first(20), Locale.SIMPLIFIED_CHINESE).items().size());
    }

    @Test
    void aReviewDecidedBeforeTheScanIsNotAlerted() throws SQLException {
        long operator = ReviewTestData.newOperator(dataSource, "zh-CN");
        SubmittedRevision submitted = submittedReview();
        reviews.approve(submitted.reviewId(), operator);

        clock.advance(PAST_ANY_DUE_TIME);
        scan.scan();
        assertEquals(List.of(), overdueEvents(submitted.reviewId()));
        assertNull(TestDatabase.single(dataSource, "SELECT overdue_alerted_at FROM review WHERE id = ?", submitted.reviewId()));
    }

    /** Two servers scanning at the same moment: the claim on the review lets only one of them alert it. */
    @Test
    void concurrentScansAlertAReviewOnce() throws Exception {
        ReviewTestData.newOperator(dataSource, "zh-CN");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                long reviewId = submittedReview().reviewId();
                clock.advance(PAST_ANY_DUE_TIME);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> scans = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    scans.add(pool.submit(() -> {
                        start.await();
                        try {
                            return "alerted " + alarm.alertNextBatch(100);
                        } catch (RuntimeException e) {
                            return "rolled back: " + e; // the loser may also fail on the row lock; the next tick retries
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : scans) {
                    outcomes.add(f.get());
                }
                assertEquals(1, overdueEvents(reviewId).size(), outcomes.toString());
                clock.reset();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private SubmittedRevision submittedReview() {
        long provider = ReviewTestData.newProvider(accounts);
        providers.saveDraft(provider, ReviewTestData.profile("超时科技有限公司", "13812345678"));
        return providers.submit(provider);
    }

    private List<String> overdueEvents(long reviewId) throws SQLException {
        return TestDatabase.values(dataSource, "SELECT payload FROM outbox_event WHERE event_type = 'REVIEW_OVERDUE' AND aggregate_id = ?",
                String.valueOf(reviewId));
    }
}
