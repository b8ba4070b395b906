package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Forgets idempotency keys after {@code marketplace.idempotency.retention-hours}: a client retries within minutes, and
 * the table must not grow with every request ever made. Not persistent: a missed hour is caught up by the next one.
 */
@Singleton
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class.getName());

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.idempotency.retention-hours", defaultValue = "24")
    private long retentionHours;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void purge() {
        int purged = em.createNamedQuery("IdempotencyRecord.purge")
                .setParameter("before", clock.instant().minus(Duration.ofHours(Math.max(1, retentionHours))))
                .executeUpdate();
        if (purged > 0) {
            LOG.fine(() -> "Forgot " + purged + " idempotency keys");
        }
    }
}
