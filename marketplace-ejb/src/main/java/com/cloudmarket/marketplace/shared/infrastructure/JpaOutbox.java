package com.cloudmarket.marketplace.shared.infrastructure;

import com.cloudmarket.marketplace.shared.application.Outbox;
import com.cloudmarket.marketplace.shared.domain.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes events into {@code outbox_event} in the caller's transaction and wakes the relay once that commits. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Event<OutboxAppended> appended;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DomainEvent event) {
        em.persist(new OutboxEvent(event.eventId().toString(), event.type().name(), event.aggregateType(),
                event.aggregateId(), envelope(event), event.occurredAt()));
        appended.fire(new OutboxAppended());
    }

    /** The message body every channel receives; the same shape integrators get in webhook deliveries. */
    static String envelope(DomainEvent event) {
        return Json.createObjectBuilder()
                .add("id", event.eventId().toString())
                .add("type", event.type().name())
                .add("occurredAt", event.occurredAt().toString())
                .add("aggregateType", event.aggregateType())
                .add("aggregateId", event.aggregateId())
                .add("data", event.data())
                .build()
                .toString();
    }

    /** Fired inside the transaction; observed after commit. */
    public record OutboxAppended() {
    }
}
