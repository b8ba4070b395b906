package com.cloudmarket.marketplace.api.account;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("accounts")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @EJB
    private AccountService accounts;

    @POST
    @PermitAll
    @Operation(summary = "Sign up as a provider or a customer")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SignUp")))
    @APIResponse(responseCode = "201", description = "Account created", content = @Content(schema = @Schema(ref = "AccountCreated")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "409", description = "Login already taken; or the Idempotency-Key was used for a different "
            + "sign-up, or a request with it is still being processed", ref = "#/components/responses/Conflict")
    public Response signUp(@Parameter(description = MarketplaceApi.IDEMPOTENCY_KEY) @HeaderParam(IdempotentRequest.HEADER)
                           String idempotencyKey, SignUpCommand command) {
        AccountView account = accounts.signUp(command, idempotencyKey);
        return Response.status(Response.Status.CREATED)
                .entity(new SignedUp(account.accountId(), account.login(), account.roles()))
                .build();
    }

    public record SignedUp(long accountId, String login, Set<String> roles) {
    }
}
