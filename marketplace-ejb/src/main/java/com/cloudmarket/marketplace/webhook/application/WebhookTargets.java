package com.cloudmarket.marketplace.webhook.application;

import com.cloudmarket.marketplace.webhook.domain.TargetAddresses;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Resolves a webhook URL's host and applies {@link TargetAddresses}: at subscription, and again before every attempt,
 * since a name may point somewhere else later.
 */
public final class WebhookTargets {

    private WebhookTargets() {
    }

    /** The validation code for a URL that cannot be used, if any. */
    public static Optional<String> problem(URI url, TargetAddresses allowed) {
        try {
            return allowed.refused(InetAddress.getAllByName(url.getHost())).map(a -> "webhookUrlPrivate");
        } catch (UnknownHostException e) {
            return Optional.of("webhookUrlUnresolvable");
        }
    }

    /** Why an attempt must not be made to this URL now, if it must not. */
    public static Optional<String> refusal(URI url, TargetAddresses allowed) {
        try {
            return allowed.refused(InetAddress.getAllByName(url.getHost()))
                    .map(a -> "target address " + a.getHostAddress() + " is in a private or reserved range");
        } catch (UnknownHostException e) {
            return Optional.of("host " + url.getHost() + " cannot be resolved");
        }
    }
}
