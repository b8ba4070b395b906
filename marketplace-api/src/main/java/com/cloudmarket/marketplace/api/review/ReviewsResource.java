package com.cloudmarket.marketplace.api.review;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.review.application.QueueCounts;
import com.cloudmarket.marketplace.review.application.ReviewDetailView;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.application.ReviewView;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's review queue of every kind of subject, ordered by due time. */
@Path("reviews")
@RequestScoped
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
@RolesAllowed("OPERATOR")
public class ReviewsResource {

    @EJB
    private ReviewService reviews;

    @Inject
    private Caller caller;

    @GET
    @Operation(summary = "Reviews of a status (default PENDING) ordered by dueAt, with the overdue flag")
    @APIResponse(responseCode = "200", description = "A page of reviews", content = @Content(schema = @Schema(ref = "ReviewPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public Page<ReviewView> queue(@Parameter(description = "PENDING (default), APPROVED or REJECTED") @QueryParam("status") String status, @QueryParam("cursor") String cursor,
                                  @QueryParam("limit") String limit) {
        return reviews.queue(status, cursor, limit(limit), caller.accountId());
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many reviews wait for a decision, and how many of them are overdue (the dashboard's numbers)")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(ref = "QueueCounts")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public QueueCounts counts() {
        return reviews.pendingCounts(caller.accountId());
    }

    @GET
    @Path("{reviewId}")
    @Operation(summary = "One review with the field-level changes (live → proposed; as they stood at the decision once "
            + "decided) and the provider's onboarding")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(schema = @Schema(ref = "ReviewDetail")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public ReviewDetailView get(@PathParam("reviewId") long reviewId) {
        return reviews.detail(reviewId, caller.accountId());
    }

    @POST
    @Path("{reviewId}/approve")
    @Operation(summary = "Approve: the change is applied; product reviews need the provider's onboarding complete")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(ref = "Review")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "Already decided, lost a concurrent decision, or onboarding incomplete",
            ref = "#/components/responses/Conflict")
    public ReviewView approve(@PathParam("reviewId") long reviewId) {
        return reviews.approve(reviewId, caller.accountId());
    }

    @POST
    @Path("{reviewId}/reject")
    @Operation(summary = "Reject with a mandatory reason; the live version stays")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Rejection")))
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(ref = "Review")))
    @APIResponse(responseCode = "400", description = "Empty reason", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "409", description = "Already decided or lost a concurrent decision",
            ref = "#/components/responses/Conflict")
    public ReviewView reject(@PathParam("reviewId") long reviewId, RejectCommand command) {
        return reviews.reject(reviewId, caller.accountId(), command == null ? null : command.reason());
    }

    private static Integer limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("limit", "number");
        }
    }

    public record RejectCommand(String reason) {
    }
}
