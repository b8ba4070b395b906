package com.cloudmarket.marketplace.web.account;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.Roles;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Self-service sign-up of providers and customers. The field rules live in the account service only; the form shows
 * its answer next to each input (input ids equal the service's field names).
 */
@Named
@ViewScoped
public class SignUp implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("login", "password", "displayName", "mobile", "email", "role");
    private static final List<String> ROLES = List.of(Roles.PROVIDER, Roles.CUSTOMER);

    @EJB
    private AccountService accounts;

    @Inject
    private LocaleSelection localeSelection;

    private String login;
    private String password;
    private String displayName;
    private String mobile;
    private String email;
    private String role;
    private Long createdAccountId;

    public void submit() {
        try {
            createdAccountId = accounts.signUp(new SignUpCommand(login, password, displayName, mobile, email, role,
                    localeSelection.getLanguageTag())).accountId();
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, FIELDS, localeSelection.getLocale());
        } catch (ConflictException e) {
            // the only conflict of a sign-up is a login someone already has
            FacesFeedback.refused("login", e, localeSelection.getLocale());
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        } finally {
            password = null;
        }
    }

    public boolean isCompleted() {
        return createdAccountId != null;
    }

    public List<String> getRoles() {
        return ROLES;
    }

    public Long getCreatedAccountId() {
        return createdAccountId;
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

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
