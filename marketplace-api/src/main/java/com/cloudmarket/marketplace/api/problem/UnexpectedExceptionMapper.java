package com.cloudmarket.marketplace.api.problem;

import com.cloudmarket.marketplace.shared.infrastructure.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLTransactionRollbackException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper claimed. Known causes deep in the chain keep their meaning (unreadable JSON → 400, lost
 * optimistic-lock race or a transaction the database rolled back as a deadlock victim → 409, database unreachable, a
 * commit its connection broke or one the transaction manager had to roll back → 503); anything else is a 500 whose
 * detail carries only an error id that the log shares, never a stack trace.
 */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    private Problems problems;

    @Override
    public Response toResponse(Throwable e) {
        if (isUnreadableJson(e)) {
            return problems.response(Response.Status.BAD_REQUEST, "malformed-json", "error.malformedJson").build();
        }
        if (hasCause(e, OptimisticLockException.class) || hasCause(e, SQLTransactionRollbackException.class)) {
            return problems.response(Response.Status.CONFLICT, "concurrent-modification", "error.concurrentModification").build();
        }
        if (DatabaseOutage.isCauseOf(e)) {
            LOG.log(Level.FINE, "Database unavailable", e);
            return problems.databaseUnavailable();
        }
        if (hasCause(e, RollbackException.class)) {
            // the commit itself failed (the database went away at that instant): nothing was stored, a retry is safe
            LOG.log(Level.WARNING, "Transaction rolled back at commit: {0}", e.toString());
            return problems.databaseUnavailable();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, e);
        return problems.response(Response.Status.INTERNAL_SERVER_ERROR, "internal", "error.internal", errorId).build();
    }

    static boolean isUnreadableJson(Throwable e) {
        return hasCause(e, JsonbException.class) || hasCause(e, JsonParsingException.class);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
