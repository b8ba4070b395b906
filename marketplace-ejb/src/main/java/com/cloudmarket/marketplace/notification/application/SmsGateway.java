package com.cloudmarket.marketplace.notification.application;

import java.time.Duration;

/**
 * Where SMS leave the marketplace. The administrator picks one by name with {@code marketplace.sms.gateway}; whichever
 * takes an SMS, the SMS outbox that operators see records it with that name.
 */
public interface SmsGateway {

    /** The name {@code marketplace.sms.gateway} selects this gateway by. */
    String name();

    /** Hands the SMS over, or throws; the dispatcher then tries it again on the outbox's back-off schedule. */
    void send(OutgoingSms sms);

    /** The longest one send may take: the dispatcher's claim on a batch lasts that long for each SMS in it. */
    default Duration longestSend() {
        return Duration.ZERO;
    }

    record OutgoingSms(String eventId, String to, String templateKey, String text) {

        /** One SMS of one event: an event may text several people, and each of them exactly once. */
        public String deliveryKey() {
            return eventId + "/" + templateKey + "/" + to;
        }
    }
}
