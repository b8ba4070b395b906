package com.cloudmarket.marketplace.web.security;

import com.cloudmarket.marketplace.account.application.LoginOrigin;
import com.cloudmarket.marketplace.shared.domain.TooManyRequestsException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login of the consoles: what {@code @CustomFormAuthenticationMechanismDefinition} would build, written as a class.
 * The annotation makes Soteria register a mechanism bean for the whole EAR, which then collides with the API module's
 * bearer-token mechanism (ambiguous HttpAuthenticationMechanism on every /api request); a class in this WAR is seen only
 * here. The login page calls {@code SecurityContext.authenticate} itself, so it can show one message for every failure
 * and choose the dashboard; the empty error page keeps a failure on the login page.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({Roles.PROVIDER, Roles.CUSTOMER, Roles.OPERATOR})
@ApplicationScoped
public class ConsoleLoginMechanism implements HttpAuthenticationMechanism {

    /** The request attribute that carries a refusal by the login throttle to the login page. */
    static final String THROTTLED = ConsoleLoginMechanism.class.getName() + ".throttled";

    /** Called directly rather than through the IdentityStoreHandler, which is shared by the EAR's modules. */
    @Inject
    private AccountIdentityStore identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        if (credential instanceof UsernamePasswordCredential login) {
            try {
                return context.notifyContainerAboutLogin(identityStore.validate(login,
                        new LoginOrigin(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"))));
            } catch (TooManyRequestsException e) {
                // the login page tells the user to wait; the container only learns that this login failed
                request.setAttribute(THROTTLED, e);
            }
        }
        return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
}
