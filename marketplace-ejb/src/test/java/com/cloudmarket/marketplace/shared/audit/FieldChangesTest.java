package com.cloudmarket.marketplace.shared.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldChangesTest {

    @Test
    void keepsNullsAndTextThroughTheStoredForm() {
        List<FieldChange> changes = List.of(new FieldChange("company.name", null, "云帆科技有限公司"),
                new FieldChange("contact.mobile", "13800000001", null),
                new FieldChange("company.introduction", "say \"hi\"", "line\nbreak"));
        String json = FieldChanges.toJson(changes);
        assertEquals(changes, FieldChanges.fromJson(json));
        assertEquals("[{\"field\":\"company.name\",\"before\":null,\"after\":\"云帆科技有限公司\"}]",
                FieldChanges.toJson(changes.subList(0, 1)));
    }

    @Test
    void anEmptyListStaysEmpty() {
        assertEquals("[]", FieldChanges.toJson(List.of()));
        assertEquals(List.of(), FieldChanges.fromJson("[]"));
    }
}
