package com.cloudmarket.marketplace.api.notification;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.notification.application.SmsService;
import com.cloudmarket.marketplace.notification.application.SmsView;
import com.cloudmarket.marketplace.shared.application.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("sms-outbox")
@RequestScoped
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
public class SmsOutboxResource {

    @EJB
    private SmsService sms;

    @GET
    @RolesAllowed("OPERATOR")
    @Operation(summary = "Every SMS sent, with the gateway that handled it, newest first (operators only)")
    @APIResponse(responseCode = "200", description = "A page of SMS", content = @Content(schema = @Schema(ref = "SmsPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Page<SmsView> list(@Parameter(description = "only those sent to this mobile number") @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                              @QueryParam("limit") String limit) {
        return sms.outbox(to, Paging.of(cursor, limit));
    }
}
