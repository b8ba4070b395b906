package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.SmsService;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.infrastructure.EventMessages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** The SMS channel's durable subscription to the event topic. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/marketplace/events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "marketplace-sms"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "marketplace-sms")
})
public class SmsConsumer implements MessageListener {

    @EJB
    private SmsService sms;

    @Override
    public void onMessage(Message message) {
        sms.deliver(EventEnvelope.parse(EventMessages.body(message)));
    }
}
