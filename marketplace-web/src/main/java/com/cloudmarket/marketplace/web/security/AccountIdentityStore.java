package com.cloudmarket.marketplace.web.security;

import com.cloudmarket.marketplace.account.application.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks console logins against the accounts. The caller name is the numeric account ID, not the login,
 * so every page and service call identifies the account by the key that never changes.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.verifyCredentials(credential.getCaller(), credential.getPasswordAsString())
                .map(account -> new CredentialValidationResult(String.valueOf(account.accountId()), account.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
