package com.cloudmarket.marketplace.shared.audit;

import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.ZoneOffset;
import java.util.List;

/** Reads the audit trail of one provider, newest first, paged in the database. */
@Stateless
public class AuditService {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<AuditView> ofProvider(long providerAccountId, PageRequest page) {
        TypedQuery<AuditEntry> query = page.beforeId() == null
                ? em.createNamedQuery("AuditEntry.firstPageOfProvider", AuditEntry.class)
                : em.createNamedQuery("AuditEntry.nextPageOfProvider", AuditEntry.class).setParameter("before", page.beforeId());
        List<AuditView> fetched = query.setParameter("provider", providerAccountId)
                .setMaxResults(page.fetchSize())
                .getResultStream()
                .map(AuditService::view)
                .toList();
        return page.page(fetched, AuditView::id);
    }

    private static AuditView view(AuditEntry e) {
        return new AuditView(e.id(), e.occurredAt().atOffset(ZoneOffset.UTC), e.actorAccountId(), e.action(),
                e.subjectType(), e.subjectId(), e.providerAccountId(), FieldChanges.fromJson(e.changes()));
    }
}
