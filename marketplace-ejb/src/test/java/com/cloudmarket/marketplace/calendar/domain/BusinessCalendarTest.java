package com.cloudmarket.marketplace.calendar.domain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadline rule against the bundled 2026 calendar (the file the build puts on the class path). */
class BusinessCalendarTest {

    private static Map<LocalDate, Boolean> holidays2026;
    private static BusinessCalendar calendar;

    @BeforeAll
    static void loadBundledCalendar() throws IOException {
        String file = "/calendar/cn-public-holidays-2026.csv";
        try (InputStream in = BusinessCalendarTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is not on the class path: the EJB build must bundle config/calendar");
            holidays2026 = new HashMap<>();
            for (CalendarEntry entry : HolidayFile.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8))) {
                holidays2026.put(entry.date(), entry.workday());
            }
        }
        calendar = new BusinessCalendar(WorkdayOverrides.of(holidays2026), LocalTime.of(18, 0));
    }

    @ParameterizedTest(name = "{0} + {1} business days → {2}")
    @CsvSource({
            // plain weeks: Monday morning counts from Monday
            "2026-03-09T10:00, 3, 2026-03-12T18:00",
            "2026-03-09T10:00, 1, 2026-03-10T18:00",
            // after the cut-off on Friday: day 0 is Monday, so + 3 is Thursday
            "2026-03-13T19:00, 3, 2026-03-19T18:00",
            // exactly at the cut-off is after it; a minute before is still that day
            "2026-03-13T18:00, 1, 2026-03-17T18:00",
            "2026-03-13T17:59, 1, 2026-03-16T18:00",
            // at the weekend: day 0 is Monday
            "2026-03-14T10:00, 1, 2026-03-17T18:00",
            "2026-03-15T23:59, 3, 2026-03-19T18:00",
            // Spring Festival: Sat 02-14 is a make-up working day, 02-15..02-23 off, Sat 02-28 a make-up working day
            "2026-02-13T10:00, 3, 2026-02-25T18:00",
            "2026-02-13T19:00, 3, 2026-02-26T18:00",
            "2026-02-14T10:00, 1, 2026-02-24T18:00",
            "2026-02-18T10:00, 3, 2026-02-27T18:00",
            "2026-02-13T10:00, 7, 2026-03-02T18:00",
            "2026-02-27T10:00, 1, 2026-02-28T18:00",
            "2026-02-28T17:59, 1, 2026-03-02T18:00",
            // on New Year's Day 2026 (a holiday on a Thursday): day 0 is Sunday 01-04, a make-up working day
            "2026-01-01T09:00, 1, 2026-01-05T18:00",
            // Qingming (Sat 04-04 .. Mon 04-06)
            "2026-04-03T10:00, 1, 2026-04-07T18:00",
            // Labour Day (05-01 .. 05-05 off, Sat 05-09 works)
            "2026-04-30T10:00, 3, 2026-05-08T18:00",
            "2026-04-30T10:00, 4, 2026-05-09T18:00",
            // Mid-Autumn and National Day (Sun 09-20 works, 09-25..09-27 and 10-01..10-07 off, Sat 10-10 works)
            "2026-09-30T10:00, 1, 2026-10-08T18:00",
            "2026-09-30T10:00, 3, 2026-10-10T18:00",
            "2026-09-18T19:00, 1, 2026-09-21T18:00",
            "2026-09-24T10:00, 1, 2026-09-28T18:00",
            // over the year boundary: no 2027 entries yet, so 2027-01-01 (a Friday) counts as a working day
            "2026-12-31T10:00, 3, 2027-01-05T18:00",
            "2026-12-31T10:00, 7, 2027-01-11T18:00",
            "2026-12-31T18:30, 1, 2027-01-04T18:00"
    })
    void dueAtTheCutOffOfTheNthWorkingDayAfterDayZero(String submittedShanghai, int days, String dueShanghai) {
        assertEquals(shanghai(dueShanghai), calendar.dueAt(shanghai(submittedShanghai), days));
    }

    @Test
    void readsTheSubmissionInShanghaiTimeWhateverItsOffset() {
        // 2026-03-09T23:30Z is Tuesday 07:30 in Shanghai: day 0 is Tuesday
        assertEquals(shanghai("2026-03-11T18:00"), calendar.dueAt(Instant.parse("2026-03-09T23:30:00Z"), 1));
        // 2026-03-09T10:00Z is Monday 18:00 in Shanghai: after the cut-off
        assertEquals(shanghai("2026-03-11T18:00"), calendar.dueAt(Instant.parse("2026-03-09T10:00:00Z"), 1));
        assertEquals(Instant.parse("2026-03-12T10:00:00Z"), calendar.dueAt(Instant.parse("2026-03-09T02:00:00Z"), 3));
    }

    @Test
    void dayZeroIsTheSubmissionDayOnlyOnAWorkingDayBeforeTheCutOff() {
        assertEquals(LocalDate.of(2026, 3, 9), calendar.dayZero(shanghai("2026-03-09T00:00")));
        assertEquals(LocalDate.of(2026, 3, 10), calendar.dayZero(shanghai("2026-03-09T18:00")));
        assertEquals(LocalDate.of(2026, 2, 14), calendar.dayZero(shanghai("2026-02-13T20:00")));
        assertEquals(LocalDate.of(2026, 2, 24), calendar.dayZero(shanghai("2026-02-15T08:00")));
    }

    @Test
    void anEntryBeatsTheWeekdayRule() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)), "National Day, a Thursday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 20)), "make-up Sunday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 3, 9)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 14)));
    }

    @Test
    void anOperatorsEntryMovesTheDeadline() {
        Map<LocalDate, Boolean> entries = new HashMap<>(holidays2026);
        entries.put(LocalDate.of(2027, 1, 1), false);
        BusinessCalendar withNewYear2027 = new BusinessCalendar(WorkdayOverrides.of(entries), LocalTime.of(18, 0));
        assertEquals(shanghai("2027-01-06T18:00"), withNewYear2027.dueAt(shanghai("2026-12-31T10:00"), 3));

        entries.put(LocalDate.of(2026, 3, 14), true);
        BusinessCalendar workingSaturday = new BusinessCalendar(WorkdayOverrides.of(entries), LocalTime.of(18, 0));
        assertEquals(shanghai("2026-03-14T18:00"), workingSaturday.dueAt(shanghai("2026-03-13T10:00"), 1));
    }

    @Test
    void theCutOffIsASetting() {
        BusinessCalendar early = new BusinessCalendar(WorkdayOverrides.of(holidays2026), LocalTime.of(17, 30));
        assertEquals(shanghai("2026-03-12T17:30"), early.dueAt(shanghai("2026-03-09T10:00"), 3));
        assertEquals(shanghai("2026-03-13T17:30"), early.dueAt(shanghai("2026-03-09T17:45"), 3));

        assertEquals(LocalTime.of(18, 0), BusinessCalendar.parseBusinessDayEnd("18:00"));
        assertEquals(LocalTime.of(17, 30), BusinessCalendar.parseBusinessDayEnd(" 17:30 "));
        assertEquals(LocalTime.of(18, 0), BusinessCalendar.parseBusinessDayEnd(""));
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.parseBusinessDayEnd("6pm"));
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.parseBusinessDayEnd("24:00"));
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.parseBusinessDayEnd("00:00"));
    }

    @Test
    void refusesPeriodsThatAreNoDeadlineAndCalendarsWithoutWork() {
        assertThrows(IllegalArgumentException.class, () -> calendar.dueAt(shanghai("2026-03-09T10:00"), 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.dueAt(shanghai("2026-03-09T10:00"), -1));
        BusinessCalendar nothingWorks = new BusinessCalendar(date -> java.util.Optional.of(false), LocalTime.of(18, 0));
        assertThrows(NoWorkingDayException.class, () -> nothingWorks.dueAt(shanghai("2026-03-09T10:00"), 1));
    }

    @Test
    void asksOnlyForTheDatesItWalksThrough() {
        List<LocalDate> asked = new java.util.ArrayList<>();
        BusinessCalendar recording = new BusinessCalendar(date -> {
            asked.add(date);
            return java.util.Optional.ofNullable(holidays2026.get(date));
        }, LocalTime.of(18, 0));
        recording.dueAt(shanghai("2026-02-13T10:00"), 3);
        assertEquals(LocalDate.of(2026, 2, 13), asked.get(0));
        assertEquals(LocalDate.of(2026, 2, 25), asked.get(asked.size() - 1));
        for (int i = 1; i < asked.size(); i++) {
            assertFalse(asked.get(i).isBefore(asked.get(i - 1)), "forward only: " + asked);
        }
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.ZONE).toInstant();
    }
}
