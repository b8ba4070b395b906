package com.cloudmarket.marketplace.account.application;

import com.cloudmarket.marketplace.account.domain.Account;
import com.cloudmarket.marketplace.account.domain.Role;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The roles of each account, kept once read: an account gets them at sign-up and they never change. Every API request
 * and every order list page asks for them, and an EJB call with an entity lookup was 4 % of a list request (JFR).
 * Past its size it starts over.
 */
@ApplicationScoped
public class AccountRoles {

    static final int MAX_ENTRIES = 10_000;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    private final ConcurrentHashMap<Long, Set<String>> byAccount = new ConcurrentHashMap<>();

    /** An unknown account is a 404. */
    public Set<String> of(long accountId) {
        Set<String> roles = byAccount.get(accountId);
        if (roles != null) {
            return roles;
        }
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("error.accountNotFound");
        }
        roles = account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        if (byAccount.size() >= MAX_ENTRIES) {
            byAccount.clear();
        }
        byAccount.put(accountId, roles);
        return roles;
    }
}
