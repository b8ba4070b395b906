package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecurringTaskTest {

    private final RecurringTask task = new RecurringTask(Logger.getLogger(RecurringTaskTest.class.getName()), "Test task");
    private final List<Object[]> timersCreated = new ArrayList<>();
    /** Records the timers asked for; the container's TimerService is the boundary here. */
    private final TimerService timers = (TimerService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{TimerService.class}, (proxy, method, args) -> {
                assertEquals("createIntervalTimer", method.getName());
                timersCreated.add(args);
                return null;
            });

    @Test
    void theTimerRunsAtTheIntervalInMillisecondsAndIsNotPersistent() {
        task.schedule(timers, "marketplace.test-seconds", 5, 1, ChronoUnit.SECONDS);

        assertEquals(1, timersCreated.size());
        Object[] args = timersCreated.get(0);
        assertEquals(5000L, args[0]);
        assertEquals(5000L, args[1]);
        TimerConfig config = (TimerConfig) args[2];
        assertEquals("Test task", config.getInfo());
        assertEquals(false, config.isPersistent());
    }

    @Test
    void anIntervalUnderTheMinimumIsRefusedNamingTheSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> task.schedule(timers, "marketplace.test-interval-ms", 99, 100, ChronoUnit.MILLIS));

        assertEquals("marketplace.test-interval-ms must be at least 100, not 99", refused.getMessage());
        assertTrue(timersCreated.isEmpty());
    }

    @Test
    void aRunAnswersWhatTheWorkCounted() {
        assertEquals(7, task.run(() -> 7));
    }

    @Test
    void aTickWhileTheLastRunIsBusyDoesNothing() {
        AtomicInteger inner = new AtomicInteger(-1);
        AtomicInteger innerRuns = new AtomicInteger();

        int outer = task.run(() -> {
            inner.set(task.run(innerRuns::incrementAndGet));
            return 3;
        });

        assertEquals(3, outer);
        assertEquals(0, inner.get());
        assertEquals(0, innerRuns.get());
        assertEquals(1, task.run(() -> 1), "the next tick runs again once the last run has ended");
    }

    @Test
    void aFailedRunCountsNothingAndTheNextTickRunsAgain() {
        assertEquals(0, task.run(() -> {
            throw new IllegalStateException("a defect");
        }));
        assertEquals(2, task.run(() -> 2));
    }
}
