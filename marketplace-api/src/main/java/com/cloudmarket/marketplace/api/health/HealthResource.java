package com.cloudmarket.marketplace.api.health;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.problem.Problems;
import com.cloudmarket.marketplace.shared.application.HealthService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("health")
@RequestScoped
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @EJB
    private HealthService health;

    @GET
    @PermitAll
    @Operation(summary = "Whether the marketplace can serve requests (checks the database)")
    @APIResponse(responseCode = "200", description = "Up", content = @Content(schema = @Schema(ref = "Health")))
    @APIResponse(responseCode = "406", description = "The Accept header names no JSON type",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    @APIResponse(responseCode = "503", description = "Down: {\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\"}}",
            content = @Content(schema = @Schema(ref = "Health")))
    public Response health() {
        boolean database = health.databaseUp();
        String status = database ? "UP" : "DOWN";
        return Response.status(database ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(status, Map.of("database", status)))
                .build();
    }

    public record Health(String status, Map<String, String> checks) {
    }
}
