package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.DueSms;
import com.cloudmarket.marketplace.notification.application.SmsGateway;
import com.cloudmarket.marketplace.notification.application.SmsNotSentException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmsDispatcherTest {

    @Test
    void anSmsTheGatewayRefusesKeepsItsErrorAndTheRestOfTheBatchStillGoes() {
        List<String> handedOver = new ArrayList<>();
        SmsGateway gateway = new SmsGateway() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public void send(OutgoingSms sms) {
                if (sms.to().equals("13800000002")) {
                    throw new SmsNotSentException("SMS gateway answered 400 for event " + sms.eventId());
                }
                if (sms.to().equals("13800000003")) {
                    throw new IllegalStateException();
                }
                handedOver.add(sms.to());
            }
        };

        SmsDispatcher.Outcome outcome = SmsDispatcher.send(List.of(due(1, "13800000001"), due(2, "13800000002"),
                due(3, "13800000003"), due(4, "13800000004")), gateway);

        assertEquals(List.of(1L, 4L), outcome.sent());
        assertEquals(Map.of(2L, "SMS gateway answered 400 for event e2", 3L, "java.lang.IllegalStateException"),
                outcome.notSent());
        assertEquals(List.of("13800000001", "13800000004"), handedOver);
    }

    @Test
    void aClaimLastsAsLongAsTheGatewayMayTakeForTheWholeBatch() {
        assertEquals(Duration.ofSeconds(30), SmsDispatcher.lease(new RecordingSmsGateway()));
        SmsGateway slow = new SmsGateway() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public void send(OutgoingSms sms) {
            }

            @Override
            public Duration longestSend() {
                return Duration.ofSeconds(5);
            }
        };
        assertEquals(Duration.ofSeconds(30 + 5 * SmsDispatcher.BATCH), SmsDispatcher.lease(slow));
    }

    private static DueSms due(long id, String to) {
        return new DueSms(id, new SmsGateway.OutgoingSms("e" + id, to, "sms.welcome", "text"));
    }
}
