package com.cloudmarket.marketplace.webhook.domain;

import com.cloudmarket.marketplace.shared.domain.EventType;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WebhookRulesTest {

    private static final String SECRET = "0123456789abcdef";
    private static final Function<URI, Optional<String>> ANY_TARGET = url -> Optional.empty();

    @Test
    void acceptsAnHttpsUrlKnownEventsAndALongEnoughSecret() {
        WebhookTerms terms = WebhookRules.validated("https://erp.example.com/hooks?tenant=7",
                List.of("ORDER_CREATED", "ORDER_CONFIRMED", "ORDER_CREATED"), SECRET, ANY_TARGET);

        assertEquals(URI.create("https://erp.example.com/hooks?tenant=7"), terms.url());
        assertEquals(Set.of(EventType.ORDER_CREATED, EventType.ORDER_CONFIRMED), terms.events());
        assertEquals(SECRET, terms.secret());
        assertEquals(false, terms.toString().contains(SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)", "example.com/hook",
            "https:///nohost", "https://example.com/x#frag", "http://exa mple.com/"})
    void refusesAnythingButAnHttpOrHttpsUrlToAHost(String url) {
        assertEquals(List.of("url:webhookUrl"), errors(url, List.of("ORDER_CREATED"), SECRET));
    }

    @Test
    void refusesCredentialsInTheUrl() {
        assertEquals(List.of("url:webhookUrlCredentials"),
                errors("https://user:pw@example.com/hook", List.of("ORDER_CREATED"), SECRET));
    }

    @Test
    void reportsWhatTheTargetCheckFindsAgainstTheUrl() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WebhookRules.validated(
                "http://10.0.0.8/hook", List.of("ORDER_CREATED"), SECRET, url -> Optional.of("webhookUrlPrivate")));
        assertEquals(List.of(new FieldError("url", "webhookUrlPrivate")), e.errors());
    }

    @Test
    void refusesUnknownAndPlatformOnlyEventTypesNamingTheirPosition() {
        assertEquals(List.of("events[1]:webhookEventType", "events[2]:webhookEventType"),
                errors("https://example.com/h", List.of("ORDER_CREATED", "ORDER_EXPLODED", "REVIEW_OVERDUE"), SECRET));
        assertEquals(List.of("events:required"), errors("https://example.com/h", List.of(), SECRET));
    }

    @Test
    void refusesAShortLongOrInvisibleSecret() {
        assertEquals(List.of("secret:webhookSecretLength"), errors("https://example.com/h", List.of("ORDER_CREATED"),
                "too-short"));
        assertEquals(List.of("secret:webhookSecretLength"), errors("https://example.com/h", List.of("ORDER_CREATED"),
                "x".repeat(129)));
        assertEquals(List.of("secret:webhookSecretCharacters"), errors("https://example.com/h",
                List.of("ORDER_CREATED"), "0123456789 abcdef"));
        assertEquals(List.of("secret:required"), errors("https://example.com/h", List.of("ORDER_CREATED"), null));
    }

    @Test
    void reportsEveryBrokenFieldAtOnce() {
        assertEquals(List.of("url:required", "events:required", "secret:required"), errors(null, null, null));
    }

    private static List<String> errors(String url, List<String> events, String secret) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WebhookRules.validated(url, events, secret, ANY_TARGET));
        return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
    }
}
