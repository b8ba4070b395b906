package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The site root: a signed-in account goes to its dashboard, anyone else to the login page. */
@Named
@RequestScoped
public class Home {

    @Inject
    private CurrentAccount currentAccount;

    public String route() {
        return currentAccount.find()
                .flatMap(account -> ConsolePage.dashboardFor(account.roles()))
                .map(ConsolePage::getRedirect)
                .orElse(ConsolePage.loginRedirect());
    }
}
