package com.cloudmarket.marketplace.calendar.infrastructure;

import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.calendar.domain.CalendarEntry;
import com.cloudmarket.marketplace.calendar.domain.HolidayFile;
import com.cloudmarket.marketplace.shared.application.UniqueKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the holiday files the build bundles from {@code config/calendar/*.csv} (on the class path under
 * {@value ClasspathFolder#CALENDAR}) at every start-up, adding only the dates the calendar does not have yet: an operator's
 * entry is never overwritten, and a new year's file only needs a redeploy.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BundledCalendar {

    private static final Logger LOG = Logger.getLogger(BundledCalendar.class.getName());

    @EJB
    private BusinessCalendarService calendar;

    /** On the method: Payara ignores a class-level attribute for a singleton's PostConstruct. Each file commits alone. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        ClassLoader loader = getClass().getClassLoader();
        List<String> files = ClasspathFolder.csvFiles(loader, ClasspathFolder.CALENDAR);
        if (files.isEmpty()) {
            LOG.warning("No bundled holiday files under " + ClasspathFolder.CALENDAR + "/ on the class path: the calendar "
                    + "has only the entries operators made");
        }
        for (String file : files) {
            List<CalendarEntry> entries = read(loader, file);
            int added = addMissing(entries);
            LOG.info(() -> "Holiday file " + file + ": " + entries.size() + " dates, " + added + " added, "
                    + (entries.size() - added) + " already in the calendar");
        }
        LOG.info(() -> "Business days end at " + calendar.businessDayEnd() + " Asia/Shanghai");
    }

    private int addMissing(List<CalendarEntry> entries) {
        try {
            return calendar.addMissing(entries);
        } catch (RuntimeException e) {
            if (!UniqueKeys.violated(e)) {
                throw e;
            }
            // another instance of a cluster loaded the same file at the same moment; what it left out, we add now
            return calendar.addMissing(entries);
        }
    }

    private static List<CalendarEntry> read(ClassLoader loader, String file) {
        URL url = loader.getResource(file);
        try (InputStream in = url.openStream()) {
            return HolidayFile.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled holiday file " + url, e);
        }
    }
}
