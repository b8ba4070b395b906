package com.cloudmarket.marketplace.webhook.application;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.infrastructure.ConsumedEvents;
import com.cloudmarket.marketplace.webhook.domain.WebhookDelivery;
import com.cloudmarket.marketplace.webhook.domain.WebhookSubscription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns an event from the topic into one delivery per subscription of the provider it belongs to that wants its type.
 * The deliveries are rows, written in the consumer's transaction: a receiver that is away loses nothing, and a
 * redelivered message creates no second delivery (the channel's event-id mark, and a unique key under it).
 */
@Stateless
public class WebhookFanOut {

    static final String CHANNEL = "webhook";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private ConsumedEvents consumed;

    @Inject
    private Clock clock;

    /** Returns how many deliveries the event created. */
    public int fanOut(EventEnvelope event) {
        if (!WebhookEvents.subscribable(event.type())) {
            return 0;
        }
        OptionalLong owner = WebhookEvents.owner(event);
        if (owner.isEmpty()) {
            return 0;
        }
        List<WebhookSubscription> wanting = em.createNamedQuery("WebhookSubscription.firstPage",
                        WebhookSubscription.class).setParameter("owner", owner.getAsLong()).getResultList().stream()
                .filter(subscription -> subscription.wants(event.type()))
                .toList();
        // an event nobody subscribed to leaves no mark: with nothing delivered there is nothing a redelivery could
        // repeat, and most providers have no webhook, so most events cost no write here
        if (wanting.isEmpty() || !consumed.firstDelivery(CHANNEL, event.id())) {
            return 0;
        }
        Instant now = clock.instant();
        String body = WebhookEvents.body(event);
        wanting.forEach(subscription ->
                em.persist(new WebhookDelivery(subscription.id(), event.id(), event.type(), body, now)));
        return wanting.size();
    }
}
