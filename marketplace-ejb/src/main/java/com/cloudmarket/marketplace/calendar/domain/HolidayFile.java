package com.cloudmarket.marketplace.calendar.domain;

import com.cloudmarket.marketplace.shared.domain.FieldError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a holiday file such as {@code config/calendar/cn-public-holidays-2026.csv}: UTF-8, lines starting with
 * {@code #} are comments, then the header {@code date,workday,note}, then one line per date
 * ({@code 2026-02-14,true,春节调休上班}). The note is everything after the second comma, so it may contain commas.
 * A malformed file is refused as a whole, naming the line, rather than half-imported.
 */
public final class HolidayFile {

    static final String HEADER = "date,workday,note";

    private HolidayFile() {
    }

    public static List<CalendarEntry> parse(String source, Reader reader) throws IOException {
        List<CalendarEntry> entries = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        boolean headerSeen = false;
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = (number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!HEADER.equals(text.replace(" ", "").toLowerCase(Locale.ROOT))) {
                    throw malformed(source, number, "expected the header '" + HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            CalendarEntry entry = entry(source, number, text);
            if (!seen.add(entry.date())) {
                throw malformed(source, number, "date " + entry.date() + " appears twice");
            }
            entries.add(entry);
        }
        if (!headerSeen) {
            throw malformed(source, number, "no header '" + HEADER + "'");
        }
        return List.copyOf(entries);
    }

    private static CalendarEntry entry(String source, int number, String text) {
        String[] columns = text.split(",", 3);
        if (columns.length < 2) {
            throw malformed(source, number, "expected date,workday,note");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(columns[0].strip());
        } catch (DateTimeParseException e) {
            throw malformed(source, number, "not a date (YYYY-MM-DD): " + columns[0].strip());
        }
        String workday = columns[1].strip().toLowerCase(Locale.ROOT);
        if (!workday.equals("true") && !workday.equals("false")) {
            throw malformed(source, number, "workday must be true or false, not " + columns[1].strip());
        }
        String note = columns.length == 3 ? CalendarRules.normalizeNote(columns[2]) : null;
        List<FieldError> errors = new ArrayList<>();
        CalendarRules.checkDate("date", date, errors);
        CalendarRules.checkNote(note, errors);
        if (!errors.isEmpty()) {
            throw malformed(source, number, "breaks the rule " + errors.get(0).code() + " " + errors.get(0).arguments()
                    + " in field " + errors.get(0).field());
        }
        return new CalendarEntry(date, Boolean.parseBoolean(workday), note);
    }

    private static IllegalArgumentException malformed(String source, int line, String problem) {
        return new IllegalArgumentException(source + ":" + line + ": " + problem);
    }
}
