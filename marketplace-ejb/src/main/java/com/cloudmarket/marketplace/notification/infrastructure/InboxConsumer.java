package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.infrastructure.EventMessages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** The inbox channel's durable subscription to the event topic. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/marketplace/events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "marketplace-inbox"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "marketplace-inbox"),
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "30"),
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryInterval", propertyValue = "2000"),
        @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "endpointPoolMaxSize", propertyValue = EventMessages.CONCURRENT_DELIVERIES)
})
// No XA: the message is acknowledged after the service's own database transaction commits; a redelivery after a crash in
// between is absorbed by the messages' unique key (InboxService.deliver). A failed attempt (the database away) is
// retried every 2 s, then handed back to the broker rather than to the dead message queue, so an outage of any length
// loses no notification.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxConsumer implements MessageListener {

    @EJB
    private InboxService inbox;

    @Override
    public void onMessage(Message message) {
        inbox.deliver(EventEnvelope.parse(EventMessages.body(message)));
    }
}
