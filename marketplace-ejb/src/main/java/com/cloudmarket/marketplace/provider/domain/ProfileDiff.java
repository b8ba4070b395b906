package com.cloudmarket.marketplace.provider.domain;

import com.cloudmarket.marketplace.shared.audit.FieldChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The field-level difference an operator reviews: every field whose proposed value differs from the live one. */
public final class ProfileDiff {

    private ProfileDiff() {
    }

    /** {@code live} is null for a provider without a live profile yet: every filled field of the draft is a change. */
    public static List<FieldChange> between(ProfileContent live, ProfileContent draft) {
        Map<String, String> before = (live == null ? ProfileContent.empty() : live).fields();
        Map<String, String> after = draft.fields();
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(new FieldChange(field, before.get(field), value));
            }
        });
        return changes;
    }
}
