package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.infrastructure.EventMessages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** The inbox channel's durable subscription to the event topic. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/marketplace/events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "marketplace-inbox"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "marketplace-inbox")
})
public class InboxConsumer implements MessageListener {

    @EJB
    private InboxService inbox;

    @Override
    public void onMessage(Message message) {
        inbox.deliver(EventEnvelope.parse(EventMessages.body(message)));
    }
}
