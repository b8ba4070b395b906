package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.notification.application.DueSms;
import com.cloudmarket.marketplace.notification.application.EventChannels;
import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.notification.application.NotificationView;
import com.cloudmarket.marketplace.notification.application.SmsQueue;
import com.cloudmarket.marketplace.notification.application.SmsService;
import com.cloudmarket.marketplace.notification.application.SmsView;
import com.cloudmarket.marketplace.notification.infrastructure.SmsDispatcher;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event's delivery to the inbox, the SMS outbox and the webhooks in one transaction, and the SMS outbox's
 * dispatch: claims, the back-off after a gateway's refusal, and giving up. The tests dispatch themselves.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationChannelsComponentTest {

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.accountsAndApi();
    }

    @EJB
    private AccountService accounts;

    @EJB
    private EventChannels channels;

    @EJB
    private InboxService inbox;

    @EJB
    private SmsService sms;

    @EJB
    private SmsQueue queue;

    @EJB
    private SmsDispatcher dispatcher;

    @Inject
    private MovableClock clock;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachChannelTakesAnEventOnceHoweverOftenItArrivesAndTheSmsIsSentAfterwards() throws SQLException {
        String mobile = newMobile();
        AccountView account = signUp(mobile);
        EventEnvelope event = signUpEvent(account);

        assertTrue(channels.deliver(event));
        assertFalse(channels.deliver(event), "a redelivery adds nothing");
        assertFalse(channels.deliver(event));

        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM inbox_message WHERE recipient_account_id = ?",
                account.accountId()));
        SmsView queued = only(mobile);
        assertEquals("PENDING", queued.status());
        assertEquals(0, queued.attempts());
        assertNull(queued.gateway());
        assertNull(queued.sentAt());
        assertEquals(event.id(), queued.eventId());
        assertTrue(queued.text().startsWith("[Cloud Marketplace] Hello 王芳")
                && queued.text().contains(String.valueOf(account.accountId())), "SMS in the account's language: " + queued.text());

        assertTrue(dispatcher.dispatch() >= 1);

        SmsView sent = only(mobile);
        assertEquals("SENT", sent.status());
        assertEquals("recording", sent.gateway());
        assertEquals(1, sent.attempts());
        assertNotNull(sent.sentAt());
        assertNull(sent.lastError());
        assertEquals(0, dispatcher.dispatch(), "nothing is sent twice");
        NotificationView welcome = inbox.inbox(account.accountId(), PageRequest.first(10), Locale.SIMPLIFIED_CHINESE)
                .items().get(0);
        assertEquals("欢迎加入云市场", welcome.title());
        assertEquals(event.id(), welcome.eventId());
    }

    @Test
    void aMessagesEventsAreDeliveredTogetherAndABatchHoldingARepeatIsTakenEventByEvent() throws SQLException {
        String[] mobiles = {newMobile(), newMobile(), newMobile()};
        AccountView[] signedUp = {signUp(mobiles[0]), signUp(mobiles[1]), signUp(mobiles[2])};
        EventEnvelope first = signUpEvent(signedUp[0]);
        EventEnvelope second = signUpEvent(signedUp[1]);
        EventEnvelope third = signUpEvent(signedUp[2]);

        assertEquals(2, channels.deliverAll(List.of(first, second)));
        assertEquals(1, channels.deliverAll(List.of(second, third)), "only the new event of a batch holding a repeat");
        assertEquals(0, channels.deliverAll(List.of(first, second, third)));

        for (int i = 0; i < 3; i++) {
            assertEquals("1", TestDatabase.single(dataSource,
                    "SELECT COUNT(*) FROM inbox_message WHERE recipient_account_id = ?", signedUp[i].accountId()));
            assertEquals(1, sms.outbox(mobiles[i], PageRequest.first(10)).items().size());
        }
    }

    @Test
    void anSmsTheGatewayDidNotTakeIsClaimedAgainAfterTheBackOffAndGivenUpAfterTheLastAttempt() throws SQLException {
        dispatcher.dispatch(); // what earlier tests queued, so that the claims below see only this test's SMS
        String mobile = newMobile();
        channels.deliver(signUpEvent(signUp(mobile)));

        List<DueSms> claimed = queue.claimDue(10, Duration.ofMinutes(10));
        assertEquals(1, claimed.size());
        long id = claimed.get(0).id();
        assertEquals(mobile, claimed.get(0).sms().to());
        assertTrue(queue.claimDue(10, Duration.ofMinutes(10)).isEmpty(), "a claimed SMS is not claimed twice");

        queue.notSent(id, "SMS gateway http://sms.example answered 503");
        SmsView waiting = only(mobile);
        assertEquals("PENDING", waiting.status());
        assertEquals(1, waiting.attempts());
        assertEquals("SMS gateway http://sms.example answered 503", waiting.lastError());
        assertTrue(queue.claimDue(10, Duration.ofMinutes(10)).isEmpty(), "not due before its back-off");
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(id), queue.claimDue(10, Duration.ofMinutes(10)).stream().map(DueSms::id).toList());

        for (int attempt = 2; attempt <= 12; attempt++) {
            queue.notSent(id, "attempt " + attempt + " " + "x".repeat(600));
        }
        SmsView failed = only(mobile);
        assertEquals("FAILED", failed.status());
        assertEquals(12, failed.attempts());
        assertEquals(500, failed.lastError().length(), "the error is kept within its column");
        clock.advance(Duration.ofDays(30));
        assertTrue(queue.claimDue(10, Duration.ofMinutes(10)).isEmpty(), "a failed SMS is not tried again");
        queue.sent(List.of(id), "recording");
        assertEquals("FAILED", only(mobile).status(), "a late answer does not revive it");
    }

    private SmsView only(String mobile) {
        List<SmsView> items = sms.outbox(mobile, PageRequest.first(10)).items();
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private AccountView signUp(String mobile) {
        return accounts.signUp(new SignUpCommand("u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                "Secret123", "王芳", mobile, null, "CUSTOMER", "en"));
    }

    private EventEnvelope signUpEvent(AccountView account) throws SQLException {
        return EventEnvelope.parse(TestDatabase.single(dataSource, "SELECT payload FROM outbox_event WHERE aggregate_id = ?",
                String.valueOf(account.accountId())));
    }

    private static String newMobile() {
        return "137" + String.format("%08d", (int) (Math.random() * 100_000_000));
    }
}
