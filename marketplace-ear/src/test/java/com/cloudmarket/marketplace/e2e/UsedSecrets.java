package com.cloudmarket.marketplace.e2e;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every password, token and webhook secret the end-to-end tests sent or received, for {@link ServerLogIT} to look for
 * in the server's log. The tests share one JVM (failsafe's single fork), so a static set sees them all.
 */
final class UsedSecrets {

    /** Shorter values ("Ab1" in a refused sign-up) would match ordinary log text by chance; they are no secrets. */
    private static final int MIN_LENGTH = 8;
    private static final Set<String> FIELDS = Set.of("password", "secret", "token");
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private UsedSecrets() {
    }

    static void add(String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH) {
            SEEN.add(secret);
        }
    }

    /** The secret fields of a request or response body, if it is a JSON object. */
    static void addFieldsOf(String json) {
        JsonObject object;
        try {
            object = MarketplaceHttp.json(json);
        } catch (RuntimeException notAnObject) {
            return; // malformed on purpose (a bad-input test), or not JSON at all
        }
        object.forEach((name, value) -> {
            if (FIELDS.contains(name) && value.getValueType() == JsonValue.ValueType.STRING) {
                add(((JsonString) value).getString());
            }
        });
    }

    static Set<String> all() {
        return Set.copyOf(SEEN);
    }
}
