package com.cloudmarket.marketplace.web.security;

import com.cloudmarket.marketplace.web.shared.ConsolePage;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The header's logout link: a POST, so another site cannot sign a user out with a link or an image. */
@Named
@RequestScoped
public class Logout {

    @Inject
    private LocaleSelection localeSelection;

    public void submit() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // the session and its language go; the language comes back through the login page's ?lang
        String language = localeSelection.getLanguageTag();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + ConsolePage.LOGIN_VIEW + "?lang="
                + URLEncoder.encode(language, StandardCharsets.UTF_8));
    }
}
