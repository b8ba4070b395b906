package com.cloudmarket.marketplace.notification.application;

/**
 * Where SMS leave the marketplace. The default gateway records each message in the operator-visible outbox instead of
 * sending it; a real provider plugs in here.
 */
public interface SmsGateway {

    void send(OutgoingSms sms);

    record OutgoingSms(String eventId, String to, String templateKey, String text) {
    }
}
