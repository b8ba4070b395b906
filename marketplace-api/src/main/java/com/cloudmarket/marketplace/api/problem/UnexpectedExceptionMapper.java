package com.cloudmarket.marketplace.api.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper claimed. Known causes deep in the chain keep their meaning (unreadable JSON → 400, lost
 * optimistic-lock race → 409, database unreachable → 503); anything else is a 500 whose detail carries only an error id
 * that the log shares, never a stack trace.
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
        if (hasCause(e, OptimisticLockException.class)) {
            return problems.response(Response.Status.CONFLICT, "concurrent-modification", "error.concurrentModification").build();
        }
        if (isDatabaseUnavailable(e)) {
            LOG.log(Level.WARNING, "Database unavailable: {0}", e.toString());
            return problems.response(Response.Status.SERVICE_UNAVAILABLE, "database-unavailable", "error.databaseUnavailable")
                    .header("Retry-After", "5").build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, e);
        return problems.response(Response.Status.INTERNAL_SERVER_ERROR, "internal", "error.internal", errorId).build();
    }

    static boolean isUnreadableJson(Throwable e) {
        return hasCause(e, JsonbException.class) || hasCause(e, JsonParsingException.class);
    }

    private static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || (t.getClass().getName().equals("jakarta.resource.ResourceException"))
                    || String.valueOf(t.getMessage()).contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
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
