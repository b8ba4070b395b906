package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotentRequestTest {

    @Test
    void noKeyMeansNoIdempotentRequest() {
        assertNull(IdempotentRequest.of("PRODUCT", 1, null, List.of("a")));
    }

    @Test
    void equalInputsHaveEqualFingerprintsAndDifferentOnesDoNot() {
        IdempotentRequest first = IdempotentRequest.of("PRODUCT", 1, "k-1", List.of("云迁移", 99));
        IdempotentRequest again = IdempotentRequest.of("PRODUCT", 1, "k-1", List.of("云迁移", 99));
        IdempotentRequest other = IdempotentRequest.of("PRODUCT", 1, "k-1", List.of("云迁移", 98));
        assertEquals(first, again);
        assertEquals(64, first.fingerprint().length());
        assertNotEquals(first.fingerprint(), other.fingerprint());
    }

    @Test
    void aKeyIsOneToAHundredVisibleAsciiCharacters() {
        IdempotentRequest.of("PRODUCT", 1, "x", "a");
        IdempotentRequest.of("PRODUCT", 1, "k".repeat(100), "a");
        for (String bad : List.of("", "k".repeat(101), "with space", "tab\\t".replace("\\t", "\t"), "键")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> IdempotentRequest.of("PRODUCT", 1, bad, "a"), bad);
            assertEquals("Idempotency-Key", refused.errors().get(0).field());
        }
    }
}
