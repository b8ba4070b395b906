package com.cloudmarket.marketplace.calendar.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Business-day arithmetic of the marketplace's review deadlines, in Asia/Shanghai.
 * <ul>
 *   <li>A date is a <em>working day</em> if the calendar has an entry for it (its {@code workday} flag decides: a public
 *       holiday is {@code false}, a make-up working day (调休) on a weekend is {@code true}); a date without an entry
 *       is a working day from Monday to Friday and a day off on Saturday and Sunday.</li>
 *   <li>The business day ends at the cut-off ({@code marketplace.calendar.business-day-end}, default 18:00, Shanghai
 *       time).</li>
 *   <li><em>Day 0</em>: the submission's own date if that is a working day and the submission is strictly before the
 *       cut-off; otherwise (at or after the cut-off, or on a day off) the next working day.</li>
 *   <li><em>Due time</em> for N business days (N &ge; 1): the cut-off on the N-th working day after day 0.</li>
 * </ul>
 * Examples with the 18:00 cut-off: Monday 10:00 + 3 → Thursday 18:00; Friday 19:00 + 3 → day 0 is Monday →
 * Thursday 18:00; Saturday + 1 → day 0 is Monday → Tuesday 18:00; a holiday block is skipped and a make-up working
 * Saturday counts.
 */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalTime DEFAULT_BUSINESS_DAY_END = LocalTime.of(18, 0);
    /** Larger periods are a caller's mistake, not a review deadline. */
    public static final int MAX_BUSINESS_DAYS = 366;
    /** A calendar that shows no working day for this long is broken; searching further would never end. */
    public static final int MAX_DAYS_WITHOUT_WORK = 366;

    private final WorkdayOverrides overrides;
    private final LocalTime businessDayEnd;

    public BusinessCalendar(WorkdayOverrides overrides, LocalTime businessDayEnd) {
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.businessDayEnd = Objects.requireNonNull(businessDayEnd, "businessDayEnd");
    }

    /** The weekday rule, for a date the calendar has no entry for. */
    public static boolean defaultWorkday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return overrides.workday(date).orElseGet(() -> defaultWorkday(date));
    }

    /** Reads the cut-off setting ({@code HH:mm}); a wrong value stops the start-up instead of moving every deadline. */
    public static LocalTime parseBusinessDayEnd(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_BUSINESS_DAY_END;
        }
        try {
            LocalTime time = LocalTime.parse(setting.strip());
            if (time.equals(LocalTime.MIDNIGHT)) {
                throw new IllegalArgumentException("the business day cannot end at 00:00");
            }
            return time;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("marketplace.calendar.business-day-end must be a time such as 18:00, not '"
                    + setting + "'", e);
        }
    }

    public LocalTime businessDayEnd() {
        return businessDayEnd;
    }

    /** The working day a submission at this instant counts from (see the class description). */
    public LocalDate dayZero(Instant submittedAt) {
        ZonedDateTime local = submittedAt.atZone(ZONE);
        LocalDate date = local.toLocalDate();
        if (isWorkingDay(date) && local.toLocalTime().isBefore(businessDayEnd)) {
            return date;
        }
        return nextWorkingDay(date);
    }

    /** The cut-off on the {@code businessDays}-th working day after day 0. */
    public Instant dueAt(Instant submittedAt, int businessDays) {
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (businessDays < 1 || businessDays > MAX_BUSINESS_DAYS) {
            throw new IllegalArgumentException("business days must be 1.." + MAX_BUSINESS_DAYS + ", not " + businessDays);
        }
        LocalDate day = dayZero(submittedAt);
        for (int i = 0; i < businessDays; i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(businessDayEnd).atZone(ZONE).toInstant();
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate candidate = date;
        for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
            candidate = candidate.plusDays(1);
            if (isWorkingDay(candidate)) {
                return candidate;
            }
        }
        throw new NoWorkingDayException(date, MAX_DAYS_WITHOUT_WORK);
    }
}
