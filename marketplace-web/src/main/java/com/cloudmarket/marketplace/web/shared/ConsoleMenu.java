package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The navigation menu of the console template: the pages of the signed-in account's roles. */
@Named
@RequestScoped
public class ConsoleMenu {

    @Inject
    private CurrentAccount currentAccount;

    public List<ConsolePage> getPages() {
        return ConsolePage.menuFor(currentAccount.getRoles());
    }

    public boolean isCurrent(ConsolePage page) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null && page.covers(context.getViewRoot().getViewId());
    }
}
