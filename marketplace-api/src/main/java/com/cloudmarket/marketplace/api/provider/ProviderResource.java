package com.cloudmarket.marketplace.api.provider;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.api.shared.EntityTags;
import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.provider.application.OnboardingView;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.application.ProviderView;
import com.cloudmarket.marketplace.provider.application.RevisionView;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling provider's own organisation: profile, draft and its review, revision history, onboarding. */
@Path("provider")
@RequestScoped
@Tag(name = "Provider")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
@RolesAllowed("PROVIDER")
public class ProviderResource {

    @EJB
    private ProviderService providers;

    @EJB
    private OnboardingService onboarding;

    @Inject
    private Caller caller;

    @GET
    @Operation(summary = "The caller's provider organisation: live profile, onboarding, the revision in review and the "
            + "draft (or null); the ETag is what a draft edit names in If-Match")
    @APIResponse(responseCode = "200", description = "The provider", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "Provider")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Response get() {
        ProviderView provider = providers.overview(caller.accountId());
        return Response.ok(provider).tag(EntityTags.of(provider.version())).build();
    }

    @PUT
    @Path("profile/draft")
    @Operation(summary = "Create or replace the draft profile revision; the live profile does not change",
            description = "With If-Match (the ETag of GET /provider or of the last save), a change of the provider made "
                    + "meanwhile answers 412 instead of being overwritten.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProfileContent")))
    @APIResponse(responseCode = "200", description = "The draft", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(ref = "ProfileRevision")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "A revision is in review and cannot be edited, or a concurrent save "
            + "won", ref = "#/components/responses/Conflict")
    @APIResponse(responseCode = "412", ref = "#/components/responses/PreconditionFailed")
    public Response saveDraft(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProfileContent draft) {
        ProviderView saved = providers.saveDraft(caller.accountId(), draft, EntityTags.expected(ifMatch));
        return Response.ok(saved.draft()).tag(EntityTags.of(saved.version())).build();
    }

    @POST
    @Path("profile/draft/submit")
    @Operation(summary = "Submit the draft for review; due after the configured number of business days")
    @APIResponse(responseCode = "202", description = "In review", content = @Content(schema = @Schema(ref = "SubmittedRevision")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "No draft, or a revision is already in review",
            ref = "#/components/responses/Conflict")
    public Response submit() {
        return Response.accepted(providers.submit(caller.accountId())).build();
    }

    @GET
    @Path("profile/revisions")
    @Operation(summary = "The history of profile revisions, newest first, with status, times and reject reason")
    @APIResponse(responseCode = "200", description = "A page of revisions", content = @Content(schema = @Schema(ref = "RevisionPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Page<RevisionView> revisions(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return providers.revisions(caller.accountId(), Paging.of(cursor, limit));
    }

    @GET
    @Path("profile/revisions/{revisionId}")
    @Operation(summary = "One of the caller's profile revisions")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(schema = @Schema(ref = "ProfileRevision")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public RevisionView revision(@PathParam("revisionId") long revisionId) {
        return providers.revision(caller.accountId(), revisionId);
    }

    @POST
    @Path("agreement")
    @Operation(summary = "Sign the provider agreement; the version must be the current one")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementSignature")))
    @APIResponse(responseCode = "200", description = "The onboarding checklist",
            content = @Content(schema = @Schema(ref = "Onboarding")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public OnboardingView signAgreement(JsonValue body) {
        return onboarding.signAgreement(caller.accountId(), text(body, "version"));
    }

    @POST
    @Path("deposit")
    @Operation(summary = "Pay the deposit through the payment gateway (simulated by default); amount as a decimal string")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DepositPayment")))
    @APIResponse(responseCode = "200", description = "The onboarding checklist",
            content = @Content(schema = @Schema(ref = "Onboarding")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "409", description = "Already paid", ref = "#/components/responses/Conflict")
    public OnboardingView payDeposit(JsonValue body) {
        return onboarding.payDeposit(caller.accountId(), text(body, "amount"));
    }

    /**
     * A string or number member as text; absent or null is null. The body is taken as any JSON value, not as a
     * JsonObject parameter, so an array or a bare string is a 400 rather than a failed method invocation.
     */
    private static String text(JsonValue body, String name) {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            throw InvalidInputException.of("body", "required");
        }
        if (!(body instanceof JsonObject object)) {
            throw InvalidInputException.of("body", "object");
        }
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        throw InvalidInputException.of(name, "required");
    }
}
