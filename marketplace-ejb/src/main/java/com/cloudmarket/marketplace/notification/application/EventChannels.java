package com.cloudmarket.marketplace.notification.application;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.UniqueKeys;
import com.cloudmarket.marketplace.webhook.application.WebhookFanOut;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Hands an event to every channel in one transaction: the inbox messages, the SMS queued in the SMS outbox and the
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

    /** Answers false, having written nothing, when the channels have had this event before. */
    public boolean deliver(EventEnvelope event) {
        // the webhooks first: they read the event's subscriptions, and a query after the other channels' writes would
        // flush them there, outside the check below
        webhooks.fanOut(event);
        inbox.deliver(event);
        sms.queue(event);
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
