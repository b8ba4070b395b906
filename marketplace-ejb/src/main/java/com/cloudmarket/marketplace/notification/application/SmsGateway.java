package com.cloudmarket.marketplace.notification.application;

/**
 * Where SMS leave the marketplace. The administrator picks one by name with {@code marketplace.sms.gateway}; whichever
 * handles an SMS, {@link SmsService} records it in the operator-visible SMS outbox with that name.
 */
public interface SmsGateway {

    /** The name {@code marketplace.sms.gateway} selects this gateway by. */
    String name();

    /** Hands the SMS over, or throws so the delivery rolls back and the broker redelivers it. */
    void send(OutgoingSms sms);

    record OutgoingSms(String eventId, String to, String templateKey, String text) {

        /** One SMS of one event: an event may text several people, and each of them exactly once. */
        public String deliveryKey() {
            return eventId + "/" + templateKey + "/" + to;
        }
    }
}
