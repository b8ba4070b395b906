package com.cloudmarket.marketplace.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SmsMessageTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aQueuedSmsIsDueAtOnceAndNotYetSent() {
        SmsMessage sms = queued();
        assertEquals(SmsStatus.PENDING, sms.status());
        assertEquals(T0, sms.nextAttemptAt());
        assertEquals(0, sms.attempts());
        assertNull(sms.gateway());
        assertNull(sms.sentAt());
    }

    @Test
    void aRefusedSmsWaitsTenSecondsThenThreeTimesLongerEachTimeUntilItIsGivenUp() {
        SmsMessage sms = queued();
        sms.notSent("answered 503", T0);
        assertEquals(SmsStatus.PENDING, sms.status());
        assertEquals(T0.plusSeconds(10), sms.nextAttemptAt());
        sms.notSent("answered 503", T0);
        assertEquals(T0.plusSeconds(30), sms.nextAttemptAt());
        for (int attempt = 3; attempt <= 11; attempt++) {
            sms.notSent("answered 503", T0);
            assertEquals(SmsStatus.PENDING, sms.status());
        }
        sms.notSent("no answer within 5000 ms", T0);

        assertEquals(SmsStatus.FAILED, sms.status());
        assertEquals(12, sms.attempts());
        assertNull(sms.nextAttemptAt());
        assertEquals("no answer within 5000 ms", sms.lastError());
        sms.notSent("later", T0);
        assertEquals(12, sms.attempts(), "a failed SMS takes no further attempts");
    }

    @Test
    void aLongErrorIsCutToItsColumn() {
        SmsMessage sms = queued();
        sms.notSent("e".repeat(2000), T0);
        assertEquals(SmsMessage.ERROR_LENGTH, sms.lastError().length());
    }

    private static SmsMessage queued() {
        return new SmsMessage("5b0f7c1e-0d4e-4a53-9a57-1f0c1b2d3e4f", "13800000001", "sms.welcome", "【云市场】您好", T0);
    }
}
