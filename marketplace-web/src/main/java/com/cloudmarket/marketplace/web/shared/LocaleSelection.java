package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.shared.application.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The console language of this browser session: Chinese until the user switches, or an account's own preference. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.DEFAULT_LOCALE;
    private boolean chosen;

    public Locale getLocale() {
        return locale;
    }

    /** {@code zh-CN} or {@code en}: the form the services and the {@code lang} attribute expect. */
    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    /** Anything but a supported tag falls back to Chinese, so a crafted parameter cannot pick an unknown locale. */
    public void choose(String languageTag) {
        locale = Messages.fromTag(languageTag);
        chosen = true;
    }

    /** Applied at login; a language picked on the login page wins over the account's stored one. */
    public void adoptAccountLanguage(String languageTag) {
        if (!chosen && languageTag != null && !languageTag.isBlank()) {
            locale = Messages.fromTag(languageTag);
        }
    }
}
