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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @APIResponse(responseCode = "201", description = "Operator created",
            content = @Content(schema = @Schema(implementation = AccountsResource.SignedUp.class)))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public Response create(NewOperatorCommand command) {
        AccountView account = accounts.createOperator(command, caller.accountId());
        return Response.status(Response.Status.CREATED)
                .entity(new AccountsResource.SignedUp(account.accountId(), account.login(), account.roles()))
                .build();
    }
}
