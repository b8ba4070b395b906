package com.cloudmarket.marketplace.provider.domain;

import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileRulesTest {

    static final String USCC = ProfileRules.withCheckCharacter("91310115MA1K4ABC1");

    static ProfileContent valid() {
        return new ProfileContent(
                new ProfileContent.Company(" 云帆科技有限公司 ", USCC.toLowerCase(), "上海市浦东新区张江路 100 号",
                        "https://yunfan.example.com/about", "多行\n介绍"),
                new ProfileContent.CustomerService("400-800-1234", "service@yunfan.example.com", "工作日 9:00-18:00", ""),
                new ProfileContent.Contact("李娜", "+86 138-0000-0001", null));
    }

    @Test
    void aValidProfileIsNormalised() {
        ProfileContent p = ProfileRules.validated(valid());
        assertEquals("云帆科技有限公司", p.company().name());
        assertEquals(USCC, p.company().registrationNumber());
        assertEquals("13800000001", p.contact().mobile());
        assertNull(p.customerService().channel(), "blank optional fields are stored as null");
        assertEquals("多行\n介绍", p.company().introduction());
    }

    @Test
    void registrationNumbersNeedFormatAndCheckCharacter() {
        assertTrue(ProfileRules.isRegistrationNumber(USCC));
        assertTrue(ProfileRules.isRegistrationNumber("91350100M000100Y43"), "a published example code");
        assertFalse(ProfileRules.isRegistrationNumber(USCC.substring(0, 17)), "17 characters");
        assertFalse(ProfileRules.isRegistrationNumber("91310115MA1K4ABCIO"), "I and O are not in the alphabet");
        char wrong = USCC.charAt(17) == '0' ? '1' : '0';
        assertFalse(ProfileRules.isRegistrationNumber(USCC.substring(0, 17) + wrong), "wrong check character");
    }

    @Test
    void everyBrokenFieldIsReportedWithItsJsonPath() {
        ProfileContent bad = new ProfileContent(
                new ProfileContent.Company("x".repeat(101), "123", "addr", "ftp://files.example.com", null),
                new ProfileContent.CustomerService("call me", "not-an-email", "24h", null),
                new ProfileContent.Contact(null, "12345", "a@b"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProfileRules.validated(bad));
        Map<String, String> codes = e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::code));
        assertEquals(Map.of(
                "company.name", "maxLength",
                "company.registrationNumber", "registrationNumber",
                "company.website", "httpUrl",
                "customerService.hotline", "phone",
                "customerService.email", "email",
                "contact.name", "required",
                "contact.mobile", "mobile",
                "contact.email", "email"), codes);
    }

    @Test
    void missingSectionsReportTheirRequiredFields() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProfileRules.validated(new ProfileContent(null, null, null)));
        assertEquals(8, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().stream().allMatch(f -> f.code().equals("required")));
        assertThrows(InvalidInputException.class, () -> ProfileRules.validated(null));
    }

    @Test
    void websitesMustBeHttpOrHttpsWithAHost() {
        assertTrue(ProfileRules.isHttpUrl("http://example.com"));
        assertTrue(ProfileRules.isHttpUrl("HTTPS://example.com/a?b=c"));
        assertFalse(ProfileRules.isHttpUrl("javascript:alert(1)"));
        assertFalse(ProfileRules.isHttpUrl("https:///nohost"));
        assertFalse(ProfileRules.isHttpUrl("example.com"));
        assertFalse(ProfileRules.isHttpUrl("http://exa mple.com"));
    }

    @Test
    void controlCharactersAreRefusedInSingleLineFields() {
        ProfileContent v = valid();
        ProfileContent bad = new ProfileContent(new ProfileContent.Company("云帆\u0007", v.company().registrationNumber(),
                v.company().address(), null, null), v.customerService(), v.contact());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProfileRules.validated(bad));
        assertEquals("company.name", e.errors().get(0).field());
        assertEquals("controlCharacters", e.errors().get(0).code());
    }
}
