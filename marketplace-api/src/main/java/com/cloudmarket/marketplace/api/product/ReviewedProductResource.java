package com.cloudmarket.marketplace.api.product;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.product.application.ProductService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The product a product review decides, for the operator deciding it (the console's product preview). It lives with the
 * products, which know reviews, rather than with the reviews, which know no products.
 */
@Path("reviews/{reviewId}/product")
@RequestScoped
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
public class ReviewedProductResource {

    @EJB
    private ProductService products;

    @Inject
    private Caller caller;

    @GET
    @RolesAllowed("OPERATOR")
    @Operation(summary = "The product a product review decides, as its provider sees it: the live content and the "
            + "revision in review (the operator's preview)")
    @APIResponse(responseCode = "200", description = "The product", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Product"),
                    examples = @ExampleObject(name = "product", value = ProductsResource.VIEW_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", description = "No such review, or it is not a product review",
            ref = "#/components/responses/NotFound")
    public Response product(@PathParam("reviewId") long reviewId) {
        return ProductJson.ok(products.forReview(reviewId, caller.accountId()));
    }
}
