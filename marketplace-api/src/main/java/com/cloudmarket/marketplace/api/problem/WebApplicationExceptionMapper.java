package com.cloudmarket.marketplace.api.problem;

import com.cloudmarket.marketplace.api.security.AccessRule;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/** The JAX-RS runtime's own refusals (no such path, wrong method or media type, unreadable body) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> KEYS = Map.of(
            401, "error.tokenMissing",
            403, "error.forbidden",
            404, "error.notFound",
            405, "error.methodNotAllowed",
            406, "error.notAcceptable",
            413, "error.payloadTooLarge",
            415, "error.unsupportedMediaType");

    @Inject
    private Problems problems;

    @Inject
    private UnexpectedExceptionMapper unexpected;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected.toResponse(e);
        }
        if (status == 400 && UnexpectedExceptionMapper.isUnreadableJson(e)) {
            return problems.response(Response.Status.BAD_REQUEST, "malformed-json", "error.malformedJson").build();
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        if (type == null) {
            type = original.getStatusInfo();
        }
        Response.ResponseBuilder problem = problems.response(type, type.getReasonPhrase().toLowerCase().replace(' ', '-'),
                KEYS.getOrDefault(status, "error.badRequest"), status == 413 ? new Object[]{BodyLimit.MAX_BYTES} : new Object[0]);
        for (String header : new String[]{HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
            String value = original.getHeaderString(header);
            if (value != null) {
                problem.header(header, value);
            }
        }
        if (status == 401 && original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) == null) {
            problem.header(HttpHeaders.WWW_AUTHENTICATE, AccessRule.CHALLENGE);
        }
        return problem.build();
    }
}
