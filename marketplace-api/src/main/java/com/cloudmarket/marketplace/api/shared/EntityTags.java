package com.cloudmarket.marketplace.api.shared;

import com.cloudmarket.marketplace.shared.domain.StaleVersionException;
import jakarta.ws.rs.core.EntityTag;

import java.util.Arrays;

/** ETags are an aggregate's version; a PUT's If-Match names the version it was based on (412 when it is stale). */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version an If-Match names ({@code "7"}, {@code W/"7"}), or null without one (or with {@code *}): then the
     * caller does not ask for a check. A tag we never issued can only be stale.
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .map(t -> t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t)
                .filter(t -> t.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .findFirst().orElseThrow(StaleVersionException::new);
    }
}
