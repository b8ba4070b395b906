package com.cloudmarket.marketplace.shared.application;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void chineseIsTheDefaultEvenWhenTheJvmSpeaksEnglish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertEquals("登录名或密码错误。", Messages.text(Locale.FRENCH, "error.authenticationFailed"));
            assertEquals("登录名或密码错误。", Messages.text(null, "error.authenticationFailed"));
            assertEquals("Wrong login or password.", Messages.text(Locale.UK, "error.authenticationFailed"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fillsArgumentsAndKeepsApostrophes() {
        assertEquals("Must be 4 to 32 characters long.", Messages.text(Locale.ENGLISH, "validation.length", 4, 32));
        assertEquals("Your account's role does not allow this operation.", Messages.text(Locale.ENGLISH, "error.forbidden"));
        assertEquals("【云市场】张伟，您好！您的账号已开通，账号 ID：10000001。",
                Messages.text(Locale.SIMPLIFIED_CHINESE, "sms.welcome", "张伟", "10000001"));
    }

    @Test
    void aTextWithoutArgumentsIsTheSameEachTimeAndKeepsItsLanguage() {
        for (int i = 0; i < 2; i++) {
            assertEquals("Your account's role does not allow this operation.",
                    Messages.text(Locale.ENGLISH, "error.forbidden"));
            assertEquals("登录名或密码错误。", Messages.text(Locale.SIMPLIFIED_CHINESE, "error.authenticationFailed"));
            assertEquals("Wrong login or password.", Messages.text(Locale.US, "error.authenticationFailed"));
            assertEquals("no.such.key", Messages.text(Locale.ENGLISH, "no.such.key"), "a missing key answers itself");
        }
        assertEquals("Must be 4 to 32 characters long.", Messages.text(Locale.ENGLISH, "validation.length", 4, 32));
        assertEquals("Must be 8 to 128 characters long.", Messages.text(Locale.ENGLISH, "validation.length", 8, 128),
                "a text with arguments is formatted for each call");
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(zh.stringPropertyNames(), en.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/com/cloudmarket/marketplace/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
