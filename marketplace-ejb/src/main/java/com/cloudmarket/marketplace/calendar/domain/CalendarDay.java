package com.cloudmarket.marketplace.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A calendar entry: a date whose working status the calendar states instead of the weekday rule (a holiday, a make-up
 * working day). Entries come from the bundled holiday files ({@code updatedBy} null) or from an operator.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.between",
        query = "SELECT d FROM CalendarDay d WHERE d.date BETWEEN :from AND :to ORDER BY d.date")
@NamedQuery(name = "CalendarDay.flagsBetween",
        query = "SELECT d.date, d.workday FROM CalendarDay d WHERE d.date BETWEEN :from AND :to")
@NamedQuery(name = "CalendarDay.byDate", query = "SELECT d FROM CalendarDay d WHERE d.date = :date")
public class CalendarDay {

    @Id
    @TableGenerator(name = "calendar_day", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "calendar_day", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "calendar_day")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "calendar_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "workday", nullable = false)
    private boolean workday;

    @Column(name = "note", length = CalendarRules.NOTE_MAX)
    private String note;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate date, boolean workday, String note, Long updatedBy, Instant updatedAt) {
        this.date = date;
        this.workday = workday;
        this.note = CalendarRules.normalizeNote(note);
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** An operator's decision; it replaces whatever the entry said before, bundled or not. */
    public void change(boolean workday, String note, long operatorAccountId, Instant at) {
        this.workday = workday;
        this.note = CalendarRules.normalizeNote(note);
        this.updatedBy = operatorAccountId;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public LocalDate date() {
        return date;
    }

    public boolean workday() {
        return workday;
    }

    public String note() {
        return note;
    }

    /** The operator who last set this entry; null for an entry from a bundled holiday file. */
    public Long updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
