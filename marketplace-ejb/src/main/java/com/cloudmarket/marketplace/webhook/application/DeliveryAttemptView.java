package com.cloudmarket.marketplace.webhook.application;

import java.time.OffsetDateTime;

/**
 * One attempt to deliver an event, with where its delivery stands now: {@code statusCode} is null when no answer came
 * ({@code error} says why); {@code outcome} is DELIVERED, RETRY_SCHEDULED (at {@code nextAttemptAt}) or FAILED.
 */
public record DeliveryAttemptView(long attemptId, long deliveryId, String eventId, String eventType, int attempt,
                                  OffsetDateTime attemptedAt, Integer statusCode, String error, long durationMillis,
                                  String outcome, OffsetDateTime nextAttemptAt, String deliveryStatus) {
}
