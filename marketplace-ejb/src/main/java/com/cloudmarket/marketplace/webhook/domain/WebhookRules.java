package com.cloudmarket.marketplace.webhook.domain;

import com.cloudmarket.marketplace.shared.domain.EventType;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a subscription must be: an http(s) URL to an allowed address, known event types, a secret worth the name. */
public final class WebhookRules {

    /** The event types integrators may subscribe to (api.md); the others are the platform's own. */
    public static final Set<EventType> SUBSCRIBABLE = EnumSet.of(EventType.PROFILE_REVIEW_DECIDED,
            EventType.PRODUCT_REVIEW_DECIDED, EventType.ORDER_CREATED, EventType.REQUIREMENT_SUBMITTED,
            EventType.ORDER_STARTED, EventType.ORDER_COMPLETED, EventType.ORDER_REMINDED, EventType.ORDER_CONFIRMED,
            EventType.ORDER_AUTO_CONFIRMED);
    public static final int URL_MAX = 500;
    public static final int SECRET_MIN = 16;
    public static final int SECRET_MAX = 128;
    public static final int SUBSCRIPTIONS_MAX = 20;

    private WebhookRules() {
    }

    /**
     * Checks every field and reports all broken rules at once. {@code targetProblem} resolves the URL's host and
     * names what is wrong with its address (a validation code), if anything.
     */
    public static WebhookTerms validated(String url, List<String> events, String secret,
                                         Function<URI, Optional<String>> targetProblem) {
        List<FieldError> errors = new ArrayList<>();
        URI uri = url(url, errors);
        if (uri != null) {
            targetProblem.apply(uri).ifPresent(code -> errors.add(new FieldError("url", code)));
        }
        Set<EventType> types = events(events, errors);
        if (secret == null || secret.isEmpty()) {
            errors.add(new FieldError("secret", "required"));
        } else if (secret.length() < SECRET_MIN || secret.length() > SECRET_MAX) {
            errors.add(new FieldError("secret", "webhookSecretLength", SECRET_MIN, SECRET_MAX));
        } else if (!secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            errors.add(new FieldError("secret", "webhookSecretCharacters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new WebhookTerms(uri, types, secret);
    }

    private static URI url(String url, List<FieldError> errors) {
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("url", "required"));
            return null;
        }
        if (url.length() > URL_MAX) {
            errors.add(new FieldError("url", "maxLength", URL_MAX));
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            errors.add(new FieldError("url", "webhookUrl"));
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawFragment() != null) {
            errors.add(new FieldError("url", "webhookUrl"));
            return null;
        }
        if (uri.getRawUserInfo() != null) {
            errors.add(new FieldError("url", "webhookUrlCredentials"));
            return null;
        }
        return uri;
    }

    private static Set<EventType> events(List<String> names, List<FieldError> errors) {
        EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError("events", "required"));
            return types;
        }
        String allowed = SUBSCRIBABLE.stream().map(Enum::name).collect(Collectors.joining(", "));
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            EventType type = SUBSCRIBABLE.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
            if (type == null) {
                errors.add(new FieldError("events[" + i + "]", "webhookEventType", allowed));
            } else {
                types.add(type);
            }
        }
        return types;
    }
}
