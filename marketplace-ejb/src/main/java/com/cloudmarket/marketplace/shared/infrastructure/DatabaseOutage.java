package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.resource.ResourceException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/**
 * Tells a failure to reach the database (refused or broken connection, a pool that cannot allocate one, a commit the
 * database's connection broke) from any other failure: the first is the platform's passing state, answered with 503 and
 * retried by background work, the second a defect.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08: connection exception (SQL:2016), what MySQL Connector/J and H2 report for a lost link. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ResourceException) {
                return true;
            }
            if (t instanceof XAException xa && (xa.errorCode == XAException.XAER_RMERR
                    || xa.errorCode == XAException.XAER_RMFAIL)) {
                // The database is the only resource the marketplace's transactions hold, and its commit failed there
                // (the link broke as it committed). Payara keeps only the text of the driver's exception, not the
                // exception, so the resource manager's error code is all there is to go by.
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
