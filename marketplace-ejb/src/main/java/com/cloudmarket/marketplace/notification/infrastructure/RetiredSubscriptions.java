package com.cloudmarket.marketplace.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes the durable subscriptions of the channels' former consumers (one per channel, until {@link EventConsumer}
 * took all three). Left in place they would keep every event the broker publishes, for ever. Whatever they still held
 * when the server stopped was the old consumers' backlog: an upgrade is made with the notifications drained.
 * The container does not let an application set a connection's client id, so each has a connection factory naming it.
 */
@JMSConnectionFactoryDefinition(name = RetiredSubscriptions.INBOX, clientId = "marketplace-inbox")
@JMSConnectionFactoryDefinition(name = RetiredSubscriptions.SMS, clientId = "marketplace-sms")
@JMSConnectionFactoryDefinition(name = RetiredSubscriptions.WEBHOOKS, clientId = "marketplace-webhooks")
@Singleton
@Startup
public class RetiredSubscriptions {

    private static final Logger LOG = Logger.getLogger(RetiredSubscriptions.class.getName());
    static final String INBOX = "java:app/jms/retired/marketplace-inbox";
    static final String SMS = "java:app/jms/retired/marketplace-sms";
    static final String WEBHOOKS = "java:app/jms/retired/marketplace-webhooks";

    @Resource(lookup = INBOX)
    private ConnectionFactory inbox;

    @Resource(lookup = SMS)
    private ConnectionFactory sms;

    @Resource(lookup = WEBHOOKS)
    private ConnectionFactory webhooks;

    /** On the method: Payara ignores a class-level attribute for a singleton's PostConstruct. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retire() {
        Map.of("marketplace-inbox", inbox, "marketplace-sms", sms, "marketplace-webhooks", webhooks)
                .forEach(this::unsubscribe);
    }

    /** Not an overload of retire(): Payara looks the PostConstruct method up by its name and may call this one. */
    private void unsubscribe(String name, ConnectionFactory factory) {
        try (JMSContext context = factory.createContext()) {
            context.unsubscribe(name);
            LOG.info(() -> "Removed the retired durable subscription " + name);
        } catch (InvalidDestinationRuntimeException absent) {
            // removed before, or this broker never had it
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove the retired durable subscription " + name
                    + "; the next start tries again", e);
        }
    }
}
