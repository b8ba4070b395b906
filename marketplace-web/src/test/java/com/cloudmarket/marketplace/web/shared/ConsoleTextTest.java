package com.cloudmarket.marketplace.web.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleTextTest {

    private static final String BASE = "com/cloudmarket/marketplace/web/i18n/console";
    private static final Pattern PAGE_KEY = Pattern.compile("text\\['([A-Za-z0-9.]+)'\\]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys(BASE + "_zh.properties"), keys(BASE + "_en.properties"));
        assertTrue(ConsoleTextTest.class.getClassLoader().getResource(BASE + ".properties") == null,
                "no base bundle: it would answer a Chinese view in whatever language it held");
    }

    @Test
    void chineseViewsStayChineseOnAnEnglishServer() {
        Locale jvmDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            ResourceBundle zh = ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.SIMPLIFIED_CHINESE);
            assertEquals("登录", zh.getString("login.title"));
            ResourceBundle en = ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.ENGLISH);
            assertEquals("Log in", en.getString("login.title"));
        } finally {
            Locale.setDefault(jvmDefault);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> known = keys(BASE + "_zh.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(page + ": " + m.group(1));
                    }
                }
            }
        }
        for (ConsolePage page : ConsolePage.values()) {
            if (!known.contains(page.getLabelKey())) {
                missing.add(page + ": " + page.getLabelKey());
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from console_zh.properties: " + missing);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " not on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
