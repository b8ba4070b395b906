package com.cloudmarket.marketplace.account.domain;

import com.cloudmarket.marketplace.shared.domain.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"zhang", "yunfan.tech", "ops_team-2", "abcd"})
    void acceptsLogins(String login) {
        assertTrue(errors(e -> AccountRules.checkLogin(login, e)).isEmpty());
    }

    @Test
    void loginsAreCaseInsensitive() {
        assertEquals("yunfan", AccountRules.normalizeLogin("  YunFan "));
        assertTrue(errors(e -> AccountRules.checkLogin("YunFan", e)).isEmpty());
    }

    @Test
    void rejectsBadLoginsWithTheBrokenRule() {
        assertEquals("required", code(e -> AccountRules.checkLogin(null, e)));
        assertEquals("required", code(e -> AccountRules.checkLogin("   ", e)));
        assertEquals("length", code(e -> AccountRules.checkLogin("abc", e)));
        assertEquals("length", code(e -> AccountRules.checkLogin("a".repeat(33), e)));
        assertEquals("loginPattern", code(e -> AccountRules.checkLogin("1abc", e)));
        assertEquals("loginPattern", code(e -> AccountRules.checkLogin("ab cd", e)));
        assertEquals("loginPattern", code(e -> AccountRules.checkLogin("张三丰丰", e)));
        assertEquals("loginPattern", code(e -> AccountRules.checkLogin("a';--", e)));
    }

    @Test
    void passwordsNeedLengthLettersAndDigits() {
        assertTrue(errors(e -> AccountRules.checkPassword("Secret123", "yunfan", e)).isEmpty());
        assertEquals("required", code(e -> AccountRules.checkPassword("", "yunfan", e)));
        assertEquals("required", code(e -> AccountRules.checkPassword(null, "yunfan", e)));
        assertEquals("length", code(e -> AccountRules.checkPassword("Ab1", "yunfan", e)));
        assertEquals("length", code(e -> AccountRules.checkPassword("Abc1234", "yunfan", e)));
        assertTrue(errors(e -> AccountRules.checkPassword("Abc12345", "yunfan", e)).isEmpty(), "eight is enough");
        assertEquals("length", code(e -> AccountRules.checkPassword("A1".repeat(65), "yunfan", e)));
        assertEquals("passwordStrength", code(e -> AccountRules.checkPassword("onlyletters", "yunfan", e)));
        assertEquals("passwordStrength", code(e -> AccountRules.checkPassword("1234567890", "yunfan", e)));
        assertEquals("passwordStrength", code(e -> AccountRules.checkPassword("!@#$%^&*()", "yunfan", e)));
    }

    @Test
    void passwordsMustNotContainTheLogin() {
        assertEquals("passwordContainsLogin", code(e -> AccountRules.checkPassword("yunfan2026", "yunfan", e)));
        assertEquals("passwordContainsLogin", code(e -> AccountRules.checkPassword("2026YunFan!", " YunFan ", e)));
        assertEquals("passwordContainsLogin", code(e -> AccountRules.checkPassword("ops.team1", "ops.team1", e)));
        assertTrue(errors(e -> AccountRules.checkPassword("Yunfa2026", "yunfan", e)).isEmpty());
        // a login too short to be one is no reason to refuse; the login's own rule reports it
        assertTrue(errors(e -> AccountRules.checkPassword("abc12345", "abc", e)).isEmpty());
        assertTrue(errors(e -> AccountRules.checkPassword("Secret123", null, e)).isEmpty());
    }

    @Test
    void mobilesAreMainlandNumbersNormalisedToElevenDigits() {
        assertEquals("13800000001", AccountRules.normalizeMobile("13800000001"));
        assertEquals("13800000001", AccountRules.normalizeMobile("+86 138-0000-0001"));
        assertEquals("13800000001", AccountRules.normalizeMobile("8613800000001"));
        assertNull(AccountRules.normalizeMobile("12800000001"));
        assertNull(AccountRules.normalizeMobile("1380000000"));
        assertNull(AccountRules.normalizeMobile("+1 415 555 0100"));
        assertEquals("mobile", code(e -> AccountRules.checkMobile("555-0100", e)));
        assertEquals("required", code(e -> AccountRules.checkMobile(null, e)));
    }

    @Test
    void emailIsOptionalButChecked() {
        assertTrue(errors(e -> AccountRules.checkEmail(null, e)).isEmpty());
        assertTrue(errors(e -> AccountRules.checkEmail("ops@yunfan.example.com", e)).isEmpty());
        assertEquals("email", code(e -> AccountRules.checkEmail("ops@localhost", e)));
        assertEquals("email", code(e -> AccountRules.checkEmail("not an email", e)));
        assertEquals("email", code(e -> AccountRules.checkEmail("a@" + "b".repeat(260) + ".cn", e)));
    }

    @Test
    void displayNamesAreBoundedAndPrintable() {
        assertTrue(errors(e -> AccountRules.checkDisplayName("云帆科技", e)).isEmpty());
        assertEquals("required", code(e -> AccountRules.checkDisplayName(" ", e)));
        assertEquals("maxLength", code(e -> AccountRules.checkDisplayName("云".repeat(51), e)));
        assertEquals("controlCharacters", code(e -> AccountRules.checkDisplayName("a\u0000b", e)));
    }

    private static List<FieldError> errors(java.util.function.Consumer<List<FieldError>> check) {
        List<FieldError> errors = new ArrayList<>();
        check.accept(errors);
        return errors;
    }

    private static String code(java.util.function.Consumer<List<FieldError>> check) {
        List<FieldError> errors = errors(check);
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0).code();
    }
}
