package com.cloudmarket.marketplace.calendar.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolidayFileTest {

    @Test
    void readsCommentsHeaderAndEntries() throws IOException {
        List<CalendarEntry> entries = parse("""
                \uFEFF# a comment
                # workday=false: a day off

                date,workday,note
                2026-02-14,true,春节调休上班 make-up working day
                2026-02-15, FALSE ,春节, Spring Festival
                2026-03-01,false
                """);
        assertEquals(List.of(
                new CalendarEntry(LocalDate.of(2026, 2, 14), true, "春节调休上班 make-up working day"),
                new CalendarEntry(LocalDate.of(2026, 2, 15), false, "春节, Spring Festival"),
                new CalendarEntry(LocalDate.of(2026, 3, 1), false, null)), entries);
        assertNull(entries.get(2).note());
    }

    @Test
    void refusesAMalformedFileNamingTheLine() {
        assertMalformed("2026-02-14,true,x\n", "t.csv:1: expected the header");
        assertMalformed("date,workday,note\n2026-02-30,true,x\n", "t.csv:2: not a date");
        assertMalformed("date,workday,note\n2026-02-14,yes,x\n", "t.csv:2: workday must be true or false");
        assertMalformed("date,workday,note\n2026-02-14\n", "t.csv:2: expected date,workday,note");
        assertMalformed("date,workday,note\n2026-02-14,true\n2026-02-14,false\n", "t.csv:3: date 2026-02-14 appears twice");
        assertMalformed("date,workday,note\n2026-02-14,true," + "长".repeat(101) + "\n", "t.csv:2: breaks the rule maxLength");
        assertMalformed("date,workday,note\n1999-12-31,true,x\n", "t.csv:2: breaks the rule dateBounds");
        assertMalformed("# only comments\n", "t.csv:1: no header");
    }

    @Test
    void theBundled2026FileHasTheStateCouncilDates() throws IOException {
        String file = "/calendar/cn-public-holidays-2026.csv";
        List<CalendarEntry> entries;
        try (var in = getClass().getResourceAsStream(file)) {
            assertTrue(in != null, file);
            entries = HolidayFile.parse(file, new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(39, entries.size());
        assertEquals(6, entries.stream().filter(CalendarEntry::workday).count(), "make-up working days");
        assertTrue(entries.stream().allMatch(e -> e.date().getYear() == 2026));
        assertTrue(entries.stream().filter(CalendarEntry::workday).allMatch(e -> !BusinessCalendar.defaultWorkday(e.date())),
                "every make-up working day is on a weekend");
        assertTrue(entries.contains(new CalendarEntry(LocalDate.of(2026, 2, 28), true, "春节调休上班 make-up working day")));
    }

    private static void assertMalformed(String text, String expectedStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    private static List<CalendarEntry> parse(String text) throws IOException {
        return HolidayFile.parse("t.csv", new StringReader(text));
    }
}
