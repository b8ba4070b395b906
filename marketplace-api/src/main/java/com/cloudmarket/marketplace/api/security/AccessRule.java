package com.cloudmarket.marketplace.api.security;

import com.cloudmarket.marketplace.api.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces each operation's {@code @RolesAllowed} / {@code @PermitAll}: no or rejected token → 401, wrong role → 403.
 * An operation with neither annotation is refused, so a forgotten rule fails closed. Runs before Payara's own
 * {@code @RolesAllowed} filter so callers learn whether their token was missing or rejected.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessRule implements ContainerRequestFilter {

    public static final String CHALLENGE = "Bearer realm=\"marketplace\"";

    @Context
    private ResourceInfo resource;

    @Inject
    private Caller caller;

    @Inject
    private Problems problems;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles == null && resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (caller.account().isEmpty() && caller.tokenUncheckable()) {
            request.abortWith(problems.databaseUnavailable());
            return;
        }
        if (caller.account().isEmpty()) {
            String key = caller.tokenRejected() ? "error.tokenInvalid" : "error.tokenMissing";
            request.abortWith(problems.response(Response.Status.UNAUTHORIZED, "unauthorized", key)
                    .header("WWW-Authenticate", CHALLENGE).build());
            return;
        }
        if (roles == null || Arrays.stream(roles.value()).noneMatch(caller.required()::hasRole)) {
            request.abortWith(problems.response(Response.Status.FORBIDDEN, "forbidden", "error.forbidden").build());
        }
    }
}
