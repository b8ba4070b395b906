package com.cloudmarket.marketplace.api.problem;

import com.cloudmarket.marketplace.shared.domain.AuthenticationFailedException;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.domain.PayloadTooLargeException;
import com.cloudmarket.marketplace.shared.domain.StaleVersionException;
import com.cloudmarket.marketplace.shared.domain.TooManyRequestsException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The marketplace's own refusals, each with the status the API contract gives it. */
@Provider
public class MarketplaceExceptionMapper implements ExceptionMapper<MarketplaceException> {

    @Inject
    private Problems problems;

    @Override
    public Response toResponse(MarketplaceException e) {
        if (e instanceof InvalidInputException invalid) {
            return problems.invalid(invalid.errors()).build();
        }
        if (e instanceof TooManyRequestsException tooSoon) {
            return problems.response(Response.Status.TOO_MANY_REQUESTS, "too-many-requests", e.messageKey(), e.arguments())
                    .header("Retry-After", tooSoon.retryAfterSeconds()).build();
        }
        Response.Status status;
        String type;
        if (e instanceof StaleVersionException) {
            status = Response.Status.PRECONDITION_FAILED;
            type = "precondition-failed";
        } else if (e instanceof ConflictException) {
            status = Response.Status.CONFLICT;
            type = "conflict";
        } else if (e instanceof PayloadTooLargeException) {
            status = Response.Status.REQUEST_ENTITY_TOO_LARGE;
            type = "payload-too-large";
        } else if (e instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
            type = "not-found";
        } else if (e instanceof ForbiddenException) {
            status = Response.Status.FORBIDDEN;
            type = "forbidden";
        } else if (e instanceof AuthenticationFailedException) {
            status = Response.Status.UNAUTHORIZED;
            type = "authentication-failed";
        } else {
            status = Response.Status.BAD_REQUEST;
            type = "bad-request";
        }
        return problems.response(status, type, e.messageKey(), e.arguments()).build();
    }
}
