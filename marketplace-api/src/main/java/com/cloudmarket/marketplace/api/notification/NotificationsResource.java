package com.cloudmarket.marketplace.api.notification;

import com.cloudmarket.marketplace.api.MarketplaceApi;
import com.cloudmarket.marketplace.api.problem.Problems;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.notification.application.NotificationView;
import com.cloudmarket.marketplace.shared.application.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("notifications")
@RequestScoped
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MarketplaceApi.BEARER)
public class NotificationsResource {

    @EJB
    private InboxService inbox;

    @Inject
    private Caller caller;

    @Inject
    private Problems problems;

    @GET
    @RolesAllowed({"PROVIDER", "CUSTOMER", "OPERATOR"})
    @Operation(summary = "The caller's in-app inbox, newest first, in the Accept-Language language")
    @APIResponse(responseCode = "200", description = "A page of messages",
            content = @Content(schema = @Schema(ref = "NotificationPage")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    public Page<NotificationView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return inbox.inbox(caller.accountId(), Paging.of(cursor, limit), problems.locale());
    }

    @GET
    @Path("unread-count")
    @RolesAllowed({"PROVIDER", "CUSTOMER", "OPERATOR"})
    @Operation(summary = "How many of the caller's inbox messages are unread (the dashboard's badge)")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(schema = @Schema(ref = "UnreadCount")))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount(caller.accountId()));
    }

    public record UnreadCount(long unread) {
    }
}
