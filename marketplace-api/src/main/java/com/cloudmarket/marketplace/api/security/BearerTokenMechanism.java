package com.cloudmarket.marketplace.api.security;

import com.cloudmarket.marketplace.account.application.TokenHolder;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.shared.infrastructure.DatabaseOutage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/**
 * Turns {@code Authorization: Bearer <token>} into the container's caller. It never answers by itself: whether a missing
 * or rejected token matters is the access rule's decision, so public operations stay public; so is a token that could
 * not be checked because the database is away (503 rather than the container's bare 500).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String PREFIX = "Bearer ";

    @EJB
    private TokenService tokens;

    @Inject
    private Caller caller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            caller.rejectedToken();
            return context.doNothing();
        }
        Optional<TokenHolder> account;
        try {
            account = tokens.authenticate(header.substring(PREFIX.length()).strip());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCauseOf(e)) {
                throw e;
            }
            caller.uncheckableToken();
            return context.doNothing();
        }
        if (account.isEmpty()) {
            caller.rejectedToken();
            return context.doNothing();
        }
        caller.authenticated(account.get());
        return context.notifyContainerAboutLogin(String.valueOf(account.get().accountId()), account.get().roles());
    }
}
