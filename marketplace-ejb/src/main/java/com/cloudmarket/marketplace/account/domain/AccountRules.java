package com.cloudmarket.marketplace.account.domain;

import com.cloudmarket.marketplace.shared.domain.FieldError;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The field rules every account must satisfy, whichever channel (console, API, demo data) creates it. */
public final class AccountRules {

    public static final int LOGIN_MIN = 4;
    public static final int LOGIN_MAX = 32;
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;
    public static final int DISPLAY_NAME_MAX = 50;
    public static final int EMAIL_MAX = 254;

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]*");
    /** Mainland mobile numbers, optionally written with the +86 country code. */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private AccountRules() {
    }

    /** Logins compare case-insensitively on every database, so they are stored lower-case. */
    public static String normalizeLogin(String login) {
        return login == null ? null : login.strip().toLowerCase(Locale.ROOT);
    }

    /** The 11-digit national form, or null when the input is not a mainland mobile number. */
    public static String normalizeMobile(String mobile) {
        if (mobile == null) {
            return null;
        }
        var matcher = MOBILE.matcher(mobile.replace(" ", "").replace("-", ""));
        return matcher.matches() ? matcher.group(1) : null;
    }

    public static void checkLogin(String login, List<FieldError> errors) {
        String normalized = normalizeLogin(login);
        if (normalized == null || normalized.isEmpty()) {
            errors.add(new FieldError("login", "required"));
        } else if (normalized.length() < LOGIN_MIN || normalized.length() > LOGIN_MAX) {
            errors.add(new FieldError("login", "length", LOGIN_MIN, LOGIN_MAX));
        } else if (!LOGIN.matcher(normalized).matches()) {
            errors.add(new FieldError("login", "loginPattern"));
        }
    }

    /**
     * At least {@value #PASSWORD_MIN} characters with letters and digits, and not built on the login: the login is
     * public (it is typed beside the password and shown to operators), so a password containing it is the first guess.
     */
    public static void checkPassword(String password, String login, List<FieldError> errors) {
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "required"));
        } else if (password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            errors.add(new FieldError("password", "length", PASSWORD_MIN, PASSWORD_MAX));
        } else if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            errors.add(new FieldError("password", "passwordStrength"));
        } else if (containsLogin(password, login)) {
            errors.add(new FieldError("password", "passwordContainsLogin"));
        }
    }

    private static boolean containsLogin(String password, String login) {
        String normalized = normalizeLogin(login);
        return normalized != null && normalized.length() >= LOGIN_MIN
                && password.toLowerCase(Locale.ROOT).contains(normalized);
    }

    public static void checkDisplayName(String displayName, List<FieldError> errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "required"));
        } else if (displayName.strip().length() > DISPLAY_NAME_MAX) {
            errors.add(new FieldError("displayName", "maxLength", DISPLAY_NAME_MAX));
        } else if (displayName.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("displayName", "controlCharacters"));
        }
    }

    public static void checkMobile(String mobile, List<FieldError> errors) {
        if (mobile == null || mobile.isBlank()) {
            errors.add(new FieldError("mobile", "required"));
        } else if (mobile.length() > 20 || normalizeMobile(mobile) == null) {
            errors.add(new FieldError("mobile", "mobile"));
        }
    }

    /** Email is optional; when given it must look like one. */
    public static void checkEmail(String email, List<FieldError> errors) {
        if (email == null || email.isBlank()) {
            return;
        }
        if (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()) {
            errors.add(new FieldError("email", "email"));
        }
    }

    /** Language is optional (Chinese by default); when given it is one the consoles speak. */
    public static void checkLanguage(String language, List<FieldError> errors) {
        if (language != null && !language.isBlank() && !Set.of("zh-CN", "zh", "en").contains(language)) {
            errors.add(new FieldError("language", "language"));
        }
    }
}
