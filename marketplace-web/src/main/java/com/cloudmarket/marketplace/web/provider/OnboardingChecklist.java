package com.cloudmarket.marketplace.web.provider;

import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.provider.application.OnboardingView;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

/**
 * The provider's onboarding checklist: sign the current agreement, pay the deposit. Product approval needs both, so the
 * page says which is missing. The version signed and the amount paid are the ones the page showed, so a setting changed
 * meanwhile is refused by the service instead of being signed or paid unseen.
 */
@Named
@ViewScoped
public class OnboardingChecklist implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ACCEPT_INPUT = "agreement-accept";
    static final String PAY_BUTTON = "deposit-pay";
    /** The service's field names and the page's elements their errors belong to. */
    private static final Map<String, String> INPUTS = Map.of("version", ACCEPT_INPUT, "amount", PAY_BUTTON);

    @EJB
    private OnboardingService onboarding;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private OnboardingView view;
    private boolean accepted;
    private boolean justSigned;
    private boolean justPaid;

    public void load() {
        view = onboarding.onboarding(currentAccount.getAccountId());
    }

    public void sign() {
        justSigned = false;
        if (!accepted) {
            FacesFeedback.error(ACCEPT_INPUT, FacesFeedback.text(FacesContext.getCurrentInstance(), "onboarding.agreement.acceptRequired"));
            return;
        }
        try {
            view = onboarding.signAgreement(currentAccount.getAccountId(), view.currentAgreementVersion());
            justSigned = true;
            accepted = false;
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, INPUTS, localeSelection.getLocale());
            load();
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            load();
        }
    }

    public void pay() {
        justPaid = false;
        try {
            view = onboarding.payDeposit(currentAccount.getAccountId(), view.requiredDeposit().amount().toPlainString());
            justPaid = true;
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, INPUTS, localeSelection.getLocale());
            load();
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            load();
        }
    }

    public OnboardingView getView() {
        return view;
    }

    /** Signed some version, but not the current one: the page asks to sign the new version. */
    public boolean isOutdatedAgreement() {
        return view != null && !view.agreementSigned() && view.agreementVersion() != null;
    }

    /** Bundle keys of the missing items ({@code onboarding.missing.AGREEMENT} …), in checklist order. */
    public List<String> getMissingKeys() {
        return missingKeys(view == null ? List.of() : view.missing());
    }

    static List<String> missingKeys(List<String> missing) {
        return missing.stream().map(item -> "onboarding.missing." + item).toList();
    }

    /** The confirmation dialog's question, with the amount that will be charged. */
    public String getConfirmText() {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = FacesFeedback.text(context, "onboarding.deposit.confirm.text");
        return new MessageFormat(pattern, localeSelection.getLocale())
                .format(new Object[] {view == null ? null : view.requiredDeposit().amount()});
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public boolean isJustSigned() {
        return justSigned;
    }

    public boolean isJustPaid() {
        return justPaid;
    }
}
