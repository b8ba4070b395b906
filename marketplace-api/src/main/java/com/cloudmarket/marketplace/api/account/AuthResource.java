package com.cloudmarket.marketplace.api.account;

import com.cloudmarket.marketplace.account.application.IssuedToken;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.account.application.LoginOrigin;
import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth/token")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @EJB
    private TokenService tokens;

    @POST
    @PermitAll
    @Operation(summary = "Exchange login and password for a bearer token")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Credentials")))
    @APIResponse(responseCode = "200", description = "Token issued", content = @Content(schema = @Schema(ref = "Token")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", description = "Wrong login or password", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "429", description = "Too many failed logins of this login or from this address, even with "
            + "the right password: Retry-After gives the seconds to wait", ref = "#/components/responses/TooManyRequests")
    public IssuedToken issue(Credentials credentials, @Context HttpServletRequest request) {
        if (credentials == null) {
            throw InvalidInputException.of("body", "required");
        }
        return tokens.issue(credentials.login(), credentials.password(),
                new LoginOrigin(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
    }

    @DELETE
    @RolesAllowed({"PROVIDER", "CUSTOMER", "OPERATOR"})
    @SecurityRequirement(name = MarketplaceApi.BEARER)
    @Operation(summary = "Revoke the token of this call")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).strip());
        return Response.noContent().build();
    }

    public record Credentials(String login, String password) {
    }
}
