package com.cloudmarket.marketplace.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One line of a holiday file: a date, whether it is a working day, and why (for example 春节 Spring Festival). */
public record CalendarEntry(LocalDate date, boolean workday, String note) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
    }
}
