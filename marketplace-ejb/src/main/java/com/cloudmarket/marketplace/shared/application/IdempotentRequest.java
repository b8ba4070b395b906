package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.domain.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A creating request that carried an {@code Idempotency-Key}: whose key, in which scope, and a fingerprint of what it
 * asked for, so a repeat is recognised and a different request under the same key is refused.
 */
public record IdempotentRequest(String scope, long callerAccountId, String key, String fingerprint) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 100;

    /**
     * The request, or null when no key was sent. {@code input} is what the request asks for, without secrets (a
     * password would otherwise end up, hashed without salt, in the key table); equal inputs give equal fingerprints.
     */
    public static IdempotentRequest of(String scope, long callerAccountId, String key, Object input) {
        if (key == null) {
            return null;
        }
        if (!valid(key)) {
            throw InvalidInputException.of(HEADER, "idempotencyKey", MAX_LENGTH);
        }
        return new IdempotentRequest(scope, callerAccountId, key, sha256(String.valueOf(input)));
    }

    /** 1–100 visible ASCII characters: what clients put there (UUIDs, order numbers) and safe in logs. */
    static boolean valid(String key) {
        return !key.isEmpty() && key.length() <= MAX_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
