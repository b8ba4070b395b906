package com.cloudmarket.marketplace.notification.application;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.UniqueKeys;
import com.cloudmarket.marketplace.webhook.application.WebhookFanOut;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;

/**
 * Hands events to every channel in one transaction: the inbox messages, the SMS queued in the SMS outbox and the
 * webhook deliveries. Each channel's rows are unique per event, so together they are the memory against redelivery:
 * a repeated event hits those keys and its transaction only rolls back. Nothing in here waits on the world outside;
 * the SMS and webhook dispatchers send afterwards, so a gateway or receiver that is away holds up no other channel.
 */
@Stateless
public class EventChannels {

    @EJB
    private InboxService inbox;

    @EJB
    private SmsService sms;

    @EJB
    private WebhookFanOut webhooks;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Resource
    private SessionContext context;

    /**
     * A message's events, together in one transaction. When one of them came before (the relay published a batch again
     * after a crash, or the broker redelivered it), that transaction rolls back and each event goes again in one of its
     * own, so only the repeats are refused. Answers how many were new.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverAll(List<EventEnvelope> events) {
        EventChannels self = context.getBusinessObject(EventChannels.class);
        if (self.deliverTogether(events)) {
            return events.size();
        }
        if (events.size() == 1) {
            return 0;
        }
        return (int) events.stream().filter(self::deliver).count();
    }

    /** Answers false, having written nothing, when the channels have had this event before. */
    public boolean deliver(EventEnvelope event) {
        return deliverTogether(List.of(event));
    }

    /** Answers false, having written nothing, when the channels have had any of these events before. */
    public boolean deliverTogether(List<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            webhooks.fanOut(event);
            inbox.deliver(event);
            sms.queue(event);
        }
        try {
            em.flush();
            return true;
        } catch (RuntimeException e) { // EclipseLink's PersistenceException, or its DatabaseException as it is
            if (!UniqueKeys.violated(e)) {
                throw e;
            }
            transaction.setRollbackOnly();
            return false;
        }
    }
}
