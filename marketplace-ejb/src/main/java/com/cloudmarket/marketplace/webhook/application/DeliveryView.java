package com.cloudmarket.marketplace.webhook.application;

import java.time.OffsetDateTime;

/** A delivery of one event to one subscription, after a redelivery was asked for. */
public record DeliveryView(long deliveryId, String eventId, String eventType, String status, int attempts,
                           OffsetDateTime nextAttemptAt) {
}
