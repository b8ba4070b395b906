package com.cloudmarket.marketplace.api.account;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
public class MeResource {

    @EJB
    private AccountService accounts;

    @Inject
    private Caller caller;

    @GET
    @RolesAllowed({"PROVIDER", "CUSTOMER", "OPERATOR"})
    @Operation(summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(schema = @Schema(ref = "Account")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    public AccountView me() {
        return accounts.find(caller.accountId());
    }
}
