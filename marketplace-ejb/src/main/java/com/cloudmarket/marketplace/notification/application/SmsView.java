package com.cloudmarket.marketplace.notification.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One SMS the gateway accepted. */
public record SmsView(long id, String to, String text, String template, String eventId, String gateway,
                      OffsetDateTime sentAt) implements Serializable {
}
