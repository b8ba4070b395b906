package com.cloudmarket.marketplace.api.order;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.problem.Problems;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.order.application.OrderFilter;
import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.application.OrderView;
import com.cloudmarket.marketplace.order.application.PlacedOrder;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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

import java.util.Locale;

/**
 * Orders: a customer buys and confirms, the provider starts, completes and reminds; both read the order and their
 * lists. A role that can never do an operation gets 403 (a customer calling start); another party's order is 404;
 * a step the order's status does not allow, or a repeat of one that already happened, is 409.
 */
@Path("orders")
@RequestScoped
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
public class OrdersResource {

    static final String CSV = "text/csv";
    static final String PURCHASE_EXAMPLE = "{\"productId\":12,\"plan\":\"基础版\",\"quantity\":1}";
    static final String PLACED_EXAMPLE = "{\"orderNo\":\"260302483920571266\",\"status\":\"PENDING_START\","
            + "\"amount\":{\"amount\":\"199.00\",\"currency\":\"CNY\"}}";
    static final String REQUIREMENT_EXAMPLE = "{\"fields\":{\"serverIp\":\"10.0.0.8\",\"os\":\"Ubuntu\"}}";
    static final String ORDER_EXAMPLE = "{\"orderNo\":\"260302483920571266\",\"status\":\"AWAITING_CONFIRMATION\","
            + "\"providerStatusLabel\":\"待用户确认\",\"customerStatusLabel\":\"待确认完成\",\"productType\":\"OPS_SERVICE\","
            + "\"productId\":12,\"productName\":\"服务器运维托管\",\"plan\":\"基础版\","
            + "\"unitPrice\":{\"amount\":\"199.00\",\"currency\":\"CNY\"},\"quantity\":1,"
            + "\"amount\":{\"amount\":\"199.00\",\"currency\":\"CNY\"},\"customerAccountId\":10000007,"
            + "\"customerName\":\"张伟\",\"providerAccountId\":10000002,\"providerName\":\"云帆科技有限公司\","
            + "\"requirementForm\":[{\"name\":\"serverIp\",\"label\":\"服务器 IP\",\"type\":\"TEXT\",\"required\":true,"
            + "\"options\":[]},{\"name\":\"os\",\"label\":\"操作系统\",\"type\":\"SELECT\",\"required\":true,"
            + "\"options\":[\"CentOS\",\"Ubuntu\"]}],\"requirementBeforeStart\":true,"
            + "\"requirement\":{\"serverIp\":\"10.0.0.8\",\"os\":\"Ubuntu\"},"
            + "\"requirementSubmittedAt\":\"2026-03-02T02:10:00Z\",\"delivery\":null,"
            + "\"createdAt\":\"2026-03-02T02:00:00Z\",\"autoConfirmAt\":\"2026-03-19T08:00:00Z\","
            + "\"remindableAt\":\"2026-03-04T08:00:00Z\",\"timeline\":["
            + "{\"at\":\"2026-03-02T02:00:00Z\",\"actor\":10000007,\"action\":\"CREATED\",\"status\":\"PENDING_START\"},"
            + "{\"at\":\"2026-03-02T02:10:00Z\",\"actor\":10000007,\"action\":\"REQUIREMENT_SUBMITTED\",\"status\":\"PENDING_START\"},"
            + "{\"at\":\"2026-03-02T03:00:00Z\",\"actor\":10000002,\"action\":\"STARTED\",\"status\":\"IN_PROGRESS\"},"
            + "{\"at\":\"2026-03-04T08:00:00Z\",\"actor\":10000002,\"action\":\"COMPLETED\",\"status\":\"AWAITING_CONFIRMATION\"}],"
            + "\"version\":3}";
    @EJB
    private OrderService orders;

    @Inject
    private Caller caller;

    @Inject
    private Problems problems;

    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed("CUSTOMER")
    @Operation(summary = "Buy a plan of an on-sale product",
            description = "Pays through the payment gateway and stores a snapshot of the product type, name, plan and "
                    + "unit price. Software and images are delivered at once (status COMPLETED); ops services start in "
                    + "PENDING_START. An unknown product is 404, a product not on sale 409, an unknown plan a 400 on "
                    + "plan, a quantity outside 1–999 a 400 on quantity.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Purchase"),
            examples = @ExampleObject(name = "purchase", value = PURCHASE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Placed and paid", headers = @Header(name = HttpHeaders.LOCATION),
            content = @Content(schema = @Schema(ref = "PlacedOrder"),
                    examples = @ExampleObject(name = "placed", value = PLACED_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "The product is not on sale, or the Idempotency-Key was used for "
            + "another purchase", ref = "#/components/responses/Conflict")
    public Response place(@Parameter(description = MarketplaceApi.IDEMPOTENCY_KEY) @HeaderParam(IdempotentRequest.HEADER)
                          String idempotencyKey, JsonValue body) {
        PlacedOrder placed = orders.place(caller.accountId(), OrderJson.purchase(body), idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(placed.orderNo()).build())
                .entity(OrderJson.placed(placed)).build();
    }

    @GET
    @RolesAllowed({"PROVIDER", "CUSTOMER"})
    @Operation(summary = "The caller's orders (a provider's sales, a customer's purchases), newest first",
            description = "Filters: status, productId, from/to on the creation time (ISO-8601 with offset, from "
                    + "inclusive, to exclusive), q = an order number or its beginning. statusLabel is the caller's "
                    + "side's label. With Accept: text/csv the same list is exported as CSV.")
    @APIResponse(responseCode = "200", ref = "#/components/responses/OrderList")
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public StreamingOutput list(
            @Parameter(description = "PENDING_START, IN_PROGRESS, AWAITING_CONFIRMATION or COMPLETED") @QueryParam("status") String status,
            @QueryParam("productId") String productId,
            @Parameter(description = "created at or after, e.g. 2026-03-01T00:00:00+08:00") @QueryParam("from") String from,
            @Parameter(description = "created before") @QueryParam("to") String to,
            @Parameter(description = "order number or its beginning") @QueryParam("q") String q,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return OrderJson.list(orders.orders(caller.accountId(), OrderJson.filter(status, productId, from, to, q),
                Paging.of(cursor, limit), locale()));
    }

    @GET
    @Produces(CSV + ";qs=0.5")
    @RolesAllowed({"PROVIDER", "CUSTOMER"})
    @Operation(summary = "The caller's filtered order list as CSV (Accept: text/csv)",
            description = "UTF-8 with a byte-order mark; the header row in the caller's language; columns: order number, "
                    + "created (Asia/Shanghai), product, plan, quantity, amount, the caller's side's status label, the "
                    + "other party. Streamed in batches.")
    @APIResponse(responseCode = "200", ref = "#/components/responses/OrderList")
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Response export(@QueryParam("status") String status, @QueryParam("productId") String productId,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q) {
        long accountId = caller.accountId();
        OrderFilter filter = OrderJson.filter(status, productId, from, to, q);
        Locale locale = locale();
        orders.checkFilter(accountId, filter); // checks role and filter before the first byte, so errors are still problem+json
        StreamingOutput body = out -> orders.exportCsv(accountId, filter, locale, out);
        return Response.ok(body).type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"orders.csv\"").build();
    }

    @GET
    @Path("{orderNo}")
    @RolesAllowed({"PROVIDER", "CUSTOMER"})
    @Operation(summary = "One order, for its customer or its provider")
    @APIResponse(responseCode = "200", description = "The order", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Order"), examples = @ExampleObject(name = "order", value = ORDER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public Response get(@PathParam("orderNo") String orderNo) {
        return ok(orders.order(caller.accountId(), orderNo, locale()));
    }

    @POST
    @Path("{orderNo}/requirement")
    @RolesAllowed("CUSTOMER")
    @Operation(summary = "Submit (or submit again) the requirement form, until the provider starts",
            description = "Checked against the form the order snapshotted: required fields, no unknown fields, NUMBER "
                    + "numeric, SELECT among the options, TEXT up to 200 and TEXTAREA up to 2000 characters; each broken "
                    + "field is reported as fields.<name>.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Requirement"),
            examples = @ExampleObject(name = "requirement", value = REQUIREMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The order", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Order"), examples = @ExampleObject(name = "order", value = ORDER_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "Work has started", ref = "#/components/responses/Conflict")
    public Response requirement(@PathParam("orderNo") String orderNo, JsonValue body) {
        return ok(orders.submitRequirement(caller.accountId(), orderNo, OrderJson.requirement(body), locale()));
    }

    @POST
    @Path("{orderNo}/start")
    @RolesAllowed("PROVIDER")
    @Operation(summary = "Start implementation (开始实施): PENDING_START → IN_PROGRESS")
    @APIResponse(responseCode = "200", description = "The order", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Order"), examples = @ExampleObject(name = "order", value = ORDER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "Not waiting to start, or the product needs the requirement form "
            + "first and the customer has not submitted it", ref = "#/components/responses/Conflict")
    public Response start(@PathParam("orderNo") String orderNo) {
        return ok(orders.start(caller.accountId(), orderNo, locale()));
    }

    @POST
    @Path("{orderNo}/complete")
    @RolesAllowed("PROVIDER")
    @Operation(summary = "Mark the work complete (已完成): IN_PROGRESS → AWAITING_CONFIRMATION; sets autoConfirmAt")
    @APIResponse(responseCode = "200", description = "The order", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Order"), examples = @ExampleObject(name = "order", value = ORDER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "Not in progress", ref = "#/components/responses/Conflict")
    public Response complete(@PathParam("orderNo") String orderNo) {
        return ok(orders.complete(caller.accountId(), orderNo, locale()));
    }

    @POST
    @Path("{orderNo}/remind")
    @RolesAllowed("PROVIDER")
    @Operation(summary = "Remind the customer to confirm (催促), at most once per reminder interval")
    @APIResponse(responseCode = "202", description = "The order", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Order"), examples = @ExampleObject(name = "order", value = ORDER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "Not awaiting the customer", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public Response remind(@PathParam("orderNo") String orderNo) {
        OrderView order = orders.remind(caller.accountId(), orderNo, locale());
        return Response.accepted(OrderJson.order(order)).tag(tag(order)).build();
    }

    @POST
    @Path("{orderNo}/confirm")
    @RolesAllowed("CUSTOMER")
    @Operation(summary = "Confirm completion (确认完成): AWAITING_CONFIRMATION → COMPLETED")
    @APIResponse(responseCode = "200", description = "The order", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Order"), examples = @ExampleObject(name = "order", value = ORDER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "Not awaiting confirmation", ref = "#/components/responses/Conflict")
    public Response confirm(@PathParam("orderNo") String orderNo) {
        return ok(orders.confirm(caller.accountId(), orderNo, locale()));
    }

    private Response ok(OrderView order) {
        JsonObject body = OrderJson.order(order);
        return Response.ok(body).tag(tag(order)).build();
    }

    private Locale locale() {
        return problems.locale();
    }

    private static EntityTag tag(OrderView order) {
        return new EntityTag(String.valueOf(order.version()));
    }
}
