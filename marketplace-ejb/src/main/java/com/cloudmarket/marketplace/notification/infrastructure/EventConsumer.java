package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.EventChannels;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.infrastructure.EventMessages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The notification channels' durable subscription to the event topic: each message's events reach the inbox, the SMS
 * outbox and the webhook deliveries in one transaction ({@link EventChannels#deliverAll}).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/marketplace/events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = EventConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = EventConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "30"),
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryInterval", propertyValue = "2000"),
        @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "endpointPoolMaxSize", propertyValue = EventMessages.CONCURRENT_DELIVERIES)
})
// No XA: the message is acknowledged after the channels' database transaction commits; a redelivery after a crash in
// between is absorbed by the channels' unique keys. A failed attempt (the database away) is retried every 2 s, then
// handed back to the broker rather than to the dead message queue, so an outage of any length loses no notification.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventConsumer implements MessageListener {

    static final String SUBSCRIPTION = "marketplace-notifications";

    @EJB
    private EventChannels channels;

    @Override
    public void onMessage(Message message) {
        channels.deliverAll(EventEnvelope.parseAll(EventMessages.body(message)));
    }
}
