package com.cloudmarket.marketplace.notification.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One SMS in the outbox. {@code status} is PENDING (queued, or waiting for another attempt after {@code lastError}),
 * SENT (then {@code gateway} and {@code sentAt} say which gateway took it, and when) or FAILED (every attempt failed).
 */
public record SmsView(long id, String to, String text, String template, String eventId, String status,
                      OffsetDateTime queuedAt, int attempts, String lastError, String gateway,
                      OffsetDateTime sentAt) implements Serializable {
}
