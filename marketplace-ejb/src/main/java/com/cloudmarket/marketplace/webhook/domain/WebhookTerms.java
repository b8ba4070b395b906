package com.cloudmarket.marketplace.webhook.domain;

import com.cloudmarket.marketplace.shared.domain.EventType;

import java.net.URI;
import java.util.Set;

/** A checked subscription request; {@code secret} is kept out of {@link #toString()} so it never reaches a log. */
public record WebhookTerms(URI url, Set<EventType> events, String secret) {

    public WebhookTerms {
        events = Set.copyOf(events);
    }

    @Override
    public String toString() {
        return "WebhookTerms[url=" + url + ", events=" + events + "]";
    }
}
