package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.SmsGateway;
import com.cloudmarket.marketplace.notification.domain.SmsMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** The default gateway: records every SMS in the outbox table, in the consumer's transaction, and sends nothing. */
@ApplicationScoped
public class RecordingSmsGateway implements SmsGateway {

    static final String NAME = "recording";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(OutgoingSms sms) {
        em.persist(new SmsMessage(sms.eventId(), sms.to(), sms.templateKey(), sms.text(), NAME, clock.instant()));
    }
}
