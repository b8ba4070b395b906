package com.cloudmarket.marketplace.api.calendar;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.api.shared.EntityTags;
import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.calendar.application.CalendarDayView;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The business-day calendar that review deadlines are computed on. Dates are read here, not by JAX-RS parameter
 * conversion, so a malformed date is a 400 with a field error rather than a 404.
 */
@Path("calendar/days")
@RequestScoped
@Tag(name = "Calendar", description = "Business days (Asia/Shanghai): weekends, public holidays, make-up working days")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
public class CalendarResource {

    @EJB
    private BusinessCalendarService calendar;

    @Inject
    private Caller caller;

    @GET
    @RolesAllowed("OPERATOR")
    @Operation(summary = "Every date of a range with its effective working-day flag (operators only)",
            description = "Both ends inclusive, at most 400 dates. override: the calendar has an entry for the date "
                    + "(a holiday, a make-up working day, an operator's decision); otherwise Monday to Friday work.")
    @APIResponse(responseCode = "200", description = "The dates", content = @Content(schema = @Schema(ref = "CalendarDays")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public CalendarDays days(@Parameter(description = "first date, YYYY-MM-DD", required = true) @QueryParam("from") String from,
                             @Parameter(description = "last date, YYYY-MM-DD", required = true) @QueryParam("to") String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CalendarDays(first, last, CalendarDays.TIME_ZONE, calendar.businessDayEnd().toString(),
                calendar.days(first, last));
    }

    @GET
    @Path("{date}")
    @RolesAllowed("OPERATOR")
    @Operation(summary = "One date of the calendar, with its ETag for a conditional PUT (operators only)")
    @APIResponse(responseCode = "200", description = "The date", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "CalendarDay")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Response day(@PathParam("date") String date) {
        CalendarDayView day = calendar.day(requiredDate(date));
        return Response.ok(day).tag(tag(day)).build();
    }

    @PUT
    @Path("{date}")
    @RolesAllowed("OPERATOR")
    @Operation(summary = "Make a date a working day or a day off, with a note (operators only)",
            description = "Replaces the bundled entry or an earlier decision for the date. With If-Match (the ETag of "
                    + "GET), a change made meanwhile answers 412 instead of being overwritten.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DayChange")))
    @APIResponse(responseCode = "200", description = "The date as it is now", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "CalendarDay")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "412", ref = "#/components/responses/PreconditionFailed")
    public Response setDay(@PathParam("date") String date, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DayChange change) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date("date", date, errors);
        Boolean workday = null;
        if (change == null) {
            errors.add(new FieldError("body", "required"));
        } else {
            workday = strictBoolean("workday", change.workday(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Long expectedVersion = EntityTags.expected(ifMatch);
        CalendarDayView saved = calendar.setDay(day, workday, change.note(), caller.accountId(), expectedVersion);
        return Response.ok(saved).tag(tag(saved)).build();
    }

    private static EntityTag tag(CalendarDayView day) {
        return EntityTags.of(day.version());
    }

    /** JSON-B would read "maybe" or 0 as false; only the JSON literals true and false are a decision. */
    private static Boolean strictBoolean(String field, JsonValue value, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        errors.add(new FieldError(field, "boolean"));
        return null;
    }

    private static LocalDate requiredDate(String value) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date("date", value, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return date;
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date"));
            return null;
        }
    }

    /** The body of a PUT: whether the date is a working day, and why (optional, at most 100 characters). */
    public record DayChange(JsonValue workday, String note) {
    }

    /** A range of dates as the calendar sees them; due times fall on {@code businessDayEnd} in {@code timeZone}. */
    public record CalendarDays(LocalDate from, LocalDate to, String timeZone, String businessDayEnd,
                               List<CalendarDayView> items) {

        static final String TIME_ZONE = "Asia/Shanghai";
    }
}
