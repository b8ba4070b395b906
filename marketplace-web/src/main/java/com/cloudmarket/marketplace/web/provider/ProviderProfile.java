package com.cloudmarket.marketplace.web.provider;

import com.cloudmarket.marketplace.provider.application.OnboardingView;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.application.ProviderView;
import com.cloudmarket.marketplace.provider.application.RevisionView;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The provider's account page: account ID, the live profile in its three sections, where the latest change stands
 * (in review, draft, rejected) and the revision history, newest first with "more" like the inbox. The dashboard uses
 * the same bean for its short status summary.
 */
@Named
@ViewScoped
public class ProviderProfile implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;

    @EJB
    private ProviderService providers;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private ProviderView view;
    private List<ProfileSections.Section> sections = List.of();
    private final LoadMoreList<RevisionView> revisions = new LoadMoreList<>();
    private RevisionView lastRejection;

    public void load() {
        try {
            view = providers.overview(currentAccount.getAccountId());
            sections = ProfileSections.of(view.profile());
            revisions.restart(this::page);
            lastRejection = ProfileSections.lastRejection(revisions.getItems()).orElse(null);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    public void more() {
        try {
            revisions.more(this::page);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    private Page<RevisionView> page(String cursor) {
        return providers.revisions(currentAccount.getAccountId(), PageRequest.of(cursor, PAGE_SIZE));
    }

    public boolean isLoaded() {
        return view != null;
    }

    public ProviderView getView() {
        return view;
    }

    public boolean isProfileLive() {
        return view != null && view.profileLive();
    }

    public RevisionView getPending() {
        return view == null ? null : view.pendingRevision();
    }

    public RevisionView getDraft() {
        return view == null ? null : view.draft();
    }

    public OnboardingView getOnboarding() {
        return view == null ? null : view.onboarding();
    }

    /** The latest decided revision when it was rejected; null when it was approved or none was decided yet. */
    public RevisionView getLastRejection() {
        return lastRejection;
    }

    public List<ProfileSections.Section> getSections() {
        return sections;
    }

    public List<RevisionView> getRevisions() {
        return revisions.getItems();
    }

    public boolean isMoreAvailable() {
        return revisions.isMoreAvailable();
    }

    /**
     * Where the profile stands, for the dashboard ({@code provider.profileState.<state>}): PENDING, DRAFT, REJECTED
     * (the latest decision, nothing newer open), LIVE or NONE (nothing submitted yet).
     */
    public String getProfileState() {
        return view == null ? null : profileState(view.pendingRevision(), view.draft(), lastRejection, view.profileLive());
    }

    static String profileState(RevisionView pending, RevisionView draft, RevisionView lastRejection, boolean live) {
        if (pending != null) {
            return "PENDING";
        }
        if (draft != null) {
            return "DRAFT";
        }
        if (lastRejection != null) {
            return "REJECTED";
        }
        return live ? "LIVE" : "NONE";
    }

    public String severity(String status) {
        return ProfileSections.severity(status);
    }

    public String getProfileStateSeverity() {
        String state = getProfileState();
        return switch (state == null ? "" : state) {
            case "LIVE" -> "success";
            case "PENDING", "DRAFT" -> "warning";
            case "REJECTED" -> "danger";
            default -> "info";
        };
    }

    /** Bundle keys of the open onboarding items ({@code onboarding.missing.AGREEMENT} …). */
    public List<String> getMissingOnboardingKeys() {
        return OnboardingChecklist.missingKeys(view == null ? List.of() : view.onboarding().missing());
    }
}
