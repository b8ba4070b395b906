package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.api.problem.Problems;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The integrator API, version 1: every console operation over JSON. The OpenAPI document at /openapi is
 * {@code META-INF/openapi.yaml} (every body schema, by name) merged with the resources' annotations (operations, which
 * name those schemas with {@code @Schema(ref = ...)}, and their responses); ApiContractComponentTest keeps the two complete.
 */
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
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM))),
                @APIResponse(name = "Unauthorized", responseCode = "401", description = "Missing, invalid or expired token",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller's role does not allow it",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM))),
                @APIResponse(name = "NotFound", responseCode = "404",
                        description = "No such resource for this caller (another tenant's resource is not found either)",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "The current state does not allow it",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412",
                        description = "If-Match names a version that is no longer current: read it again (GET) and redo",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The body is larger than 256 KiB",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM))),
                @APIResponse(name = "OrderList", responseCode = "200",
                        description = "A page of the caller's orders; with Accept: text/csv the filtered list as a CSV file",
                        content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderPage")),
                                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))}),
                @APIResponse(name = "TooManyRequests", responseCode = "429",
                        description = "Too soon: the Retry-After header gives the seconds to wait",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = MarketplaceApi.PROBLEM)))
        }))
@SecurityScheme(securitySchemeName = MarketplaceApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token")
public class MarketplaceApi extends Application {

    public static final String BEARER = "bearer";
    /** The error body's schema in META-INF/openapi.yaml. */
    public static final String PROBLEM = "Problem";
    public static final String IDEMPOTENCY_KEY = "Makes a retry safe: a repeat with the same key and the same body "
            + "returns the first result and creates nothing (keys are kept 24 hours by default); 1–100 visible ASCII "
            + "characters, e.g. a UUID";
}
