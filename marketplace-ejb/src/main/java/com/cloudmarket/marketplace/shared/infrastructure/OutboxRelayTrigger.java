package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Wakes the relay once a transaction that appended events has committed. A plain CDI observer: observing on the singleton
 * itself would create it inside the completing transaction, which Payara refuses.
 */
@ApplicationScoped
public class OutboxRelayTrigger {

    @EJB
    private OutboxRelay relay;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) JpaOutbox.OutboxAppended appended) {
        relay.wakeUp();
    }
}
