package com.cloudmarket.marketplace.webhook.application;

import com.cloudmarket.marketplace.shared.domain.RetrySchedule;
import com.cloudmarket.marketplace.webhook.domain.TargetAddresses;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

/**
 * The webhook settings at one moment, read at every use so an administrator's change (admin console or
 * {@code asadmin set-config-property}) applies without a redeployment.
 */
public record WebhookSettings(Duration timeout, RetrySchedule retries, TargetAddresses targets) {

    static final String TIMEOUT = "marketplace.webhook.timeout-ms";
    static final String RETRY_BASE = "marketplace.webhook.retry-base-seconds";
    static final String MAX_ATTEMPTS = "marketplace.webhook.max-attempts";
    static final String ALLOWED_PRIVATE_RANGES = "marketplace.webhook.allowed-private-ranges";

    public static WebhookSettings current() {
        Config config = ConfigProvider.getConfig();
        long timeoutMs = config.getOptionalValue(TIMEOUT, Long.class).orElse(5000L);
        long baseSeconds = config.getOptionalValue(RETRY_BASE, Long.class).orElse(10L);
        int maxAttempts = config.getOptionalValue(MAX_ATTEMPTS, Integer.class).orElse(12);
        String allowed = config.getOptionalValue(ALLOWED_PRIVATE_RANGES, String.class).orElse("");
        if (timeoutMs < 100) {
            throw new IllegalStateException(TIMEOUT + " must be at least 100, not " + timeoutMs);
        }
        return new WebhookSettings(Duration.ofMillis(timeoutMs),
                new RetrySchedule(Duration.ofSeconds(baseSeconds), maxAttempts), TargetAddresses.allowing(allowed));
    }
}
