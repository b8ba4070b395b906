package com.cloudmarket.marketplace.webhook.infrastructure;

import com.cloudmarket.marketplace.webhook.application.DueDelivery;
import com.cloudmarket.marketplace.webhook.application.WebhookSettings;
import com.cloudmarket.marketplace.webhook.application.WebhookTargets;
import com.cloudmarket.marketplace.webhook.domain.AttemptResult;
import com.cloudmarket.marketplace.webhook.domain.WebhookSignature;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Sends a batch of deliveries at once with non-blocking HTTP: a receiver that hangs costs a connection until the
 * timeout, not a thread, and the whole batch takes at most about one timeout. Redirects are not followed (they could
 * lead to an address the target check refuses), and the answer's body is never read.
 */
public class WebhookSender {

    static final String USER_AGENT = "CloudMarketplace-Webhooks/1";

    private final HttpClient http;
    private final Executor lookups;

    /** {@code lookups} runs the blocking host-name resolutions of the target check. */
    public WebhookSender(Executor lookups) {
        this.lookups = lookups;
        // HTTP/1.1: receivers are plain web endpoints, and an h2c upgrade attempt only confuses some of them
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();
    }

    /** One result per delivery, in the same order; never throws for a receiver's misbehaviour. */
    public List<AttemptResult> send(List<DueDelivery> deliveries, WebhookSettings settings) {
        List<CompletableFuture<AttemptResult>> attempts = deliveries.stream().map(d -> attempt(d, settings)).toList();
        return attempts.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<AttemptResult> attempt(DueDelivery delivery, WebhookSettings settings) {
        long started = System.nanoTime();
        Duration timeout = settings.timeout();
        return CompletableFuture.supplyAsync(() -> WebhookTargets.refusal(delivery.url(), settings.targets()), lookups)
                .thenCompose(refusal -> refusal.isPresent()
                        ? CompletableFuture.completedFuture(AttemptResult.failed(refusal.get(), millisSince(started)))
                        : post(delivery, timeout, started))
                // bounds the whole exchange: the request timeout only covers the wait for the answer's headers
                .completeOnTimeout(AttemptResult.failed("no answer within " + timeout.toMillis() + " ms",
                        timeout.toMillis()), timeout.toMillis() + 500, TimeUnit.MILLISECONDS)
                .exceptionally(e -> AttemptResult.failed(describe(e, timeout), millisSince(started)));
    }

    private CompletableFuture<AttemptResult> post(DueDelivery delivery, Duration timeout, long started) {
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(delivery.url())
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", USER_AGENT)
                .header("X-Marketplace-Event", delivery.eventType())
                .header("X-Marketplace-Event-Id", delivery.eventId())
                .header("X-Marketplace-Delivery", String.valueOf(delivery.deliveryId()))
                .header(WebhookSignature.HEADER, WebhookSignature.of(delivery.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(response -> {
            close(response.body()); // the status is all we need; closing drops the connection instead of reading on
            return AttemptResult.answered(response.statusCode(), millisSince(started));
        });
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the answer was already judged by its status code
        }
    }

    private static String describe(Throwable e, Duration timeout) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        String message = Optional.ofNullable(cause.getMessage()).filter(m -> !m.isBlank()).orElse("");
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
