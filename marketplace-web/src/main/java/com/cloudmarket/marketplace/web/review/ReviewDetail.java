package com.cloudmarket.marketplace.web.review;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.provider.application.OnboardingView;
import com.cloudmarket.marketplace.review.application.ReviewDetailView;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.audit.AuditService;
import com.cloudmarket.marketplace.shared.audit.AuditView;
import com.cloudmarket.marketplace.shared.audit.FieldChange;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One review as the operator decides it: what changes (live → proposed, field by field), the provider's onboarding
 * beside it, approve or reject with a reason, and the provider's audit trail below. The review is a view parameter
 * ({@code ?id=123}); an id that names no review shows a message on the page rather than an error page.
 */
@Named
@ViewScoped
public class ReviewDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int AUDIT_PAGE_SIZE = 20;
    static final String PENDING = "PENDING";
    /** The service calls the reason "reason"; the dialog's textarea is {@code reject-reason}. */
    private static final Map<String, String> INPUTS = Map.of("reason", "reject-reason");

    @EJB
    private ReviewService reviews;

    @EJB
    private AuditService auditService;

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String id;
    private Long reviewId;
    private ReviewDetailView review;
    private boolean notFound;
    private String reason;
    /** The outcome this operator has just given in this view, for the confirmation; null until then. */
    private String decidedHere;
    private final LoadMoreList<AuditView> audit = new LoadMoreList<>();
    private final AccountNames names = new AccountNames();

    public void load() {
        reviewId = parseId(id);
        if (reviewId == null) {
            notFound = true;
            return;
        }
        refresh();
        reloadAudit();
    }

    /** A positive review id, or null for anything else (missing, text, zero, too large). */
    static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            return parsed > 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refresh() {
        try {
            review = reviews.detail(reviewId, currentAccount.getAccountId());
            notFound = false;
        } catch (NotFoundException e) {
            review = null;
            notFound = true;
        }
    }

    private void reloadAudit() {
        audit.clear();
        if (review != null) {
            audit.restart(this::auditPage);
        }
    }

    public void moreAudit() {
        audit.more(this::auditPage);
    }

    private Page<AuditView> auditPage(String cursor) {
        return auditService.ofProvider(review.providerAccountId(), PageRequest.of(cursor, AUDIT_PAGE_SIZE));
    }

    public void approve() {
        if (!isPending()) {
            return;
        }
        try {
            reviews.approve(reviewId, currentAccount.getAccountId());
            decidedHere = "APPROVED";
        } catch (MarketplaceException e) {
            // decided meanwhile, lost a concurrent decision, onboarding incomplete: say why, show the current state
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
        refresh();
        reloadAudit();
    }

    public void reject() {
        if (!isPending()) {
            return;
        }
        try {
            reviews.reject(reviewId, currentAccount.getAccountId(), reason);
            decidedHere = "REJECTED";
            reason = null;
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, INPUTS, localeSelection.getLocale());
            // keeps the dialog open (its oncomplete looks at validationFailed)
            FacesContext.getCurrentInstance().validationFailed();
            return;
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
        refresh();
        reloadAudit();
    }

    public boolean isPending() {
        return review != null && PENDING.equals(review.status());
    }

    public boolean isDecided() {
        return review != null && !PENDING.equals(review.status());
    }

    /** The display name of an account (provider, deciding operator, audit actor); empty if it is gone. */
    public String accountName(long accountId) {
        return names.of(accounts, accountId);
    }

    public String getProviderName() {
        return review == null ? "" : accountName(review.providerAccountId());
    }

    public String getDeciderName() {
        return review == null || review.decidedBy() == null ? "" : accountName(review.decidedBy());
    }

    private ReviewLabels labels() {
        return ReviewLabels.of(FacesContext.getCurrentInstance());
    }

    public String getStatusLabel() {
        return review == null ? "" : labels().status(review.status());
    }

    public String getSubjectLabel() {
        return review == null ? "" : labels().subject(review.subject());
    }

    public String fieldLabel(String field) {
        return labels().field(field);
    }

    public String value(String field, String value) {
        return labels().value(field, value);
    }

    public String actionLabel(String action) {
        return labels().action(action);
    }

    /** PrimeFaces tag severity of a status: the colour of the outcome. */
    public String severity(String status) {
        return switch (status == null ? "" : status) {
            case "APPROVED" -> "success";
            case "REJECTED" -> "danger";
            default -> "info";
        };
    }

    /** The missing onboarding items by their texts, e.g. "签署服务商协议、缴纳保证金". */
    public String getMissingOnboarding() {
        OnboardingView onboarding = review == null ? null : review.onboarding();
        return onboarding == null ? "" : labels().onboardingItems(onboarding.missing());
    }

    public List<FieldChange> getChanges() {
        return review == null || review.changes() == null ? List.of() : review.changes();
    }

    public ReviewDetailView getReview() {
        return review;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getDecidedHere() {
        return decidedHere;
    }

    public List<AuditView> getAudit() {
        return audit.getItems();
    }

    public boolean isMoreAuditAvailable() {
        return audit.isMoreAvailable();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
