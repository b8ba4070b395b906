package com.cloudmarket.marketplace.webhook.application;

import com.cloudmarket.marketplace.webhook.domain.AttemptResult;
import com.cloudmarket.marketplace.shared.domain.RetrySchedule;
import com.cloudmarket.marketplace.webhook.domain.WebhookDelivery;
import com.cloudmarket.marketplace.webhook.domain.WebhookSubscription;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dispatcher's two short transactions around each attempt: claim due deliveries, then record what the receiver
 * did. Nothing is held open while a receiver takes its time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Claims up to {@code limit} due deliveries, at most {@code perSubscription} of any one subscription so a slow
     * receiver cannot hold back the others. A claim pushes the next attempt to the end of {@code lease}; another
     * server's concurrent claim of the same row updates nothing and skips it.
     */
    public List<DueDelivery> claimDue(int limit, int perSubscription, Duration lease) {
        Instant now = clock.instant();
        List<Object[]> due = em.createNamedQuery("WebhookDelivery.due", Object[].class).setParameter("now", now)
                .setMaxResults(limit * 4).getResultList();
        Map<Long, Integer> perOwner = new HashMap<>();
        List<DueDelivery> claimed = new ArrayList<>();
        for (Object[] row : due) {
            long id = (Long) row[0];
            long subscriptionId = (Long) row[1];
            if (claimed.size() == limit || perOwner.merge(subscriptionId, 1, Integer::sum) > perSubscription) {
                continue;
            }
            int updated = em.createNamedQuery("WebhookDelivery.claim").setParameter("leaseEnd", now.plus(lease))
                    .setParameter("id", id).setParameter("now", now).executeUpdate();
            if (updated == 1) {
                WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
                WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
                claimed.add(new DueDelivery(id, delivery.eventId(), delivery.eventType(), subscription.url(),
                        subscription.secret(), delivery.body()));
            }
        }
        return claimed;
    }

    public void record(long deliveryId, AttemptResult result, RetrySchedule retries) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        em.persist(delivery.attempted(result, clock.instant(), retries));
    }
}
