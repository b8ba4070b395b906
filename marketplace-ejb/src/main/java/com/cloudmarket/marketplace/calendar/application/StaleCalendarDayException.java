package com.cloudmarket.marketplace.calendar.application;

import com.cloudmarket.marketplace.shared.domain.StaleVersionException;

/** The caller edited a version of the day that is no longer the current one (the API answers 412 to a stale If-Match). */
public class StaleCalendarDayException extends StaleVersionException {
}
