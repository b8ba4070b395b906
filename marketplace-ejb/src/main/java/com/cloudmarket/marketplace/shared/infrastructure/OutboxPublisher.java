package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Publishes one batch: sending and marking happen in one XA transaction, so an event is marked published
 * only if the broker accepted it.
 */
@Stateless
public class OutboxPublisher {

    static final String EVENT_TYPE_PROPERTY = "eventType";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private JMSContext jms;

    @Resource(lookup = "jms/marketplace/events")
    private Topic events;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int publishNextBatch(int size) {
        List<OutboxEvent> batch = em.createNamedQuery("OutboxEvent.unpublished", OutboxEvent.class)
                .setMaxResults(size)
                .getResultList();
        for (OutboxEvent event : batch) {
            jms.createProducer()
                    .setProperty(EVENT_TYPE_PROPERTY, event.eventType())
                    .send(events, event.payload());
            event.markPublished(clock.instant());
        }
        return batch.size();
    }
}
