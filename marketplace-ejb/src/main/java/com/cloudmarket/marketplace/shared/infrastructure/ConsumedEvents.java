package com.cloudmarket.marketplace.shared.infrastructure;

import com.cloudmarket.marketplace.shared.application.UniqueKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;

/**
 * Lets each channel act on an event id once. The mark is written in the consumer's transaction, so a failed delivery
 * leaves no mark and the redelivery tries again. It is inserted without looking first: a redelivery, or a concurrent
 * duplicate, hits the primary key, and then the consumer's transaction only rolls back. Redeliveries are rare, so this
 * saves a query on every delivery of every channel.
 */
@ApplicationScoped
public class ConsumedEvents {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private Clock clock;

    /**
     * Marks the event consumed by the channel and answers true; answers false, with the transaction marked for
     * rollback, when the channel has consumed it already. Call it before the channel writes anything else.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        em.persist(new ConsumedEvent(ConsumedEvent.key(consumer, eventId), clock.instant()));
        return firstWrite();
    }

    /**
     * Writes what the channel persisted so far and answers true; answers false, with the transaction marked for
     * rollback, when a unique key says the event was handled before. A channel whose own rows are unique per event
     * (the inbox's messages) needs no mark: it persists them and calls this.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstWrite() {
        try {
            em.flush();
            return true;
        } catch (RuntimeException e) { // EclipseLink's PersistenceException, or its DatabaseException as it is
            // only the channel's first writes are pending here, so a violated key means the event was handled before
            if (!UniqueKeys.violated(e)) {
                throw e;
            }
            transaction.setRollbackOnly();
            return false;
        }
    }
}
