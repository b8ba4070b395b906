package com.cloudmarket.marketplace.provider.domain;

import com.cloudmarket.marketplace.shared.audit.FieldChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileDiffTest {

    private final ProfileContent live = ProfileRules.validated(ProfileRulesTest.valid());

    @Test
    void onlyChangedFieldsAppearWithBeforeAndAfter() {
        ProfileContent draft = new ProfileContent(
                new ProfileContent.Company("云帆云计算有限公司", live.company().registrationNumber(), live.company().address(),
                        live.company().website(), live.company().introduction()),
                new ProfileContent.CustomerService(live.customerService().hotline(), live.customerService().email(),
                        live.customerService().hours(), "https://im.example.com"),
                new ProfileContent.Contact(live.contact().name(), "13900000009", live.contact().email()));

        assertEquals(List.of(
                new FieldChange("company.name", "云帆科技有限公司", "云帆云计算有限公司"),
                new FieldChange("customerService.channel", null, "https://im.example.com"),
                new FieldChange("contact.mobile", "13800000001", "13900000009")), ProfileDiff.between(live, draft));
    }

    @Test
    void anIdenticalDraftHasNoChanges() {
        assertTrue(ProfileDiff.between(live, live).isEmpty());
    }

    @Test
    void withoutALiveProfileEveryFilledFieldIsAChange() {
        List<FieldChange> changes = ProfileDiff.between(null, live);
        assertEquals(10, changes.size(), changes.toString());
        assertTrue(changes.stream().allMatch(c -> c.before() == null && c.after() != null));
        assertEquals("company.name", changes.get(0).field());
    }
}
