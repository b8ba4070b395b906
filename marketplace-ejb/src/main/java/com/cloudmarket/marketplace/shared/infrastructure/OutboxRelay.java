package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Moves committed outbox events to the JMS topic. Woken right after each commit ({@link JpaOutbox}) for low
 * latency, and swept every few seconds so events survive a broker outage or a crash between commit and publish.
 * One drain at a time per server; a cluster may publish an event twice, which the channels' unique keys absorb.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay implements RelayWakeUp {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 200;
    private static final BackgroundFailures FAILURES = new BackgroundFailures(LOG, "Outbox relay");
    /**
     * While commits keep waking the relay during a drain, it waits this long before the next round, so the events
     * committed meanwhile leave as one batch: under a few hundred transitions a second, rounds taken at once carried two
     * or three events each, every round a read, a send and a marking transaction of its own. A lone commit is still
     * published at once; the wait only delays events that arrive while others are being published.
     */
    static final long GATHER_MS = 20;

    @EJB
    private OutboxPublisher publisher;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();

    public OutboxRelay() {
    }

    OutboxRelay(OutboxPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    @Asynchronous
    public void wakeUp() {
        drain();
    }

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false, info = "outbox sweep")
    void sweep() {
        drain();
    }

    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            wokenWhileDraining.set(true);
            return;
        }
        try {
            do {
                wokenWhileDraining.set(false);
                while (publisher.publishNextBatch(BATCH) == BATCH) {
                    // a full batch means more may be waiting
                }
            } while (wokenWhileDraining.get() && gathered());
            FAILURES.succeeded();
        } catch (RuntimeException e) {
            FAILURES.failed(e);
        } finally {
            draining.set(false);
        }
    }

    /** Waits for the commits of the next round to gather; false if interrupted, and the sweep publishes them. */
    private static boolean gathered() {
        try {
            Thread.sleep(GATHER_MS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
