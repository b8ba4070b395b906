package com.cloudmarket.marketplace.api.webhook;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.shared.application.JsonInput;
import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.webhook.application.DeliveryAttemptView;
import com.cloudmarket.marketplace.webhook.application.WebhookRequest;
import com.cloudmarket.marketplace.webhook.application.WebhookService;
import com.cloudmarket.marketplace.webhook.application.WebhookView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The calling provider's webhook subscriptions and their delivery attempts. Deliveries are {@code POST}s of
 * {@code {id, type, occurredAt, data}} signed in {@code X-Marketplace-Signature}; see the tag's description.
 */
@Path("webhooks")
@RequestScoped
@Tag(name = "Webhooks", description = "Each delivery is a POST of a WebhookEvent {id, type, occurredAt, data} with "
        + "X-Marketplace-Signature: sha256=<hex HMAC-SHA256 of the raw body keyed with the subscription's secret>, and "
        + "X-Marketplace-Event, X-Marketplace-Event-Id, X-Marketplace-Delivery. Answer 2xx within 5 s; anything else "
        + "is retried with back-off (10 s, 30 s, 90 s … at most 6 h apart, 12 attempts). Delivery is at least once: "
        + "the id stays the same across retries, so de-duplicate on it.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
@RolesAllowed("PROVIDER")
public class WebhooksResource {

    @EJB
    private WebhookService webhooks;

    @Inject
    private Caller caller;

    @Context
    private UriInfo uri;

    @POST
    @Operation(summary = "Subscribe a URL to event types",
            description = "url: http or https, at most 500 characters, whose host must not resolve to a loopback, "
                    + "private, link-local or reserved address (unless the administrator allows the range); events: "
                    + "PROFILE_REVIEW_DECIDED, PRODUCT_REVIEW_DECIDED, ORDER_CREATED, REQUIREMENT_SUBMITTED, "
                    + "ORDER_STARTED, ORDER_COMPLETED, ORDER_REMINDED, ORDER_CONFIRMED, ORDER_AUTO_CONFIRMED; secret: "
                    + "16–128 visible ASCII characters, shown once here and never again. At most 20 subscriptions.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewWebhook")))
    @APIResponse(responseCode = "201", description = "The subscription", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "20 subscriptions already, or the Idempotency-Key was used for "
            + "another subscription", ref = "#/components/responses/Conflict")
    public Response subscribe(@Parameter(description = MarketplaceApi.IDEMPOTENCY_KEY) @HeaderParam(IdempotentRequest.HEADER)
                              String idempotencyKey, JsonValue body) {
        WebhookView created = webhooks.subscribe(caller.accountId(), request(body), idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.webhookId())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "The caller's subscriptions, newest first")
    @APIResponse(responseCode = "200", description = "A page of subscriptions",
            content = @Content(schema = @Schema(ref = "WebhookPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Page<WebhookView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return webhooks.subscriptions(caller.accountId(), Paging.of(cursor, limit));
    }

    @GET
    @Path("{webhookId}")
    @Operation(summary = "One subscription")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public WebhookView get(@PathParam("webhookId") long webhookId) {
        return webhooks.subscription(caller.accountId(), webhookId);
    }

    @DELETE
    @Path("{webhookId}")
    @Operation(summary = "Unsubscribe: nothing more is sent, deliveries still waiting are cancelled; the attempts made "
            + "stay readable until then")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public Response delete(@PathParam("webhookId") long webhookId) {
        webhooks.unsubscribe(caller.accountId(), webhookId);
        return Response.noContent().build();
    }

    @GET
    @Path("{webhookId}/deliveries")
    @Operation(summary = "Every delivery attempt of the subscription, newest first, with the answer's status code (null "
            + "when none came: error says why), the time, and where its delivery stands now")
    @APIResponse(responseCode = "200", description = "A page of attempts",
            content = @Content(schema = @Schema(ref = "WebhookAttemptPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public Page<DeliveryAttemptView> deliveries(@PathParam("webhookId") long webhookId,
                                                @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return webhooks.attempts(caller.accountId(), webhookId, Paging.of(cursor, limit));
    }

    @POST
    @Path("{webhookId}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivered, failed or cancelled delivery again now, with the same event id and body")
    @APIResponse(responseCode = "202", description = "The delivery, due again now",
            content = @Content(schema = @Schema(ref = "WebhookRedelivery")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public Response redeliver(@PathParam("webhookId") long webhookId, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(webhooks.redeliver(caller.accountId(), webhookId, deliveryId)).build();
    }

    static WebhookRequest request(JsonValue value) {
        JsonObject body = JsonInput.body(value);
        List<FieldError> errors = new ArrayList<>();
        String url = JsonInput.text(body, "url", "url", errors);
        String secret = JsonInput.text(body, "secret", "secret", errors);
        JsonArray array = JsonInput.array(body, "events", "events", errors);
        List<String> events = array == null ? null : new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s) {
                events.add(s.getString());
            } else {
                errors.add(new FieldError("events[" + i + "]", "text"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new WebhookRequest(url, events, secret);
    }
}
