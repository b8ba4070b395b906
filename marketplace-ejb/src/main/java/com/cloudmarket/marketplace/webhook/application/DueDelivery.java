package com.cloudmarket.marketplace.webhook.application;

import java.net.URI;

/** A claimed delivery with what it takes to send it; {@code secret} stays out of toString. */
public record DueDelivery(long deliveryId, String eventId, String eventType, URI url, String secret, String body) {

    @Override
    public String toString() {
        return "DueDelivery[" + deliveryId + ", event " + eventId + " " + eventType + " to " + url + "]";
    }
}
