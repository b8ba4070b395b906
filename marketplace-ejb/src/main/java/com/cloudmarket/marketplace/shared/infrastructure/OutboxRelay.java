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

    @EJB
    private OutboxPublisher publisher;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();

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
            } while (wokenWhileDraining.get());
            FAILURES.succeeded();
        } catch (RuntimeException e) {
            FAILURES.failed(e);
        } finally {
            draining.set(false);
        }
    }
}
