package com.cloudmarket.marketplace.order.domain;

import com.cloudmarket.marketplace.product.domain.ProductContent.FormField;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequirementRulesTest {

    private static final List<FormField> FORM = List.of(
            new FormField("serverIp", "服务器 IP", "TEXT", true, null),
            new FormField("os", "操作系统", "SELECT", true, List.of("CentOS", "Ubuntu")),
            new FormField("cores", "CPU 核数", "NUMBER", false, null),
            new FormField("notes", "备注", "TEXTAREA", false, null));

    @Test
    void aCompleteFormIsKeptInTheTemplatesOrderWithBlankOptionalFieldsLeftOut() {
        Map<String, String> valid = RequirementRules.validated(FORM, Map.of("notes", "多行\n说明", "os", "Ubuntu",
                "serverIp", " 10.0.0.8 ", "cores", ""));
        assertEquals(List.of("serverIp", "os", "notes"), List.copyOf(valid.keySet()));
        assertEquals("10.0.0.8", valid.get("serverIp"));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Map<String, String> fields = new HashMap<>();
        fields.put("os", "Windows");
        fields.put("cores", "four");
        fields.put("notes", "x".repeat(2001));
        fields.put("colour", "red");
        assertEquals(Map.of("fields.serverIp", "required", "fields.os", "option", "fields.cores", "number",
                "fields.notes", "maxLength", "fields.colour", "unknownField"), errors(fields));
    }

    @Test
    void limitsAreTwoHundredForTextAndTwoThousandForTextareaAndNumbersMayHaveDecimals() {
        RequirementRules.validated(FORM, Map.of("serverIp", "x".repeat(200), "os", "CentOS", "cores", "-2.5",
                "notes", "y".repeat(2000)));
        assertEquals(Map.of("fields.serverIp", "maxLength"), errors(Map.of("serverIp", "x".repeat(201), "os", "CentOS")));
        assertEquals(Map.of("fields.cores", "number"), errors(Map.of("serverIp", "a", "os", "CentOS", "cores", "1e9")));
        assertEquals(Map.of("fields.serverIp", "required", "fields.os", "required"), errors(null));
    }

    private static Map<String, String> errors(Map<String, String> fields) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RequirementRules.validated(FORM, fields));
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::code));
    }
}
