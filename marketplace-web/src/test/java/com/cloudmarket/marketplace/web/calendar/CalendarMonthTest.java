package com.cloudmarket.marketplace.web.calendar;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CalendarMonthTest {

    @Test
    void theMonthParameterIsAYearAndMonthTheCalendarCovers() {
        assertEquals(YearMonth.of(2026, 2), CalendarMonth.parseMonth("2026-02"));
        assertEquals(YearMonth.of(2099, 12), CalendarMonth.parseMonth(" 2099-12 "));
        assertNull(CalendarMonth.parseMonth(null));
        assertNull(CalendarMonth.parseMonth(""));
        assertNull(CalendarMonth.parseMonth("2026-2"));
        assertNull(CalendarMonth.parseMonth("2026-13"));
        assertNull(CalendarMonth.parseMonth("1999-12"));
        assertNull(CalendarMonth.parseMonth("2100-01"));
        assertNull(CalendarMonth.parseMonth("<script>"));
    }
}
