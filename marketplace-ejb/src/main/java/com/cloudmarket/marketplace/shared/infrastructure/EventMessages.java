package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;

import java.util.List;

/** Events travel as JSON text messages, never serialized objects: each message a JSON array of event envelopes. */
public final class EventMessages {

    /**
     * How many messages the channels' subscription handles at once ({@code endpointPoolMaxSize} of the broker's
     * resource adapter). Its default let about a hundred deliveries run at once on two cores, queueing for the
     * 32 database connections: four delivered a backlog with a third less CPU per event.
     */
    public static final String CONCURRENT_DELIVERIES = "4";

    private EventMessages() {
    }

    /** One message's body for envelopes that are each a JSON object's text. */
    public static String batch(List<String> envelopes) {
        return "[" + String.join(",", envelopes) + "]";
    }

    public static String body(Message message) {
        try {
            return message.getBody(String.class);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Event message without a text body: " + e.getMessage());
        }
    }
}
