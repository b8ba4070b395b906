package com.cloudmarket.marketplace.web.provider;

import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.application.ProviderView;
import com.cloudmarket.marketplace.provider.application.RevisionView;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.ProfileRules;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider's "modify" form: a draft of all three sections, saved as the draft revision and submitted to review.
 * Starts from the draft, else the live profile; while a revision is in review the form shows it read-only. Refused
 * input stays in the form (the inputs are never marked invalid in Faces) with the service's message next to each field.
 */
@Named
@ViewScoped
public class ProfileEdit implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PROFILE_REDIRECT = "/provider/profile.xhtml?faces-redirect=true";
    private static final Map<String, String> INPUTS = ProfileSections.inputIds();

    @EJB
    private ProviderService providers;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private final Map<String, String> fields = new LinkedHashMap<>();
    private RevisionView pending;
    private RevisionView draft;
    private boolean profileLive;
    private OffsetDateTime savedAt;

    public void load() {
        try {
            ProviderView view = providers.overview(currentAccount.getAccountId());
            pending = view.pendingRevision();
            draft = view.draft();
            profileLive = view.profileLive();
            fields.clear();
            fields.putAll(ProfileSections.formValues(pending, draft, view.profileLive() ? view.profile() : null));
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    /** Saves the form as the draft; the live profile does not change. */
    public void save() {
        savedAt = null;
        if (store() != null) {
            savedAt = draft.updatedAt();
        }
    }

    /** Saves the form as the draft, then sends it to review and goes back to the account page, which shows it pending. */
    public String submit() {
        savedAt = null;
        if (store() == null) {
            return null;
        }
        try {
            providers.submit(currentAccount.getAccountId());
            FacesContext context = FacesContext.getCurrentInstance();
            String text = FacesFeedback.text(context, "profileEdit.submitted");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            context.getExternalContext().getFlash().setKeepMessages(true);
            return PROFILE_REDIRECT;
        } catch (MarketplaceException e) {
            // the draft is saved; whatever stopped the submission (someone submitted meanwhile) is shown with the form
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            reloadState();
            return null;
        }
    }

    /** The saved draft, or null after showing why it was refused. */
    private RevisionView store() {
        if (isReadOnly()) {
            return null;
        }
        try {
            draft = providers.saveDraft(currentAccount.getAccountId(), ProfileContent.fromFields(fields));
            return draft;
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, INPUTS, localeSelection.getLocale());
        } catch (ConflictException e) {
            // a revision went to review from elsewhere (another tab, the API): show it read-only
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            reloadState();
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
        return null;
    }

    /** Refreshes where the profile stands without replacing what the user typed, unless it is now read-only. */
    private void reloadState() {
        ProviderView view = providers.overview(currentAccount.getAccountId());
        pending = view.pendingRevision();
        draft = view.draft();
        profileLive = view.profileLive();
        if (pending != null) {
            fields.clear();
            fields.putAll(ProfileSections.formValues(pending, null, null));
        }
    }

    /** A revision in review is frozen until it is decided. */
    public boolean isReadOnly() {
        return pending != null;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    /** Maximum lengths per field path, the same the service checks. */
    public Map<String, Integer> getMax() {
        return ProfileRules.MAX;
    }

    public RevisionView getPending() {
        return pending;
    }

    public RevisionView getDraft() {
        return draft;
    }

    public boolean isProfileLive() {
        return profileLive;
    }

    public boolean isSaved() {
        return savedAt != null;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }
}
