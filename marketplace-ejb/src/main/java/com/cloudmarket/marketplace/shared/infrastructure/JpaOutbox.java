package com.cloudmarket.marketplace.shared.infrastructure;

import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.Outbox;
import com.cloudmarket.marketplace.shared.domain.DomainEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Writes events into {@code outbox_event} in the caller's transaction and wakes the relay once that commits, through a
 * JTA synchronisation registered once per transaction. Not a CDI {@code AFTER_SUCCESS} observer: in the EAR, Weld
 * invoked that on an instance it had never injected, and only the relay's periodic sweep ran.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    /** Marks a transaction whose commit already wakes the relay. */
    private static final Object WAKE_UP = JpaOutbox.class.getName() + ".wakeUp";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    /** Unsatisfied where no relay is deployed (the component tests), which then only records. */
    @Inject
    private Instance<RelayWakeUp> relays;

    /** Resolved once: each {@code Instance.get()} would be another dependent object kept as long as this bean. */
    private volatile RelayWakeUp relay;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DomainEvent event) {
        em.persist(new OutboxEvent(event.eventId().toString(), event.type().name(), event.aggregateType(),
                event.aggregateId(), envelope(event), event.occurredAt()));
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        RelayWakeUp toWake = relay();
        if (toWake == null || transaction.getResource(WAKE_UP) != null) {
            return;
        }
        transaction.putResource(WAKE_UP, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    toWake.wakeUp();
                }
            }
        });
    }

    private RelayWakeUp relay() {
        if (relay == null && relays.isResolvable()) {
            relay = relays.get();
        }
        return relay;
    }

    /** The message body every channel receives; the same shape integrators get in webhook deliveries. */
    static String envelope(DomainEvent event) {
        return JsonFactory.createObjectBuilder()
                .add("id", event.eventId().toString())
                .add("type", event.type().name())
                .add("occurredAt", event.occurredAt().toString())
                .add("aggregateType", event.aggregateType())
                .add("aggregateId", event.aggregateId())
                .add("data", event.data())
                .build()
                .toString();
    }

}
