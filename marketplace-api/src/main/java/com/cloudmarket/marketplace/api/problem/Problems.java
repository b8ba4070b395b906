package com.cloudmarket.marketplace.api.problem;

import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem details in the caller's language (Accept-Language; Chinese by default). Every error of the API,
 * whatever raised it, leaves through here.
 */
@ApplicationScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:marketplace:problem:";
    private static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    private HttpServletRequest request;

    public Response.ResponseBuilder response(Response.StatusType status, String type, String messageKey, Object... arguments) {
        return build(status, type, messageKey, arguments, List.of());
    }

    public Response.ResponseBuilder invalid(List<FieldError> errors) {
        return build(Response.Status.BAD_REQUEST, "validation", "error.invalidInput", new Object[0], errors);
    }

    /** The database is unreachable: the caller may retry after a few seconds; nothing was changed. */
    public Response databaseUnavailable() {
        return response(Response.Status.SERVICE_UNAVAILABLE, "database-unavailable", "error.databaseUnavailable")
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    public Locale locale() {
        try {
            // without Accept-Language the servlet container would answer with the JVM's locale, not ours
            return request.getHeader("Accept-Language") == null ? Messages.DEFAULT_LOCALE : Messages.supported(request.getLocale());
        } catch (RuntimeException outsideRequest) {
            return Messages.DEFAULT_LOCALE;
        }
    }

    private Response.ResponseBuilder build(Response.StatusType status, String type, String messageKey, Object[] arguments,
                                           List<FieldError> errors) {
        Locale locale = locale();
        JsonObjectBuilder body = JsonFactory.createObjectBuilder()
                .add("type", TYPE_PREFIX + type)
                .add("title", Messages.text(locale, "title." + status.getStatusCode()))
                .add("status", status.getStatusCode())
                .add("detail", Messages.text(locale, messageKey, arguments));
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = JsonFactory.createArrayBuilder();
            for (FieldError error : errors) {
                array.add(JsonFactory.createObjectBuilder()
                        .add("field", error.field())
                        .add("code", error.code())
                        .add("message", Messages.text(locale, error.messageKey(), error.arguments().toArray())));
            }
            body.add("errors", array);
        }
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Content-Language", locale.toLanguageTag())
                .entity(body.build().toString());
    }
}
