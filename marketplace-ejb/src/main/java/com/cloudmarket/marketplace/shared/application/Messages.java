package com.cloudmarket.marketplace.shared.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * Texts without arguments as formatted once, per supported locale: a list page labels every row, and the bundle
     * lookup and the format were 6 % of its service's time (JFR). Only keys the bundle has are kept.
     */
    private static final Map<Locale, Map<String, String>> PLAIN = Map.of(
            Locale.SIMPLIFIED_CHINESE, new ConcurrentHashMap<>(), Locale.ENGLISH, new ConcurrentHashMap<>());

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        Map<String, String> plain = arguments.length == 0 ? PLAIN.get(supported) : null;
        String known = plain == null ? null : plain.get(key);
        if (known != null) {
            return known;
        }
        String text = format(supported, key, arguments);
        if (text == null) {
            return key;
        }
        if (plain != null) {
            plain.put(key, text);
        }
        return text;
    }

    /** Null when the bundle lacks the key. */
    private static String format(Locale supported, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
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
