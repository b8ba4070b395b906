package com.cloudmarket.marketplace.webhook.application;

import java.util.List;

/** A subscription as the provider asks for it; checked by the service. The secret never appears in toString. */
public record WebhookRequest(String url, List<String> events, String secret) {

    @Override
    public String toString() {
        return "WebhookRequest[url=" + url + ", events=" + events + "]";
    }
}
