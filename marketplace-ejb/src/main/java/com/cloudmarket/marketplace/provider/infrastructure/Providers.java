package com.cloudmarket.marketplace.provider.infrastructure;

import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.shared.application.UniqueKeys;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.Optional;

/** Finds the provider organisation of an account, creating it on first use. */
@ApplicationScoped
public class Providers {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<Provider> byAccount(long accountId) {
        return em.createNamedQuery("Provider.byAccount", Provider.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** The caller must have checked that the account is a PROVIDER. Two first uses at once: one of them gets a 409. */
    public Provider ofAccount(long accountId) {
        return byAccount(accountId).orElseGet(() -> {
            Provider provider = new Provider(accountId, clock.instant());
            try {
                em.persist(provider);
                em.flush();
            } catch (PersistenceException e) {
                if (UniqueKeys.violated(e)) {
                    throw new ConflictException("error.concurrentModification");
                }
                throw e;
            }
            return provider;
        });
    }

    /** Bumps the version so two concurrent changes of the same provider cannot both commit. */
    public void guard(Provider provider) {
        em.lock(provider, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public Provider byId(long providerId) {
        return em.find(Provider.class, providerId);
    }
}
