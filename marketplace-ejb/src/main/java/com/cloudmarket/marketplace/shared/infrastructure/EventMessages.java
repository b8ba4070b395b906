package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;

/** Events travel as JSON text messages, never serialized objects. */
public final class EventMessages {

    private EventMessages() {
    }

    public static String body(Message message) {
        try {
            return message.getBody(String.class);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Event message without a text body: " + e.getMessage());
        }
    }
}
