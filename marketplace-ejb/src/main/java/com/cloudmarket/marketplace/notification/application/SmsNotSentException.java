package com.cloudmarket.marketplace.notification.application;

/**
 * The gateway did not take an SMS (refused, failed, timed out or is not set up). Deliberately a system exception: the
 * delivery's transaction rolls back, so the broker redelivers the event and the SMS is tried again.
 */
public class SmsNotSentException extends RuntimeException {

    public SmsNotSentException(String message) {
        super(message);
    }

    public SmsNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
