package com.cloudmarket.marketplace.shared.infrastructure;

import com.cloudmarket.marketplace.shared.application.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** The default gateway: every payment succeeds and is recorded in {@code payment}, in the caller's transaction. */
@ApplicationScoped
public class SimulatedPaymentGateway implements PaymentGateway {

    static final String NAME = "simulated";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String charge(PaymentRequest request) {
        String reference = "SIM-" + UUID.randomUUID();
        em.persist(new RecordedPayment(reference, request.payerAccountId(), request.purpose(), request.amount(),
                request.currency(), NAME, "SUCCEEDED", clock.instant()));
        return reference;
    }
}
