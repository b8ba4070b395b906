package com.cloudmarket.marketplace.web.calendar;

import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.calendar.application.CalendarDayView;
import com.cloudmarket.marketplace.calendar.application.StaleCalendarDayException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The operator's month view of the business-day calendar: every date with its status, and a form to make one a working
 * day or a day off. The month is a view parameter ({@code ?month=2026-02}), so each month has its own address.
 */
@Named
@ViewScoped
public class CalendarMonth implements Serializable {

    private static final long serialVersionUID = 1L;
    static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
    static final YearMonth LAST_MONTH = YearMonth.of(2099, 12);
    /** The service's field names and the edit form's inputs. */
    private static final Map<String, String> INPUTS = Map.of("workday", "edit-workday", "note", "edit-note");

    @EJB
    private BusinessCalendarService calendar;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String month;
    private YearMonth shown;
    private List<CalendarDayView> days = List.of();
    private LocalDate today;

    private LocalDate editing;
    private long editingVersion;
    private Boolean workday;
    private String note;
    private LocalDate savedDate;

    public void load() {
        today = calendar.today();
        shown = parseMonth(month);
        if (shown == null) {
            if (month != null && !month.isBlank()) {
                FacesFeedback.error(null, FacesFeedback.text(FacesContext.getCurrentInstance(), "calendar.monthInvalid"));
            }
            shown = YearMonth.from(today);
        }
        month = shown.toString();
        reload();
    }

    /** A {@code yyyy-MM} month the calendar covers, or null. */
    static YearMonth parseMonth(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            YearMonth parsed = YearMonth.parse(value.strip());
            return parsed.isBefore(FIRST_MONTH) || parsed.isAfter(LAST_MONTH) ? null : parsed;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void reload() {
        days = calendar.days(shown.atDay(1), shown.atEndOfMonth());
    }

    public void edit(CalendarDayView day) {
        savedDate = null;
        editing = day.date();
        editingVersion = day.version();
        workday = day.workday();
        note = day.note();
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        if (editing == null) {
            return;
        }
        try {
            calendar.setDay(editing, Boolean.TRUE.equals(workday), note, currentAccount.getAccountId(), editingVersion);
            savedDate = editing;
            editing = null;
            reload();
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, INPUTS, localeSelection.getLocale());
        } catch (StaleCalendarDayException e) {
            // someone else changed the day meanwhile: show theirs, keep the form open on the new version
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            reload();
            days.stream().filter(d -> d.date().equals(editing)).findFirst().ifPresent(this::edit);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    public String getMonthLabel() {
        String pattern = FacesFeedback.text(FacesContext.getCurrentInstance(), "calendar.monthPattern");
        return shown == null ? "" : shown.format(DateTimeFormatter.ofPattern(pattern, localeSelection.getLocale()));
    }

    public String getPreviousMonth() {
        return shown.minusMonths(1).isBefore(FIRST_MONTH) ? null : shown.minusMonths(1).toString();
    }

    public String getNextMonth() {
        return shown.plusMonths(1).isAfter(LAST_MONTH) ? null : shown.plusMonths(1).toString();
    }

    public String getBusinessDayEnd() {
        return calendar.businessDayEnd().toString();
    }

    public boolean isToday(CalendarDayView day) {
        return day.date().equals(today);
    }

    public List<CalendarDayView> getDays() {
        return days;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public LocalDate getEditingDate() {
        return editing;
    }

    public LocalDate getSavedDate() {
        return savedDate;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Boolean getWorkday() {
        return workday;
    }

    public void setWorkday(Boolean workday) {
        this.workday = workday;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
