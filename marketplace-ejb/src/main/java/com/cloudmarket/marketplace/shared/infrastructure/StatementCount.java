package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the SQL statements EclipseLink sends on each thread, so that a request can say what it cost the database
 * ({@link ServerTimingFilter}): a list whose count grows with its page size is an N+1. Registered for the whole
 * persistence unit in persistence.xml; a thread-local increment and a look at the thread's transaction per statement is
 * all it costs. It also counts the statements sent inside a JTA transaction: a read that opens one pays the driver's
 * autocommit switches and a COMMIT, three more round trips than its query. At level FINE it also logs each statement
 * with its thread, to see which ones a request sent
 * ({@code asadmin set-log-levels com.cloudmarket.marketplace.shared.infrastructure.StatementCount=FINE}).
 */
public class StatementCount extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(StatementCount.class.getName());
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[2]);
    private static volatile TransactionSynchronizationRegistry transactions;

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (event.getCall() instanceof DatabaseCall call) {
            long[] count = COUNT.get();
            count[0]++;
            if (inTransaction()) {
                count[1]++;
            }
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(Thread.currentThread().getName() + ": " + call.getSQLString());
            }
        }
    }

    /** The statements this thread sent since the last call, and how many of them in a transaction; counts again. */
    public static Taken takeCurrentThread() {
        long[] count = COUNT.get();
        Taken taken = new Taken(count[0], count[1]);
        count[0] = 0;
        count[1] = 0;
        return taken;
    }

    public record Taken(long statements, long inTransaction) {
    }

    private static boolean inTransaction() {
        TransactionSynchronizationRegistry registry = transactions;
        if (registry == null) {
            try {
                registry = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                transactions = registry;
            } catch (NamingException e) {
                return false;
            }
        }
        return registry.getTransactionKey() != null;
    }
}
