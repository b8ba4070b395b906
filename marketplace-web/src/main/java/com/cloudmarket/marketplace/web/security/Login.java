package com.cloudmarket.marketplace.web.security;

import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.domain.TooManyRequestsException;
import com.cloudmarket.marketplace.web.shared.ConsolePage;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/** The login page. Request scoped so the typed password never outlives the request that submits it. */
@Named
@RequestScoped
public class Login {

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String login;
    private String password;

    /** A signed-in account opening the login page goes straight to its dashboard. */
    public String redirectIfSignedIn() {
        return dashboard().orElse(null);
    }

    public String submit() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // a fresh dialog: whatever page was asked for before, the account lands on its own dashboard
        AuthenticationParameters parameters = AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(orEmpty(login), new Password(orEmpty(password))));
        AuthenticationStatus status = securityContext.authenticate(request, response, parameters);
        password = null;
        switch (status) {
            case SEND_CONTINUE:
                context.responseComplete();
                return null;
            case SUCCESS:
                Optional<String> dashboard = dashboard();
                if (dashboard.isPresent()) {
                    // against session fixation: the id a visitor had before login must not carry the authentication
                    if (request.getSession(false) != null) {
                        request.changeSessionId();
                    }
                    currentAccount.find().map(AccountView::language).ifPresent(localeSelection::adoptAccountLanguage);
                    return dashboard.get();
                }
                // an account with no console to open stays signed out
                logout(request);
                break;
            default:
                break;
        }
        if (request.getAttribute(ConsoleLoginMechanism.THROTTLED) instanceof TooManyRequestsException throttled) {
            // as the API answers: 429 with the wait, and the page says how long
            response.setStatus(TOO_MANY_REQUESTS);
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            FacesFeedback.error(null, Messages.text(localeSelection.getLocale(), throttled.messageKey(),
                    throttled.arguments()));
            return null;
        }
        // one message whatever was wrong, so the page does not tell which logins exist
        FacesFeedback.error(null, Messages.text(localeSelection.getLocale(), "error.authenticationFailed"));
        return null;
    }

    private static void logout(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("could not undo the login of an account without a console", e);
        }
    }

    private Optional<String> dashboard() {
        return currentAccount.find()
                .flatMap(account -> ConsolePage.dashboardFor(account.roles()))
                .map(ConsolePage::getRedirect);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
