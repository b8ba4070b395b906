package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Lets each channel act on an event id once. The mark is written in the consumer's transaction, so a failed delivery
 * leaves no mark and the redelivery tries again; a concurrent duplicate hits the primary key and rolls back.
 */
@ApplicationScoped
public class ConsumedEvents {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        String key = ConsumedEvent.key(consumer, eventId);
        if (em.find(ConsumedEvent.class, key) != null) {
            return false;
        }
        em.persist(new ConsumedEvent(key, clock.instant()));
        em.flush();
        return true;
    }
}
