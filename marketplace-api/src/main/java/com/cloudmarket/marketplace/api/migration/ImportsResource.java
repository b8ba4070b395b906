package com.cloudmarket.marketplace.api.migration;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.problem.Problems;
import com.cloudmarket.marketplace.api.problem.StreamedBody;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.migration.application.ImportResult;
import com.cloudmarket.marketplace.migration.application.ImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

import java.io.InputStream;
import java.util.function.BiFunction;

/**
 * The operator's migration import from another marketplace: one NDJSON file per kind (providers, customers, products,
 * orders), stored whole or not at all, without notifying anyone (README "Importing data"). No {@code @Consumes}: the
 * media type is judged after the role, so a caller without it learns 403 whatever it sent.
 */
@Path("imports")
@RequestScoped
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
@RolesAllowed("OPERATOR")
public class ImportsResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String TOO_LARGE = "The file is larger than marketplace.import.max-bytes (2 GiB unless set)";

    @EJB
    private ImportService imports;

    @Inject
    private Caller caller;

    @Inject
    private Problems problems;

    @POST
    @Path("providers")
    @StreamedBody
    @Operation(summary = "Import provider accounts with their organisation (profile, agreement, deposit) from NDJSON")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(ref = "ProviderImportLine")))
    @APIResponse(responseCode = "200", description = "Every line stored or skipped",
            content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "Lines with errors (the first 100, as `line N: field`); nothing "
            + "stored", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Stopped part-way by a concurrent change; send the same file "
            + "again to complete it", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    public Response providers(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream file) {
        return run(type, file, imports::importProviders);
    }

    @POST
    @Path("customers")
    @StreamedBody
    @Operation(summary = "Import customer accounts from NDJSON")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(ref = "CustomerImportLine")))
    @APIResponse(responseCode = "200", description = "Every line stored or skipped",
            content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "Lines with errors (the first 100, as `line N: field`); nothing "
            + "stored", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Stopped part-way by a concurrent change; send the same file "
            + "again to complete it", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    public Response customers(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream file) {
        return run(type, file, imports::importCustomers);
    }

    @POST
    @Path("products")
    @StreamedBody
    @Operation(summary = "Import on-sale and delisted products of imported or existing providers from NDJSON")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(ref = "ProductImportLine")))
    @APIResponse(responseCode = "200", description = "Every line stored or skipped",
            content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "Lines with errors (the first 100, as `line N: field`), e.g. an "
            + "unknown provider; nothing stored", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Stopped part-way by a concurrent change; send the same file "
            + "again to complete it", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    public Response products(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream file) {
        return run(type, file, imports::importProducts);
    }

    @POST
    @Path("orders")
    @StreamedBody
    @Operation(summary = "Import orders of imported products with their status and history from NDJSON")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(ref = "OrderImportLine")))
    @APIResponse(responseCode = "200", description = "Every line stored or skipped",
            content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "Lines with errors (the first 100, as `line N: field`), e.g. an "
            + "unknown customer, product or plan; nothing stored", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Stopped part-way by a concurrent change; send the same file "
            + "again to complete it", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    public Response orders(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream file) {
        return run(type, file, imports::importOrders);
    }

    private Response run(String type, InputStream file, BiFunction<Long, InputStream, ImportResult> importer) {
        if (type == null || !type.split(";")[0].strip().equalsIgnoreCase(NDJSON)) {
            return problems.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "error.importMediaType").build();
        }
        return Response.ok(importer.apply(caller.accountId(), file)).build();
    }
}
