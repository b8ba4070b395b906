package com.cloudmarket.marketplace.api.product;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.api.shared.EntityTags;
import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.product.application.DelistImpact;
import com.cloudmarket.marketplace.product.application.ProductFilter;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.application.ProductSummary;
import com.cloudmarket.marketplace.product.application.ProductView;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import com.cloudmarket.marketplace.shared.application.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * The calling provider's products: create, edit the open revision, submit it to review, delist. Another provider's
 * product answers 404. Bodies are read from JSON-P so a wrong JSON type is a field error (400), never a 500.
 */
@Path("products")
@RequestScoped
@Tag(name = "Products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
@RolesAllowed("PROVIDER")
public class ProductsResource {

    static final String PRODUCT_EXAMPLE = "{\"type\":\"OPS_SERVICE\",\"name\":\"服务器运维托管\","
            + "\"summary\":\"7×24 小时服务器巡检、故障处理与安全加固\","
            + "\"description\":\"<p>包含系统巡检、补丁更新与<strong>故障响应</strong>。</p>\",\"category\":\"运维服务\","
            + "\"plans\":[{\"name\":\"基础版\",\"price\":{\"amount\":\"199.00\",\"currency\":\"CNY\"}},"
            + "{\"name\":\"专业版\",\"price\":{\"amount\":\"999.00\",\"currency\":\"CNY\"}}],"
            + "\"serviceContact\":{\"name\":\"王强\",\"phone\":\"400-800-1234\",\"email\":\"ops@yunfan.example.com\"},"
            + "\"requirementForm\":[{\"name\":\"serverIp\",\"label\":\"服务器 IP\",\"type\":\"TEXT\",\"required\":true},"
            + "{\"name\":\"os\",\"label\":\"操作系统\",\"type\":\"SELECT\",\"required\":true,"
            + "\"options\":[\"CentOS\",\"Ubuntu\"]}],"
            + "\"requirementBeforeStart\":true,\"deliveryDays\":5,\"warrantyDays\":30}";
    static final String SOFTWARE_EXAMPLE = "{\"type\":\"SOFTWARE_SERVICE\",\"name\":\"云帆 CRM\",\"summary\":\"客户管理软件\","
            + "\"category\":\"企业应用\",\"plans\":[{\"name\":\"年付\",\"price\":{\"amount\":\"2999.00\",\"currency\":\"CNY\"}}],"
            + "\"serviceContact\":{\"name\":\"王强\",\"phone\":\"13800000001\",\"email\":\"crm@yunfan.example.com\"},"
            + "\"version\":\"3.2\",\"licenseType\":\"SUBSCRIPTION\"}";
    static final String IMAGE_EXAMPLE = "{\"type\":\"IMAGE\",\"name\":\"LAMP 环境镜像\",\"summary\":\"预装 Apache、MySQL、PHP\","
            + "\"category\":\"基础环境\",\"plans\":[{\"name\":\"按次\",\"price\":{\"amount\":\"0.01\",\"currency\":\"CNY\"}}],"
            + "\"serviceContact\":{\"name\":\"王强\",\"phone\":\"021-61234567\",\"email\":\"image@yunfan.example.com\"},"
            + "\"os\":\"Ubuntu 22.04\",\"architecture\":\"X86_64\",\"imageReference\":\"img-lamp-2204\"}";
    static final String VIEW_EXAMPLE = "{\"productId\":12,\"type\":\"SOFTWARE_SERVICE\",\"status\":\"ON_SALE\",\"version\":7,"
            + "\"live\":{\"type\":\"SOFTWARE_SERVICE\",\"name\":\"云帆 CRM\",\"summary\":\"客户管理软件\",\"description\":null,"
            + "\"category\":\"企业应用\",\"plans\":[{\"name\":\"年付\",\"price\":{\"amount\":\"2999.00\",\"currency\":\"CNY\"}}],"
            + "\"serviceContact\":{\"name\":\"王强\",\"phone\":\"13800000001\",\"email\":\"crm@yunfan.example.com\"},"
            + "\"version\":\"3.2\",\"licenseType\":\"SUBSCRIPTION\"},"
            + "\"pendingRevision\":{\"revisionId\":31,\"reviewStatus\":\"PENDING\",\"reviewId\":44,"
            + "\"submittedAt\":\"2026-03-02T02:00:00Z\",\"dueAt\":\"2026-03-05T10:00:00Z\",\"decidedAt\":null,\"reason\":null,"
            + "\"type\":\"SOFTWARE_SERVICE\",\"name\":\"云帆 CRM\",\"summary\":\"客户管理软件\",\"description\":null,"
            + "\"category\":\"企业应用\",\"plans\":[{\"name\":\"年付\",\"price\":{\"amount\":\"2599.00\",\"currency\":\"CNY\"}}],"
            + "\"serviceContact\":{\"name\":\"王强\",\"phone\":\"13800000001\",\"email\":\"crm@yunfan.example.com\"},"
            + "\"version\":\"3.3\",\"licenseType\":\"SUBSCRIPTION\"},"
            + "\"createdAt\":\"2026-02-10T03:00:00Z\",\"updatedAt\":\"2026-03-02T02:00:00Z\"}";
    @EJB
    private ProductService products;

    @Inject
    private Caller caller;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The caller's own products, newest first; filter by status, type and a name search q")
    @APIResponse(responseCode = "200", description = "A page of products", content = @Content(schema = @Schema(ref = "ProductPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Page<ProductSummary> list(
            @Parameter(description = "DRAFT, IN_REVIEW, REJECTED, ON_SALE or DELISTED") @QueryParam("status") String status,
            @Parameter(description = "OPS_SERVICE, SOFTWARE_SERVICE or IMAGE") @QueryParam("type") String type,
            @Parameter(description = "part of the name, any case") @QueryParam("q") String q,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return products.products(caller.accountId(), new ProductFilter(status, type, q), Paging.of(cursor, limit));
    }

    @POST
    @Operation(summary = "Create a product in DRAFT with the given content as its first revision; nothing is on sale yet")
    @RequestBody(required = true, description = "Common fields plus the fields of the type at the top level; the other "
            + "types' fields must be absent. Prices are decimal strings in CNY.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProductContent"), examples = {
                    @ExampleObject(name = "ops service", value = PRODUCT_EXAMPLE),
                    @ExampleObject(name = "software service", value = SOFTWARE_EXAMPLE),
                    @ExampleObject(name = "image", value = IMAGE_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "The product",
            headers = {@Header(name = HttpHeaders.LOCATION), @Header(name = HttpHeaders.ETAG)},
            content = @Content(schema = @Schema(ref = "Product"), examples = @ExampleObject(name = "product",
                    value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for a different product, or a request "
            + "with it is still being processed", ref = "#/components/responses/Conflict")
    public Response create(@Parameter(description = MarketplaceApi.IDEMPOTENCY_KEY) @HeaderParam(IdempotentRequest.HEADER) String idempotencyKey,
                           JsonValue body) {
        ProductView created = products.create(caller.accountId(), ProductJson.draft(body), idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.productId())).build())
                .tag(EntityTags.of(created.version())).entity(ProductJson.product(created)).build();
    }

    @GET
    @Path("{productId}")
    @Operation(summary = "One of the caller's products with its live content and the revision not approved yet")
    @APIResponse(responseCode = "200", description = "The product", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Product"), examples = @ExampleObject(name = "product",
                    value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public Response get(@PathParam("productId") long productId) {
        ProductView product = products.product(caller.accountId(), productId);
        return ProductJson.ok(product);
    }

    @PUT
    @Path("{productId}/draft")
    @Operation(summary = "Edit the product's open revision, or open one; the status and the live content do not change",
            description = "The body is the whole content, as for creation (the type cannot change). With If-Match (the "
                    + "ETag of GET), a change made meanwhile answers 412 instead of being overwritten.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProductContent"), examples = {
            @ExampleObject(name = "ops service", value = PRODUCT_EXAMPLE),
            @ExampleObject(name = "software service", value = SOFTWARE_EXAMPLE),
            @ExampleObject(name = "image", value = IMAGE_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The product", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Product"), examples = @ExampleObject(name = "product",
                    value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "A revision is in review and cannot be edited",
            ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "412", ref = "#/components/responses/PreconditionFailed")
    public Response saveDraft(@PathParam("productId") long productId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              JsonValue body) {
        ProductView saved = products.saveDraft(caller.accountId(), productId, ProductJson.draft(body),
                EntityTags.expected(ifMatch));
        return ProductJson.ok(saved);
    }

    @POST
    @Path("{productId}/submit")
    @Operation(summary = "Submit the open draft for review (a delisted product without one resubmits its live content "
            + "to relist); due after 3 business days for services, 7 for images")
    @APIResponse(responseCode = "202", description = "In review", content = @Content(schema = @Schema(ref = "SubmittedProduct")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "Already in review, or nothing to submit",
            ref = "#/components/responses/Conflict")
    public Response submit(@PathParam("productId") long productId) {
        return Response.accepted(products.submit(caller.accountId(), productId)).build();
    }

    @GET
    @Path("{productId}/delist-impact")
    @Operation(summary = "What delisting would leave running: the product's open orders, which continue after it")
    @APIResponse(responseCode = "200", description = "The impact", content = @Content(schema = @Schema(ref = "DelistImpact")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public DelistImpact delistImpact(@PathParam("productId") long productId) {
        return products.delistImpact(caller.accountId(), productId);
    }

    @POST
    @Path("{productId}/delist")
    @Operation(summary = "Take an on-sale product off the storefront at once (status DELISTED); placed orders continue")
    @APIResponse(responseCode = "200", description = "The product", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Product"), examples = @ExampleObject(name = "product",
                    value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "The product is not on sale", ref = "#/components/responses/Conflict")
    public Response delist(@PathParam("productId") long productId) {
        return ProductJson.ok(products.delist(caller.accountId(), productId));
    }
}
