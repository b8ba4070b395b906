package com.cloudmarket.marketplace.calendar.domain;

import com.cloudmarket.marketplace.shared.domain.FieldError;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Field rules of calendar entries and queries, the same for the API, the console and the bundled holiday files. */
public final class CalendarRules {

    public static final int NOTE_MAX = 100;
    /** Dates outside this span are typing mistakes (year 20266), not holidays anyone will review against. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);
    /** A little more than a year, so one request shows a whole year with its neighbouring weeks. */
    public static final int MAX_RANGE_DAYS = 400;

    private CalendarRules() {
    }

    /** Stored form of a note: stripped, and null when blank. */
    public static String normalizeNote(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    public static void checkNote(String note, List<FieldError> errors) {
        String normalized = normalizeNote(note);
        if (normalized == null) {
            return;
        }
        // counted in characters as the database counts them, so a note of 100 Chinese characters or emoji fits
        if (normalized.codePointCount(0, normalized.length()) > NOTE_MAX) {
            errors.add(new FieldError("note", "maxLength", NOTE_MAX));
        } else if (normalized.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("note", "controlCharacters"));
        }
    }

    public static void checkDate(String field, LocalDate date, List<FieldError> errors) {
        if (date == null) {
            errors.add(new FieldError(field, "required"));
        } else if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            errors.add(new FieldError(field, "dateBounds", FIRST_DATE.toString(), LAST_DATE.toString()));
        }
    }

    /** Both ends inclusive; at most {@link #MAX_RANGE_DAYS} dates. */
    public static void checkRange(LocalDate from, LocalDate to, List<FieldError> errors) {
        int before = errors.size();
        checkDate("from", from, errors);
        checkDate("to", to, errors);
        if (errors.size() > before) {
            return;
        }
        if (to.isBefore(from)) {
            errors.add(new FieldError("to", "dateOrder"));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
            errors.add(new FieldError("to", "dateSpan", MAX_RANGE_DAYS));
        }
    }
}
