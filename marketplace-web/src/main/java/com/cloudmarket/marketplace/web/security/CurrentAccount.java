package com.cloudmarket.marketplace.web.security;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in account, read once per request rather than kept in the session, so a changed display name shows at once
 * and the session holds nothing but the authentication.
 */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private AccountService accounts;

    private AccountView account;

    /** Not cached when empty: a login during this request must be seen by the redirect that follows it. */
    public Optional<AccountView> find() {
        if (account == null) {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller != null) {
                account = load(caller.getName());
            }
        }
        return Optional.ofNullable(account);
    }

    public AccountView get() {
        return find().orElseThrow(() -> new IllegalStateException("no account is signed in"));
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public long getAccountId() {
        return get().accountId();
    }

    public String getDisplayName() {
        return get().displayName();
    }

    /** The account's roles, most privileged first. */
    public List<String> getRoles() {
        Optional<AccountView> found = find();
        if (found.isEmpty()) {
            return List.of();
        }
        return Roles.PRIORITY.stream().filter(found.get()::hasRole).toList();
    }

    private AccountView load(String callerName) {
        try {
            return accounts.find(Long.parseLong(callerName));
        } catch (NumberFormatException | NotFoundException e) {
            // a principal from elsewhere, or an account removed since login: treat as signed out
            return null;
        }
    }
}
