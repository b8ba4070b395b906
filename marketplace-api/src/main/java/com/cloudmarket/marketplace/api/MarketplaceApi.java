package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.api.problem.ProblemDocument;
import com.cloudmarket.marketplace.api.problem.Problems;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The integrator API, version 1: every console operation over JSON. */
@ApplicationPath("v1")
@DeclareRoles({"PROVIDER", "CUSTOMER", "OPERATOR"})
@OpenAPIDefinition(
        info = @Info(title = "Cloud Marketplace API", version = "1",
                description = "Providers, products, reviews and orders of the cloud marketplace. Errors are RFC 9457 "
                        + "application/problem+json; lists page with limit and an opaque cursor."),
        servers = @Server(url = "/api"),
        components = @Components(responses = {
                @APIResponse(name = "Invalid", responseCode = "400",
                        description = "Malformed JSON or invalid fields; errors lists each field",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "Unauthorized", responseCode = "401", description = "Missing, invalid or expired token",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller's role does not allow it",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such resource for this caller",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "The current state does not allow it",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "TooManyRequests", responseCode = "429",
                        description = "Too soon: the Retry-After header gives the seconds to wait",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
        }))
@SecurityScheme(securitySchemeName = MarketplaceApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token")
public class MarketplaceApi extends Application {

    public static final String BEARER = "bearer";
    public static final String IDEMPOTENCY_KEY = "Makes a retry safe: a repeat with the same key and the same body "
            + "returns the first result and creates nothing (keys are kept 24 hours by default); 1–100 visible ASCII "
            + "characters, e.g. a UUID";
}
