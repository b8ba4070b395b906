package com.cloudmarket.marketplace.shared.infrastructure;

import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import com.cloudmarket.marketplace.shared.application.IdempotentRequests;
import com.cloudmarket.marketplace.shared.application.UniqueKeys;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Idempotency keys in {@code idempotency_key}, unique per scope, caller and key. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaIdempotentRequests implements IdempotentRequests {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public Optional<Long> earlierResult(IdempotentRequest request) {
        Optional<IdempotencyRecord> earlier = em.createNamedQuery("IdempotencyRecord.find", IdempotencyRecord.class)
                .setParameter("scope", request.scope())
                .setParameter("caller", request.callerAccountId())
                .setParameter("key", request.key())
                .getResultStream().findFirst();
        if (earlier.isPresent() && !earlier.get().fingerprint().equals(request.fingerprint())) {
            throw new ConflictException("error.idempotencyKeyReused");
        }
        return earlier.map(IdempotencyRecord::resultId);
    }

    @Override
    public void remember(IdempotentRequest request, long resultId) {
        em.persist(new IdempotencyRecord(request.scope(), request.callerAccountId(), request.key(), request.fingerprint(),
                resultId, clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                throw new ConflictException("error.idempotencyKeyInFlight");
            }
            throw e;
        }
    }
}
