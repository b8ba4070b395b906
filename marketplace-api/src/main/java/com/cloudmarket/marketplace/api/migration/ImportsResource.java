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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/**
 * The operator's migration import from another marketplace: one NDJSON file per kind (providers, customers, products,
 * orders), stored whole or not at all, without notifying anyone (README "Importing data"). A file is NDJSON; sent as
 * {@code application/json} (what a tool sends by default) it is read the same way, one JSON object per line.
 */
@Path("imports")
@RequestScoped
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({ImportsResource.NDJSON, MediaType.APPLICATION_JSON})
@SecurityRequirement(name = MarketplaceApi.BEARER)
@RolesAllowed("OPERATOR")
public class ImportsResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String TOO_LARGE = "The file is larger than marketplace.import.max-bytes (2 GiB unless set)";

    @EJB
    private ImportService imports;

    @Inject
    private Caller caller;

    @POST
    @Path("providers")
    @StreamedBody
    @Operation(summary = "Import provider accounts with their organisation (profile, agreement, deposit) from NDJSON")
    @RequestBody(required = true, content = {@Content(mediaType = NDJSON, schema = @Schema(ref = "ProviderImportLine")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProviderImportLine"))})
    @APIResponse(responseCode = "200", description = "Every line stored or skipped",
            content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "Lines with errors (the first 100, as `line N: field`); nothing "
            + "stored", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Another import is running (nothing read), or stopped part-way "
            + "by a concurrent change; send the same file again to complete it",
            ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    public ImportResult providers(InputStream file) {
        return imports.importProviders(caller.accountId(), file);
    }

    @POST
    @Path("customers")
    @StreamedBody
    @Operation(summary = "Import customer accounts from NDJSON")
    @RequestBody(required = true, content = {@Content(mediaType = NDJSON, schema = @Schema(ref = "CustomerImportLine")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CustomerImportLine"))})
    @APIResponse(responseCode = "200", description = "Every line stored or skipped",
            content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "Lines with errors (the first 100, as `line N: field`); nothing "
            + "stored", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Another import is running (nothing read), or stopped part-way "
            + "by a concurrent change; send the same file again to complete it",
            ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    public ImportResult customers(InputStream file) {
        return imports.importCustomers(caller.accountId(), file);
    }

    @POST
    @Path("products")
    @StreamedBody
    @Operation(summary = "Import on-sale and delisted products of imported or existing providers from NDJSON")
    @RequestBody(required = true, content = {@Content(mediaType = NDJSON, schema = @Schema(ref = "ProductImportLine")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProductImportLine"))})
    @APIResponse(responseCode = "200", description = "Every line stored or skipped",
            content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "Lines with errors (the first 100, as `line N: field`), e.g. an "
            + "unknown provider; nothing stored", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Another import is running (nothing read), or stopped part-way "
            + "by a concurrent change; send the same file again to complete it",
            ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    public ImportResult products(InputStream file) {
        return imports.importProducts(caller.accountId(), file);
    }

    @POST
    @Path("orders")
    @StreamedBody
    @Operation(summary = "Import orders of imported products with their status and history from NDJSON")
    @RequestBody(required = true, content = {@Content(mediaType = NDJSON, schema = @Schema(ref = "OrderImportLine")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderImportLine"))})
    @APIResponse(responseCode = "200", description = "Every line stored or skipped",
            content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "Lines with errors (the first 100, as `line N: field`), e.g. an "
            + "unknown customer, product or plan; nothing stored", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Another import is running (nothing read), or stopped part-way "
            + "by a concurrent change; send the same file again to complete it",
            ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = MarketplaceApi.PROBLEM)))
    public ImportResult orders(InputStream file) {
        return imports.importOrders(caller.accountId(), file);
    }
}
