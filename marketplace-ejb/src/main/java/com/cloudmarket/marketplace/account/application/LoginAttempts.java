package com.cloudmarket.marketplace.account.application;

import com.cloudmarket.marketplace.account.domain.LoginAttempt;
import com.cloudmarket.marketplace.account.domain.LoginThrottle;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The login throttle's records. Each step commits on its own: an attempt must be visible to concurrent attempts before
 * its password is checked (so a burst of guesses cannot all pass the count together), and a refusal must stay
 * recorded (or forgotten) although the refused call rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.login.max-failures", defaultValue = "5")
    private int maxPerLogin;

    @Inject
    @ConfigProperty(name = "marketplace.login.address-max-failures", defaultValue = "20")
    private int maxPerAddress;

    @Inject
    @ConfigProperty(name = "marketplace.login.failure-window-minutes", defaultValue = "15")
    private long windowMinutes;

    /** Records an attempt as a failure until it proves otherwise. */
    public long begin(String loginKey, String clientAddress) {
        LoginAttempt attempt = new LoginAttempt(loginKey, clientAddress, clock.instant());
        em.persist(attempt);
        em.flush();
        return attempt.id();
    }

    /** How long the attempt must wait, from the failures other attempts left in the window; empty when it may go ahead. */
    public Optional<Duration> refusal(long attemptId, String loginKey, String clientAddress) {
        LoginThrottle throttle = throttle();
        Instant now = clock.instant();
        Instant since = throttle.windowStart(now);
        return throttle.refusedUntil(
                        em.createNamedQuery("LoginAttempt.timesByLogin", Instant.class).setParameter("key", loginKey)
                                .setParameter("since", since).setParameter("own", attemptId).getResultList(),
                        em.createNamedQuery("LoginAttempt.timesByAddress", Instant.class).setParameter("address", clientAddress)
                                .setParameter("since", since).setParameter("own", attemptId).getResultList())
                .map(until -> Duration.between(now, until));
    }

    /** A refused attempt checked no password, so it does not count: waiting it out is enough. */
    public void forget(long attemptId) {
        em.createNamedQuery("LoginAttempt.forget").setParameter("id", attemptId).executeUpdate();
    }

    /** The right password: the login starts again from no failures (the address keeps those of other logins). */
    public void succeeded(String loginKey) {
        em.createNamedQuery("LoginAttempt.forgetLogin").setParameter("key", loginKey).executeUpdate();
    }

    /** Attempts older than the window count for nothing; the table holds only what can still refuse a login. */
    @Schedule(hour = "*", minute = "*/15", persistent = false)
    public void purge() {
        int purged = em.createNamedQuery("LoginAttempt.purge").setParameter("before", throttle().windowStart(clock.instant()))
                .executeUpdate();
        if (purged > 0) {
            LOG.fine(() -> "Purged " + purged + " login attempts");
        }
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(maxPerLogin, maxPerAddress, Duration.ofMinutes(windowMinutes));
    }
}
