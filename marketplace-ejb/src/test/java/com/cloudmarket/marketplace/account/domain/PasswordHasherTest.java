package com.cloudmarket.marketplace.account.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("Secret123");
        assertTrue(hasher.matches("Secret123", stored));
        assertFalse(hasher.matches("secret123", stored));
        assertFalse(hasher.matches("", stored));
    }

    @Test
    void saltsEachHash() {
        assertNotEquals(hasher.hash("Secret123"), hasher.hash("Secret123"));
    }

    @Test
    void storesAlgorithmAndWorkFactorAndNeverThePassword() {
        String stored = hasher.hash("Secret123");
        assertTrue(stored.startsWith("pbkdf2-sha256$10000$"), stored);
        assertFalse(stored.contains("Secret123"));
    }

    @Test
    void asksForRehashWhenTheWorkFactorRose() {
        String old = hasher.hash("Secret123");
        PasswordHasher stronger = new PasswordHasher(20_000);
        assertTrue(stronger.needsRehash(old));
        assertTrue(stronger.matches("Secret123", old), "old hashes keep verifying with their own count");
        assertFalse(hasher.needsRehash(old));
    }

    @Test
    void rejectsForeignHashFormats() {
        assertFalse(hasher.matches("Secret123", "plain:Secret123"));
    }

    @Test
    void refusesAWeakWorkFactor() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000));
    }
}
