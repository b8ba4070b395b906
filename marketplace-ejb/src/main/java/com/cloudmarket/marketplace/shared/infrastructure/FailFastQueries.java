package com.cloudmarket.marketplace.shared.infrastructure;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on a broken connection three times, five seconds apart: with the database
 * down a request then hangs for ten seconds before it fails. The connection pool already validates connections and
 * drops broken ones, so the retry adds only the wait; without it a request fails at once with 503 and the caller
 * decides when to try again.
 */
public class FailFastQueries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
