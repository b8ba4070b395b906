package com.cloudmarket.marketplace.shared.infrastructure;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the SQL statements EclipseLink sends on each thread, so that a request can say what it cost the database
 * ({@link ServerTimingFilter}): a list whose count grows with its page size is an N+1. Registered for the whole
 * persistence unit in persistence.xml; a thread-local increment per statement is all it costs. At level FINE it also
 * logs each statement with its thread, to see which ones a request sent
 * ({@code asadmin set-log-levels com.cloudmarket.marketplace.shared.infrastructure.StatementCount=FINE}).
 */
public class StatementCount extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(StatementCount.class.getName());
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (event.getCall() instanceof DatabaseCall call) {
            COUNT.get()[0]++;
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(Thread.currentThread().getName() + ": " + call.getSQLString());
            }
        }
    }

    /** The statements this thread sent since the last call, and starts counting again. */
    public static long takeCurrentThread() {
        long[] count = COUNT.get();
        long taken = count[0];
        count[0] = 0;
        return taken;
    }
}
