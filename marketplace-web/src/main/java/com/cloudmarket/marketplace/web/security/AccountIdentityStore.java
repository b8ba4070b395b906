package com.cloudmarket.marketplace.web.security;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.LoginOrigin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

/**
 * Checks console logins against the accounts. The caller name is the numeric account ID, not the login,
 * so every page and service call identifies the account by the key that never changes.
 */
@ApplicationScoped
public class AccountIdentityStore {

    @EJB
    private AccountService accounts;

    /** Throttled with the API's token requests: past the limits this throws {@code TooManyRequestsException}. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential, LoginOrigin origin) {
        return accounts.verifyCredentials(credential.getCaller(), credential.getPasswordAsString(), origin)
                .map(account -> new CredentialValidationResult(String.valueOf(account.accountId()), account.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
