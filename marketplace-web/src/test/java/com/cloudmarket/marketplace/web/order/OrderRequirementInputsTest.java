package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.RequirementField;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderRequirementInputsTest {

    private static final List<RequirementField> FORM = List.of(
            new RequirementField("serverIp", "服务器 IP", "TEXT", true, List.of()),
            new RequirementField("os", "操作系统", "SELECT", false, List.of("CentOS", "Ubuntu")),
            new RequirementField("notes", "备注", "TEXTAREA", false, null),
            new RequirementField("serverCount", "服务器数量", "NUMBER", false, List.of()));

    @Test
    void oneRowPerTemplateFieldInItsOrderWithStableInputIds() {
        RequirementInputs inputs = RequirementInputs.of(FORM, null);
        assertEquals(List.of("serverIp", "os", "notes", "serverCount"),
                inputs.getRows().stream().map(RequirementInputs.Row::getName).toList());
        assertEquals("requirement-serverIp", inputs.getRows().get(0).getInputId());
        assertTrue(inputs.getRows().get(0).isRequired());
        assertEquals(List.of("CentOS", "Ubuntu"), inputs.getRows().get(1).getOptions());
        assertEquals(List.of(), inputs.getRows().get(2).getOptions(), "no options: an empty list, not null");
        assertNull(inputs.getRows().get(0).getValue(), "nothing submitted yet: empty inputs");
    }

    @Test
    void submittedAnswersFillTheInputsAndAnswersOfRemovedFieldsAreLeftOut() {
        RequirementInputs inputs = RequirementInputs.of(FORM, Map.of("serverIp", "10.0.0.8", "legacy", "x"));
        assertEquals("10.0.0.8", inputs.getRows().get(0).getValue());
        assertEquals(Map.of("serverIp", "10.0.0.8"), inputs.values());
    }

    @Test
    void valuesAreTrimmedAndBlanksLeftOutSoTheServiceReportsTheMissingRequiredField() {
        RequirementInputs inputs = RequirementInputs.of(FORM, null);
        inputs.getRows().get(0).setValue("   ");
        inputs.getRows().get(1).setValue("Ubuntu");
        inputs.getRows().get(3).setValue(" 3 ");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("os", "Ubuntu");
        expected.put("serverCount", "3");
        assertEquals(expected, inputs.values());
        assertEquals(List.of("os", "serverCount"), List.copyOf(inputs.values().keySet()), "in the template's order");
    }

    @Test
    void aRefusalOfAFieldFindsItsInput() {
        Map<String, String> ids = RequirementInputs.of(FORM, null).clientIds();
        assertEquals("requirement-serverIp", ids.get("serverIp"));
        assertEquals("requirement-serverCount", ids.get("serverCount"));
        assertEquals("requirement-serverIp", ids.get("fields.serverIp"), "as the service names it (the API body's path)");
        assertNull(ids.get("quantity"), "a field the form has no input for goes to the page's messages");
    }

    @Test
    void noTemplateMeansNoForm() {
        assertTrue(RequirementInputs.of(null, null).isEmpty());
        assertTrue(RequirementInputs.of(List.of(), Map.of()).values().isEmpty());
        assertEquals("TEXT", RequirementInputs.of(List.of(new RequirementField("a", "A", null, false, null)), null)
                .getRows().get(0).getType(), "an unknown kind is a text input");
    }
}
