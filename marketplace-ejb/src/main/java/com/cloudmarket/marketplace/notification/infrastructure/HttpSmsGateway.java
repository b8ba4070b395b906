package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.SmsGateway;
import com.cloudmarket.marketplace.notification.application.SmsNotSentException;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends each SMS to an SMS provider's HTTP endpoint: {@code POST {eventId, to, templateKey, text}} with event id,
 * template and recipient as {@code Idempotency-Key}, so an SMS sent again after a crash does not text anyone twice if
 * the provider honours the key. Anything but a 2xx within the timeout throws, and the SMS is tried again on the
 * outbox's back-off schedule. The settings are read at every send, so an administrator can change the address or
 * token without a redeployment.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

    static final String NAME = "http";
    static final String URL = "marketplace.sms.http.url";
    static final String TOKEN = "marketplace.sms.http.token";
    static final String TIMEOUT = "marketplace.sms.http.timeout-ms";
    static final long DEFAULT_TIMEOUT_MS = 5000;

    private final Supplier<Settings> settings;
    /** Created at the first SMS, so a CDI proxy instance never starts the client's selector thread. */
    private HttpClient http;

    public HttpSmsGateway() {
        this(() -> Settings.from(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class)));
    }

    HttpSmsGateway(Supplier<Settings> settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(OutgoingSms sms) {
        Settings current = settings.get();
        HttpRequest.Builder request = HttpRequest.newBuilder(current.url())
                .timeout(current.timeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", sms.deliveryKey())
                .POST(HttpRequest.BodyPublishers.ofString(body(sms)));
        if (current.token() != null) {
            request.header("Authorization", "Bearer " + current.token());
        }
        String target = current.url().getScheme() + "://" + current.url().getAuthority() + current.url().getPath();
        CompletableFuture<HttpResponse<Void>> exchange = client().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        int status;
        try {
            // the request timeout covers the answer's headers; this bounds the whole exchange, body included
            status = exchange.get(current.timeout().toMillis(), TimeUnit.MILLISECONDS).statusCode();
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(target, current, sms, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw timedOut(target, current, sms, e.getCause());
            }
            throw new SmsNotSentException("SMS gateway " + target + " failed for event " + sms.eventId() + ": "
                    + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSentException("Interrupted while sending event " + sms.eventId() + " to " + target, e);
        }
        if (status < 200 || status > 299) {
            throw new SmsNotSentException("SMS gateway " + target + " answered " + status + " for event " + sms.eventId());
        }
    }

    /** The configured timeout; with settings that do not hold, every send fails at once, and the default serves. */
    @Override
    public Duration longestSend() {
        try {
            return settings.get().timeout();
        } catch (SmsNotSentException e) {
            return Duration.ofMillis(DEFAULT_TIMEOUT_MS);
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            // HTTP/1.1: SMS providers' endpoints are plain REST, and an h2c upgrade attempt only confuses some of them
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        }
        return http;
    }

    private static SmsNotSentException timedOut(String target, Settings settings, OutgoingSms sms, Throwable cause) {
        return new SmsNotSentException("SMS gateway " + target + " did not answer within " + settings.timeout().toMillis()
                + " ms (event " + sms.eventId() + ")", cause);
    }

    static String body(OutgoingSms sms) {
        return JsonFactory.createObjectBuilder()
                .add("eventId", sms.eventId())
                .add("to", sms.to())
                .add("templateKey", sms.templateKey())
                .add("text", sms.text())
                .build()
                .toString();
    }

    /**
     * The gateway's settings at one moment; {@code token} is null when none is set, and kept out of {@link #toString()}
     * so it never reaches a log.
     */
    record Settings(URI url, String token, Duration timeout) {

        static Settings from(Function<String, Optional<String>> config) {
            String url = config.apply(URL).map(String::strip).filter(s -> !s.isEmpty())
                    .orElseThrow(() -> new SmsNotSentException("marketplace.sms.gateway is http but " + URL + " is not set"));
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new SmsNotSentException(URL + " is not a valid address", e);
            }
            if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new SmsNotSentException(URL + " must be an http:// or https:// address");
            }
            long timeoutMs;
            try {
                timeoutMs = config.apply(TIMEOUT).map(String::strip).map(Long::parseLong).orElse(DEFAULT_TIMEOUT_MS);
            } catch (NumberFormatException e) {
                throw new SmsNotSentException(TIMEOUT + " must be a number of milliseconds", e);
            }
            if (timeoutMs < 1) {
                throw new SmsNotSentException(TIMEOUT + " must be at least 1");
            }
            String token = config.apply(TOKEN).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
            return new Settings(uri, token, Duration.ofMillis(timeoutMs));
        }

        @Override
        public String toString() {
            return "Settings[url=" + url + ", token=" + (token == null ? "(none)" : "(set)") + ", timeout=" + timeout + "]";
        }
    }
}
