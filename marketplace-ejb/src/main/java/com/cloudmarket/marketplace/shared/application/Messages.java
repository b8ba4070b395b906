package com.cloudmarket.marketplace.shared.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The marketplace's texts (errors, notifications, SMS) in zh_CN (the base bundle) and en.
 * No fallback to the JVM's locale: a server started in an English shell must still answer Chinese by default.
 */
public final class Messages {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private static final String BUNDLE = "com.cloudmarket.marketplace.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The closest supported locale: any English variant is English, everything else Chinese. */
    public static Locale supported(Locale requested) {
        if (requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return DEFAULT_LOCALE;
    }

    public static Locale fromTag(String languageTag) {
        return languageTag == null ? DEFAULT_LOCALE : supported(Locale.forLanguageTag(languageTag));
    }
}
