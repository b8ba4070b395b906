package com.cloudmarket.marketplace.api.product;

import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.product.application.CatalogService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The storefront, for anyone without signing in: on-sale products only, with their live content. */
@Path("catalog")
@RequestScoped
@Tag(name = "Storefront")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CatalogResource {

    @EJB
    private CatalogService catalog;

    @GET
    @PermitAll
    @Operation(summary = "On-sale products, newest first; filter by type and a name search q")
    @APIResponse(responseCode = "200", description = "A page of products on sale",
            content = @Content(schema = @Schema(ref = "CatalogPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    public StreamingOutput list(
            @Parameter(description = "OPS_SERVICE, SOFTWARE_SERVICE or IMAGE") @QueryParam("type") String type,
            @Parameter(description = "part of the name, any case") @QueryParam("q") String q,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return ProductJson.catalogPage(catalog.catalog(type, q, Paging.of(cursor, limit)));
    }

    @GET
    @Path("{productId}")
    @PermitAll
    @Operation(summary = "The product page: live content and the provider's customer-service card; not on sale → 404")
    @APIResponse(responseCode = "200", description = "The product page",
            content = @Content(schema = @Schema(ref = "CatalogProduct")))
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public JsonObject product(@PathParam("productId") long productId) {
        return ProductJson.catalogProduct(catalog.product(productId));
    }
}
