package com.cloudmarket.marketplace.notification.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An inbox message rendered in the reader's language. */
public record NotificationView(long id, String eventId, String type, String title, String body, OffsetDateTime createdAt,
                               boolean read) implements Serializable {
}
