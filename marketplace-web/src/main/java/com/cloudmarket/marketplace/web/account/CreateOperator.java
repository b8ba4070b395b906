package com.cloudmarket.marketplace.web.account;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.account.application.NewOperatorCommand;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Set;

/** An operator adding another operator; the service checks again that the actor is one. */
@Named
@ViewScoped
public class CreateOperator implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("login", "password", "displayName");

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String login;
    private String password;
    private String displayName;
    private Long createdAccountId;
    private String createdLogin;

    public void submit() {
        createdAccountId = null;
        createdLogin = null;
        try {
            AccountView created = accounts.createOperator(new NewOperatorCommand(login, password, displayName),
                    currentAccount.getAccountId());
            createdAccountId = created.accountId();
            createdLogin = created.login();
            // cleared so the form is ready for the next operator
            login = null;
            displayName = null;
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, FIELDS, localeSelection.getLocale());
        } catch (ConflictException e) {
            FacesFeedback.refused("login", e, localeSelection.getLocale());
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        } finally {
            password = null;
        }
    }

    public boolean isCreated() {
        return createdAccountId != null;
    }

    public Long getCreatedAccountId() {
        return createdAccountId;
    }

    public String getCreatedLogin() {
        return createdLogin;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
