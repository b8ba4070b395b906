package com.cloudmarket.marketplace.api.provider;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.audit.AuditService;
import com.cloudmarket.marketplace.shared.audit.AuditView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of one provider (submissions, decisions, agreement, deposit), for operators. */
@Path("providers/{accountId}/audit")
@RequestScoped
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
public class ProviderAuditResource {

    @EJB
    private AuditService audit;

    @GET
    @RolesAllowed("OPERATOR")
    @Operation(summary = "Who changed what for this provider (submissions, decisions, agreement, deposit), newest first")
    @APIResponse(responseCode = "200", description = "A page of audit entries",
            content = @Content(schema = @Schema(ref = "AuditPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Page<AuditView> list(@PathParam("accountId") long accountId, @QueryParam("cursor") String cursor,
                                @QueryParam("limit") String limit) {
        return audit.ofProvider(accountId, Paging.of(cursor, limit));
    }
}
