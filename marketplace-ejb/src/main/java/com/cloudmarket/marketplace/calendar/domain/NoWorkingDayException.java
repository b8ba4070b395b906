package com.cloudmarket.marketplace.calendar.domain;

import com.cloudmarket.marketplace.shared.domain.ConflictException;

import java.time.LocalDate;

/** The calendar marks every day of a long stretch as a day off, so no deadline can be computed until an operator fixes it. */
public class NoWorkingDayException extends ConflictException {

    public NoWorkingDayException(LocalDate after, int days) {
        super("error.calendarNoWorkingDay", after.toString(), String.valueOf(days));
    }
}
