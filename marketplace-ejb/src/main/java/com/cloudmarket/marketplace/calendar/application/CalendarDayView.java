package com.cloudmarket.marketplace.calendar.application;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One date as the calendar sees it: {@code workday} is the effective flag; {@code override} says whether the calendar
 * has an entry for the date (otherwise the weekday rule applies and note, updatedBy, updatedAt are null and version 0).
 * {@code updatedBy} is null for an entry from a bundled holiday file.
 */
public record CalendarDayView(LocalDate date, DayOfWeek dayOfWeek, boolean workday, boolean override, String note,
                              Long updatedBy, OffsetDateTime updatedAt, long version) implements Serializable {

    private static final long serialVersionUID = 1L;
}
