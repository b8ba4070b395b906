package com.cloudmarket.marketplace.provider.domain;

import com.cloudmarket.marketplace.account.domain.AccountRules;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The field rules of a provider profile; errors name JSON paths ({@code company.name}) so a form can mark each field. */
public final class ProfileRules {

    /** Maximum lengths (characters) per field; every field has one, matching its column. */
    public static final Map<String, Integer> MAX = Map.ofEntries(
            Map.entry("company.name", 100), Map.entry("company.registrationNumber", 18), Map.entry("company.address", 200),
            Map.entry("company.website", 200), Map.entry("company.introduction", 2000),
            Map.entry("customerService.hotline", 30), Map.entry("customerService.email", 254),
            Map.entry("customerService.hours", 100), Map.entry("customerService.channel", 200),
            Map.entry("contact.name", 50), Map.entry("contact.mobile", 20), Map.entry("contact.email", 254));

    private static final Set<String> REQUIRED = Set.of("company.name", "company.registrationNumber", "company.address",
            "customerService.hotline", "customerService.email", "customerService.hours", "contact.name", "contact.mobile");
    private static final Set<String> MULTI_LINE = Set.of("company.introduction", "company.address");

    /** 统一社会信用代码: 18 characters of the code's alphabet (digits and upper-case letters without I, O, Z, S, V). */
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern USCC = Pattern.compile("[" + USCC_ALPHABET + "]{18}");
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern HOTLINE = Pattern.compile("[0-9][0-9 ()+\\-]{3,28}[0-9]|\\+[0-9][0-9 ()\\-]{3,27}[0-9]");

    private ProfileRules() {
    }

    /** The profile as it will be stored (trimmed, blanks as null, mobile in national form), or every broken rule at once. */
    public static ProfileContent validated(ProfileContent input) {
        if (input == null) {
            throw InvalidInputException.of("body", "required");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        input.fields().forEach((k, v) -> fields.put(k, v == null || v.isBlank() ? null : v.strip()));
        List<FieldError> errors = new ArrayList<>();
        fields.forEach((field, value) -> check(field, value, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        fields.put("contact.mobile", AccountRules.normalizeMobile(fields.get("contact.mobile")));
        fields.computeIfPresent("company.registrationNumber", (k, v) -> v.toUpperCase(Locale.ROOT));
        return ProfileContent.fromFields(fields);
    }

    private static void check(String field, String value, List<FieldError> errors) {
        if (value == null) {
            if (REQUIRED.contains(field)) {
                errors.add(new FieldError(field, "required"));
            }
            return;
        }
        int max = MAX.get(field);
        if (value.length() > max) {
            errors.add(new FieldError(field, "maxLength", max));
            return;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(MULTI_LINE.contains(field) && (c == '\n' || c == '\r' || c == '\t')))) {
            errors.add(new FieldError(field, "controlCharacters"));
            return;
        }
        switch (field) {
            case "company.registrationNumber" -> {
                if (!isRegistrationNumber(value)) {
                    errors.add(new FieldError(field, "registrationNumber"));
                }
            }
            case "company.website" -> {
                if (!isHttpUrl(value)) {
                    errors.add(new FieldError(field, "httpUrl"));
                }
            }
            case "customerService.hotline" -> {
                if (!HOTLINE.matcher(value).matches()) {
                    errors.add(new FieldError(field, "phone"));
                }
            }
            case "customerService.email", "contact.email" -> {
                List<FieldError> emailErrors = new ArrayList<>();
                AccountRules.checkEmail(value, emailErrors);
                if (!emailErrors.isEmpty()) {
                    errors.add(new FieldError(field, "email"));
                }
            }
            case "contact.mobile" -> {
                if (AccountRules.normalizeMobile(value) == null) {
                    errors.add(new FieldError(field, "mobile"));
                }
            }
            default -> {
            }
        }
    }

    /** Format and check character (GB 32100-2015) of a unified social credit code; lower case is accepted. */
    public static boolean isRegistrationNumber(String value) {
        String code = value.toUpperCase(Locale.ROOT);
        if (!USCC.matcher(code).matches()) {
            return false;
        }
        return USCC_ALPHABET.charAt(checkIndex(code.substring(0, 17))) == code.charAt(17);
    }

    /** The check character for the first 17 characters of a code; used by tests and demo data to make valid numbers. */
    public static String withCheckCharacter(String first17) {
        return first17 + USCC_ALPHABET.charAt(checkIndex(first17));
    }

    private static int checkIndex(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException(first17);
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return check == 31 ? 0 : check;
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
