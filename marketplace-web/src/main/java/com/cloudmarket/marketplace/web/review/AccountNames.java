package com.cloudmarket.marketplace.web.review;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Display names of accounts (providers, operators), looked up once per page view: a page names the same account often. */
final class AccountNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> names = new HashMap<>();

    String of(AccountService accounts, long accountId) {
        return names.computeIfAbsent(accountId, id -> {
            try {
                return accounts.find(id).displayName();
            } catch (NotFoundException e) {
                return "";
            }
        });
    }
}
