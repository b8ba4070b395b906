package com.cloudmarket.marketplace.calendar.application;

import com.cloudmarket.marketplace.account.domain.Account;
import com.cloudmarket.marketplace.account.domain.Role;
import com.cloudmarket.marketplace.calendar.domain.BusinessCalendar;
import com.cloudmarket.marketplace.calendar.domain.CalendarDay;
import com.cloudmarket.marketplace.calendar.domain.CalendarEntry;
import com.cloudmarket.marketplace.calendar.domain.CalendarRules;
import com.cloudmarket.marketplace.calendar.domain.WorkdayOverrides;
import com.cloudmarket.marketplace.shared.application.UniqueKeys;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The business-day calendar: due times of reviews ({@link BusinessCalendar} describes the rule) and the entries
 * operators maintain. Every call reads the entries it needs with one range query, never one query per day.
 */
@Stateless
public class BusinessCalendarService {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.calendar.business-day-end", defaultValue = "18:00")
    private String businessDayEndSetting;

    private LocalTime businessDayEnd;

    @PostConstruct
    void init() {
        businessDayEnd = BusinessCalendar.parseBusinessDayEnd(businessDayEndSetting);
    }

    /** When a review submitted at {@code submittedAt} with a period of {@code businessDays} (≥ 1) is due. */
    public Instant dueAt(Instant submittedAt, int businessDays) {
        Objects.requireNonNull(submittedAt, "submittedAt");
        // enough for the period plus weekends and a long holiday block, so one query is the usual cost
        int window = 2 * Math.max(businessDays, 1) + 31;
        return new BusinessCalendar(new StoredEntries(window), businessDayEnd).dueAt(submittedAt, businessDays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).workday();
    }

    /** Today's date in Asia/Shanghai, the calendar's time zone. */
    public LocalDate today() {
        return clock.instant().atZone(BusinessCalendar.ZONE).toLocalDate();
    }

    /** The end of the business day (Asia/Shanghai) that due times fall on. */
    public LocalTime businessDayEnd() {
        return businessDayEnd;
    }

    /** Every date from {@code from} to {@code to} (inclusive, at most {@value CalendarRules#MAX_RANGE_DAYS}), in order. */
    public List<CalendarDayView> days(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        CalendarRules.checkRange(from, to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<LocalDate, CalendarDay> entries = em.createNamedQuery("CalendarDay.between", CalendarDay.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .collect(Collectors.toMap(CalendarDay::date, d -> d));
        List<CalendarDayView> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(view(date, entries.get(date)));
        }
        return days;
    }

    public CalendarDayView day(LocalDate date) {
        checkDate(date);
        return view(date, entry(date).orElse(null));
    }

    /** An operator states whether {@code date} is a working day; replaces a bundled or earlier entry for that date. */
    public CalendarDayView setDay(LocalDate date, boolean workday, String note, long operatorAccountId) {
        return setDay(date, workday, note, operatorAccountId, null);
    }

    /**
     * As {@link #setDay(LocalDate, boolean, String, long)}, only if the day is still at {@code expectedVersion}
     * (0: the date has no entry yet); null skips the check.
     */
    public CalendarDayView setDay(LocalDate date, boolean workday, String note, long operatorAccountId,
                                  Long expectedVersion) {
        Account operator = em.find(Account.class, operatorAccountId);
        if (operator == null || !operator.hasRole(Role.OPERATOR)) {
            throw new ForbiddenException("error.calendarOperatorOnly");
        }
        List<FieldError> errors = new ArrayList<>();
        CalendarRules.checkDate("date", date, errors);
        CalendarRules.checkNote(note, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<CalendarDay> existing = entry(date);
        long currentVersion = existing.map(CalendarDay::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new StaleCalendarDayException();
        }
        Instant now = clock.instant();
        CalendarDay day;
        if (existing.isPresent()) {
            day = existing.get();
            day.change(workday, note, operatorAccountId, now);
        } else {
            day = new CalendarDay(date, workday, note, operatorAccountId, now);
            em.persist(day);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                // another operator created an entry for the same date between the read and the insert
                throw new ConflictException("error.concurrentModification");
            }
            throw e;
        }
        return view(date, day);
    }

    /**
     * Adds the entries whose dates the calendar does not have yet and leaves every existing entry alone, so an
     * operator's edit survives the next start-up. Returns how many were added.
     */
    public int addMissing(List<CalendarEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        LocalDate first = entries.stream().map(CalendarEntry::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = entries.stream().map(CalendarEntry::date).max(Comparator.naturalOrder()).orElseThrow();
        Set<LocalDate> present = em.createNamedQuery("CalendarDay.between", CalendarDay.class)
                .setParameter("from", first)
                .setParameter("to", last)
                .getResultStream()
                .map(CalendarDay::date)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        int added = 0;
        for (CalendarEntry entry : entries) {
            if (present.add(entry.date())) {
                em.persist(new CalendarDay(entry.date(), entry.workday(), entry.note(), null, now));
                added++;
            }
        }
        em.flush();
        return added;
    }

    private Optional<CalendarDay> entry(LocalDate date) {
        return em.createNamedQuery("CalendarDay.byDate", CalendarDay.class)
                .setParameter("date", date)
                .getResultStream()
                .findFirst();
    }

    private static void checkDate(LocalDate date) {
        List<FieldError> errors = new ArrayList<>();
        CalendarRules.checkDate("date", date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static CalendarDayView view(LocalDate date, CalendarDay entry) {
        if (entry == null) {
            return new CalendarDayView(date, date.getDayOfWeek(), BusinessCalendar.defaultWorkday(date), false, null, null,
                    null, 0);
        }
        return new CalendarDayView(date, date.getDayOfWeek(), entry.workday(), true, entry.note(), entry.updatedBy(),
                entry.updatedAt().atOffset(ZoneOffset.UTC), entry.version());
    }

    /**
     * The entries from the submission date on, read one window at a time as the arithmetic walks forward: the first
     * window normally covers the whole period, so a due time costs one query.
     */
    private final class StoredEntries implements WorkdayOverrides {

        private final int window;
        private final Map<LocalDate, Boolean> loaded = new HashMap<>();
        private LocalDate loadedFrom;
        private LocalDate loadedTo;

        StoredEntries(int window) {
            this.window = window;
        }

        @Override
        public Optional<Boolean> workday(LocalDate date) {
            if (loadedFrom == null || date.isBefore(loadedFrom)) {
                loaded.clear();
                loadedFrom = date;
                loadedTo = date.minusDays(1);
            }
            while (date.isAfter(loadedTo)) {
                LocalDate from = loadedTo.plusDays(1);
                LocalDate to = from.plusDays(window - 1L);
                // plain values, not entities: a review's transaction need not manage calendar rows
                em.createNamedQuery("CalendarDay.flagsBetween", Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultStream()
                        .forEach(row -> loaded.put((LocalDate) row[0], (Boolean) row[1]));
                loadedTo = to;
            }
            return Optional.ofNullable(loaded.get(date));
        }
    }
}
