package com.cloudmarket.marketplace.webhook.infrastructure;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.infrastructure.EventMessages;
import com.cloudmarket.marketplace.webhook.application.WebhookFanOut;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** The webhook channel's durable subscription to the event topic: it only records deliveries; the dispatcher sends. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/marketplace/events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "marketplace-webhooks"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "marketplace-webhooks")
})
public class WebhookConsumer implements MessageListener {

    @EJB
    private WebhookFanOut fanOut;

    @Override
    public void onMessage(Message message) {
        fanOut.fanOut(EventEnvelope.parse(EventMessages.body(message)));
    }
}
