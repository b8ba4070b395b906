package com.cloudmarket.marketplace.shared.infrastructure;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void anInstantIsStoredAsItsUtcWallClockToTheMicrosecond() {
        assertEquals("2026-03-02 02:10:00.123456",
                converter.convertToDatabaseColumn(Instant.parse("2026-03-02T02:10:00.123456789Z")));
        assertEquals("2026-03-02 02:10:00.000000", converter.convertToDatabaseColumn(Instant.parse("2026-03-02T02:10:00Z")));
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @Test
    void theColumnIsReadBackAsEveryDriverGivesIt() {
        Instant stored = Instant.parse("2026-03-02T02:10:00.123456Z");
        assertEquals(stored, converter.convertToEntityAttribute("2026-03-02 02:10:00.123456"));
        assertEquals(stored, converter.convertToEntityAttribute(LocalDateTime.parse("2026-03-02T02:10:00.123456")));
        assertEquals(stored, converter.convertToEntityAttribute(Timestamp.valueOf("2026-03-02 02:10:00.123456")));
        assertEquals(Instant.parse("2026-03-02T02:10:00Z"), converter.convertToEntityAttribute("2026-03-02T02:10"));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
