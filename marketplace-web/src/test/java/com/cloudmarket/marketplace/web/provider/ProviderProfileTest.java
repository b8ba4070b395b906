package com.cloudmarket.marketplace.web.provider;

import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static com.cloudmarket.marketplace.web.provider.ProfileSectionsTest.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderProfileTest {

    private static final ProfileContent ANY = ProfileContent.empty();

    @Test
    void theProfileStateNamesTheMostPressingFact() {
        assertEquals("PENDING", ProviderProfile.profileState(revision("PENDING", ANY), null, revision("REJECTED", ANY), true));
        assertEquals("DRAFT", ProviderProfile.profileState(null, revision("DRAFT", ANY), revision("REJECTED", ANY), true));
        assertEquals("REJECTED", ProviderProfile.profileState(null, null, revision("REJECTED", ANY), true));
        assertEquals("LIVE", ProviderProfile.profileState(null, null, null, true));
        assertEquals("NONE", ProviderProfile.profileState(null, null, null, false));
    }

    @Test
    void theKeysTheBeansBuildExistInBothLanguages() {
        List<String> keys = List.of("provider.profileState.PENDING", "provider.profileState.DRAFT",
                "provider.profileState.REJECTED", "provider.profileState.LIVE", "provider.profileState.NONE",
                "onboarding.missing.AGREEMENT", "onboarding.missing.DEPOSIT", "profileEdit.submitted",
                "onboarding.agreement.acceptRequired", "onboarding.deposit.confirm.text",
                "revision.status.DRAFT", "revision.status.PENDING", "revision.status.APPROVED", "revision.status.REJECTED");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("com.cloudmarket.marketplace.web.i18n.console", locale);
            for (String key : keys) {
                assertTrue(bundle.containsKey(key), locale + ": " + key);
            }
            ProfileContent.empty().fields().keySet().forEach(path ->
                    assertTrue(bundle.containsKey("profile.field." + path), locale + ": profile.field." + path));
        }
        String confirm = new MessageFormat(ResourceBundle.getBundle("com.cloudmarket.marketplace.web.i18n.console",
                Locale.SIMPLIFIED_CHINESE).getString("onboarding.deposit.confirm.text"), Locale.SIMPLIFIED_CHINESE)
                .format(new Object[] {new BigDecimal("10000.00")});
        assertTrue(confirm.contains("10,000.00"), confirm);
    }

    @Test
    void missingOnboardingItemsAreBundleKeys() {
        assertEquals(List.of("onboarding.missing.AGREEMENT", "onboarding.missing.DEPOSIT"),
                OnboardingChecklist.missingKeys(List.of("AGREEMENT", "DEPOSIT")));
        assertEquals(List.of(), OnboardingChecklist.missingKeys(List.of()));
    }
}
