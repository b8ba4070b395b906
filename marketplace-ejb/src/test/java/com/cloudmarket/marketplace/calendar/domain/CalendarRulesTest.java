package com.cloudmarket.marketplace.calendar.domain;

import com.cloudmarket.marketplace.shared.domain.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarRulesTest {

    @Test
    void aRangeHasBothEndsInOrderAndAtMost400Dates() {
        assertTrue(range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)).isEmpty());
        assertTrue(range(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 2, 4)).isEmpty(), "400 dates");
        assertEquals(List.of(new FieldError("to", "dateSpan", 400)), range(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 2, 5)));
        assertEquals(List.of(new FieldError("to", "dateOrder")), range(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
        assertEquals(List.of(new FieldError("from", "required"), new FieldError("to", "required")), range(null, null));
        assertEquals(List.of(new FieldError("from", "dateBounds", "2000-01-01", "2099-12-31")),
                range(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1)));
    }

    @Test
    void aNoteIsOptionalShortAndPrintable() {
        assertEquals(List.of(), note(null));
        assertEquals(List.of(), note("  "));
        assertEquals(List.of(), note("春".repeat(100)));
        assertEquals(List.of(), note("😀".repeat(100)), "counted in characters, not UTF-16 units");
        assertEquals(List.of(new FieldError("note", "maxLength", 100)), note("x".repeat(101)));
        assertEquals(List.of(new FieldError("note", "controlCharacters")), note("a\u0000b"));
        assertNull(CalendarRules.normalizeNote(" \t "));
        assertEquals("元旦", CalendarRules.normalizeNote(" 元旦 "));
    }

    private static List<FieldError> range(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        CalendarRules.checkRange(from, to, errors);
        return errors;
    }

    private static List<FieldError> note(String note) {
        List<FieldError> errors = new ArrayList<>();
        CalendarRules.checkNote(note, errors);
        return errors;
    }
}
