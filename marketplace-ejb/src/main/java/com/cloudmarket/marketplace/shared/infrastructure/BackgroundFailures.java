package com.cloudmarket.marketplace.shared.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of one background task (a timer or relay that retries on its next tick). A defect is logged with its stack
 * trace every time; a database outage once when it starts, then at most once a minute, and its end once, so a
 * 30-second outage does not bury the log under a trace per tick.
 */
public final class BackgroundFailures {

    private static final Duration OUTAGE_REMINDER = Duration.ofMinutes(1);

    private final Logger log;
    private final String task;
    private Instant outageSince;
    private Instant lastReported;

    public BackgroundFailures(Logger log, String task) {
        this.log = log;
        this.task = task;
    }

    public synchronized void failed(RuntimeException failure) {
        if (!DatabaseOutage.isCauseOf(failure)) {
            log.log(Level.WARNING, task + " failed; the next run retries", failure);
            return;
        }
        Instant now = Instant.now();
        if (outageSince == null) {
            outageSince = now;
            lastReported = now;
            log.warning(() -> task + " paused: the database is unavailable (" + rootMessage(failure)
                    + "); retrying on every run");
        } else if (Duration.between(lastReported, now).compareTo(OUTAGE_REMINDER) >= 0) {
            lastReported = now;
            log.warning(() -> task + " still paused: the database has been unavailable since " + outageSince);
        }
    }

    public synchronized void succeeded() {
        if (outageSince != null) {
            Instant since = outageSince;
            outageSince = null;
            log.info(() -> task + " resumed: the database is available again after an outage since " + since);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
