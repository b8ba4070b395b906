package com.cloudmarket.marketplace.webhook.application;

import java.time.OffsetDateTime;
import java.util.List;

/** A subscription as its owner reads it: never the secret itself, only its last characters. */
public record WebhookView(long webhookId, String url, List<String> events, String secretHint, OffsetDateTime createdAt) {
}
