package com.cloudmarket.marketplace.webhook.application;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.webhook.domain.WebhookDelivery;
import com.cloudmarket.marketplace.webhook.domain.WebhookSubscription;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns an event from the topic into one delivery per subscription of the provider it belongs to that wants its type.
 * The deliveries are rows, written in the transaction that hands the event to every channel: a receiver that is away
 * loses nothing, and a redelivered message creates no second delivery (they are unique per subscription and event).
 */
@Stateless
public class WebhookFanOut {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Persists the event's deliveries in the caller's transaction and answers how many. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int fanOut(EventEnvelope event) {
        if (!WebhookEvents.subscribable(event.type())) {
            return 0;
        }
        OptionalLong owner = WebhookEvents.owner(event);
        if (owner.isEmpty()) {
            return 0;
        }
        // without a flush: the rows other events of the same transaction wrote are no subscriptions, and a repeated
        // event's rows must fail at the channels' flush, which expects it, not here
        List<WebhookSubscription> wanting = em.createNamedQuery("WebhookSubscription.ofOwner",
                        WebhookSubscription.class).setParameter("owner", owner.getAsLong())
                .setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .filter(subscription -> subscription.wants(event.type()))
                .toList();
        Instant now = clock.instant();
        String body = WebhookEvents.body(event);
        wanting.forEach(subscription ->
                em.persist(new WebhookDelivery(subscription.id(), event.id(), event.type(), body, now)));
        return wanting.size();
    }
}
