package com.cloudmarket.marketplace.notification.application;

/**
 * The gateway did not take an SMS (refused, failed, timed out or is not set up). The dispatcher records the message on
 * the SMS and tries it again on the outbox's back-off schedule.
 */
public class SmsNotSentException extends RuntimeException {

    public SmsNotSentException(String message) {
        super(message);
    }

    public SmsNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
