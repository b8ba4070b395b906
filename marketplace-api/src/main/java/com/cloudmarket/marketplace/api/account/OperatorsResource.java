package com.cloudmarket.marketplace.api.account;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.account.application.NewOperatorCommand;
import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("operators")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
public class OperatorsResource {

    @EJB
    private AccountService accounts;

    @Inject
    private Caller caller;

    @POST
    @RolesAllowed("OPERATOR")
    @Operation(summary = "Create another operator account (operators only)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewOperator")))
    @APIResponse(responseCode = "201", description = "Operator created", content = @Content(schema = @Schema(ref = "AccountCreated")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Login already taken; or the Idempotency-Key was used for a "
            + "different operator", ref = "#/components/responses/Conflict")
    public Response create(@Parameter(description = MarketplaceApi.IDEMPOTENCY_KEY) @HeaderParam(IdempotentRequest.HEADER)
                           String idempotencyKey, NewOperatorCommand command) {
        AccountView account = accounts.createOperator(command, caller.accountId(), idempotencyKey);
        return Response.status(Response.Status.CREATED)
                .entity(new AccountsResource.SignedUp(account.accountId(), account.login(), account.roles()))
                .build();
    }
}
