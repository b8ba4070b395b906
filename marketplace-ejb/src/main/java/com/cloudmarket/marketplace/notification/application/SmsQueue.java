package com.cloudmarket.marketplace.notification.application;

import com.cloudmarket.marketplace.notification.application.SmsGateway.OutgoingSms;
import com.cloudmarket.marketplace.notification.domain.SmsMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SMS dispatcher's short transactions around each batch: claim the due SMS, then record what the gateway did.
 * Nothing is held open while a gateway takes its time; a batch costs a few statements, not a few per SMS.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsQueue {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Claims up to {@code limit} due SMS, oldest due first, by moving their next attempt to the end of {@code lease};
     * an SMS another server claimed meanwhile is left to it.
     */
    public List<DueSms> claimDue(int limit, Duration lease) {
        Instant now = clock.instant();
        List<SmsMessage> due = em.createNamedQuery("SmsMessage.due", SmsMessage.class).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(SmsMessage::id).toList();
        Instant leaseEnd = now.plus(lease);
        int claimed = em.createNamedQuery("SmsMessage.claim").setParameter("leaseEnd", leaseEnd).setParameter("ids", ids)
                .setParameter("now", now).executeUpdate();
        Set<Long> ours = claimed == ids.size() ? Set.copyOf(ids)
                : new HashSet<>(em.createNamedQuery("SmsMessage.claimedBy", Long.class).setParameter("ids", ids)
                        .setParameter("leaseEnd", leaseEnd).getResultList());
        return due.stream().filter(s -> ours.contains(s.id()))
                .map(s -> new DueSms(s.id(), new OutgoingSms(s.eventId(), s.recipientMobile(), s.templateKey(), s.text())))
                .toList();
    }

    /** The gateway took these SMS. */
    public void sent(List<Long> ids, String gateway) {
        if (!ids.isEmpty()) {
            em.createNamedQuery("SmsMessage.sent").setParameter("gateway", gateway).setParameter("at", clock.instant())
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    /** The gateway did not take this SMS: it is tried again on the back-off schedule, or marked failed. */
    public void notSent(long id, String error) {
        SmsMessage sms = em.find(SmsMessage.class, id);
        if (sms != null) {
            sms.notSent(error, clock.instant());
        }
    }
}
