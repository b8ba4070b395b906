package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Logger;

/**
 * A background task on a non-persistent interval timer (each server runs its own; the claims in the database share
 * the work in a cluster). One run at a time per server: a tick that finds the last run still busy does nothing, since
 * each run works until nothing is due. A failure is logged ({@link BackgroundFailures}) and the next tick retries.
 */
public final class RecurringTask {

    private final String name;
    private final BackgroundFailures failures;
    private final AtomicBoolean running = new AtomicBoolean();

    public RecurringTask(Logger log, String name) {
        this.name = name;
        this.failures = new BackgroundFailures(log, name);
    }

    /**
     * Starts the timer every {@code every} {@code unit}s of the setting that configures it; refuses, naming the
     * setting, an interval under {@code minimum} so that a typo cannot turn the task into a busy loop.
     */
    public void schedule(TimerService timers, String setting, long every, long minimum, ChronoUnit unit) {
        if (every < minimum) {
            throw new IllegalStateException(setting + " must be at least " + minimum + ", not " + every);
        }
        long interval = Duration.of(every, unit).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(name, false));
    }

    /** Runs the work unless a run is still busy; answers what the work counted, or 0 when it was skipped or failed. */
    public int run(IntSupplier work) {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int done = work.getAsInt();
            failures.succeeded();
            return done;
        } catch (RuntimeException e) {
            failures.failed(e);
            return 0;
        } finally {
            running.set(false);
        }
    }
}
