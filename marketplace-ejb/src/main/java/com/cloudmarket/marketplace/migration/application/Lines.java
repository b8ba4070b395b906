package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.account.domain.AccountRules;
import com.cloudmarket.marketplace.shared.application.JsonInput;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The member rules every kind of import line shares: source keys, references by login, times of the past. */
final class Lines {

    static final int KEY_MAX = 64;

    private Lines() {
    }

    /** A source key: required, at most {@value #KEY_MAX} characters, no control characters; stored as given. */
    static String key(JsonObject o, String name, List<FieldError> errors) {
        return text(o, name, KEY_MAX, true, errors);
    }

    /** A reference to an account by its login, compared as logins are stored (lower case). */
    static String login(JsonObject o, String name, List<FieldError> errors) {
        String login = text(o, name, AccountRules.LOGIN_MAX, true, errors);
        return AccountRules.normalizeLogin(login);
    }

    /** Trimmed text, null when absent or blank. */
    static String text(JsonObject o, String name, int max, boolean required, List<FieldError> errors) {
        String value = JsonInput.text(o, name, name, errors);
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null) {
            if (required && errors.stream().noneMatch(e -> e.field().equals(name))) {
                errors.add(new FieldError(name, "required"));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(new FieldError(name, "maxLength", max));
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(name, "controlCharacters"));
            return null;
        }
        return text;
    }

    /**
     * An ISO-8601 time with offset, null when absent. An import brings history, so a time after {@code now} is refused
     * unless {@code future} allows it (a deadline such as the auto-confirmation).
     */
    static Instant time(JsonObject o, String name, Instant now, boolean future, List<FieldError> errors) {
        String value = JsonInput.text(o, name, name, errors);
        if (value == null) {
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(value.strip()).toInstant();
            if (!future && at.isAfter(now)) {
                errors.add(new FieldError(name, "importFuture"));
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "dateTime"));
            return null;
        }
    }
}
