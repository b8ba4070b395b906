package com.cloudmarket.marketplace.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Records a state change in the caller's transaction, so the trail and the change commit or roll back together. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long actorAccountId, String action, String subjectType, Object subjectId, Long providerAccountId,
                       List<FieldChange> changes) {
        em.persist(new AuditEntry(clock.instant(), actorAccountId, action, subjectType, String.valueOf(subjectId),
                providerAccountId, FieldChanges.toJson(changes)));
    }
}
