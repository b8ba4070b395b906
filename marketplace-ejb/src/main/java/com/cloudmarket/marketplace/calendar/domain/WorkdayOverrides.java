package com.cloudmarket.marketplace.calendar.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The operator-maintained entries of the calendar: for a date with an entry, whether it is a working day; empty for a
 * date without one (then the weekday rule decides). A lookup, not a map, so the service can load it lazily by window.
 */
@FunctionalInterface
public interface WorkdayOverrides {

    WorkdayOverrides NONE = date -> Optional.empty();

    Optional<Boolean> workday(LocalDate date);

    static WorkdayOverrides of(Map<LocalDate, Boolean> entries) {
        Map<LocalDate, Boolean> copy = Map.copyOf(entries);
        return date -> Optional.ofNullable(copy.get(date));
    }
}
