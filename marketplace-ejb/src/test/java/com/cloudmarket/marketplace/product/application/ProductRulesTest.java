package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductRulesTest {

    static ProductDraft ops() {
        return new ProductDraft("OPS_SERVICE", " 服务器运维托管 ", "7×24 小时巡检", "<p>巡检</p>", "运维服务",
                List.of(new PlanDraft("基础版", "199", "CNY"), new PlanDraft("专业版", "999.5", null)),
                new ServiceContactDraft("王强", "+86 13800000001", "ops@yunfan.example.com"),
                List.of(new FormFieldDraft("serverIp", "服务器 IP", "TEXT", true, null),
                        new FormFieldDraft("os", "操作系统", "SELECT", null, List.of("CentOS", "Ubuntu"))),
                true, 5, 0, null, null, null, null, null);
    }

    @Test
    void aValidOpsServiceIsNormalised() {
        ProductContent c = ProductRules.validated(ops());
        assertEquals(ProductType.OPS_SERVICE, c.type());
        assertEquals("服务器运维托管", c.name());
        assertEquals("199.00", c.plans().get(0).price().amount().toPlainString());
        assertEquals("CNY", c.plans().get(1).price().currency());
        assertEquals("13800000001", c.serviceContact().phone(), "mobile in national form");
        assertEquals(List.of("CentOS", "Ubuntu"), c.ops().requirementForm().get(1).options());
        assertFalse(c.ops().requirementForm().get(1).required());
        assertEquals(5, c.ops().deliveryDays());
        assertNull(c.software());
        assertEquals("199.00", c.fromPrice().amount().toPlainString());
    }

    @Test
    void softwareAndImagesHaveTheirOwnTermsOnly() {
        ProductContent software = ProductRules.validated(new ProductDraft("SOFTWARE_SERVICE", "CRM", "s", null, "c",
                List.of(new PlanDraft("年付", "2999.00", "CNY")), contact(), List.of(), null, null, null,
                "3.2", "PERPETUAL", " ", null, null));
        assertEquals("PERPETUAL", software.software().licenseType());
        assertNull(software.ops());
        ProductContent image = ProductRules.validated(new ProductDraft("IMAGE", "LAMP", "s", null, "c",
                List.of(new PlanDraft("按次", "0.01", "CNY")), contact(), null, null, null, null,
                null, null, "Ubuntu 22.04", "ARM64", "img-lamp"));
        assertEquals("ARM64", image.image().architecture());

        Map<String, String> wrong = errors(new ProductDraft("IMAGE", "LAMP", "s", null, "c",
                List.of(new PlanDraft("按次", "1", "CNY")), contact(), List.of(new FormFieldDraft("a", "b", "TEXT", true, null)),
                false, 3, null, "1.0", null, "Ubuntu", "SPARC", null));
        assertEquals(Map.of("requirementForm", "notForType", "requirementBeforeStart", "notForType",
                "deliveryDays", "notForType", "version", "notForType", "architecture", "architecture",
                "imageReference", "required"), wrong);
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Map<String, String> e = errors(new ProductDraft("FURNITURE", "", "x".repeat(201), "y".repeat(20_001), null,
                null, new ServiceContactDraft("王".repeat(31), "12345", "not-mail"), null, null, null, null,
                null, null, null, null, null));
        assertEquals(Map.of("type", "productType", "name", "required", "summary", "maxLength", "description", "maxLength",
                "category", "required", "plans", "required", "serviceContact.name", "maxLength",
                "serviceContact.phone", "servicePhone", "serviceContact.email", "email"), e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.00", "0.001", "1000000.01", "1.005"})
    void pricesOutOfRangeOrTooPreciseAreRefused(String amount) {
        assertEquals(Map.of("plans[0].price.amount", "priceAmount"), errors(withPlans(List.of(new PlanDraft("a", amount, "CNY")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,00", "abc", "1e3", "¥5", "1.2.3"})
    void malformedPricesAreRefused(String amount) {
        assertEquals(Map.of("plans[0].price.amount", "decimal"), errors(withPlans(List.of(new PlanDraft("a", amount, "CNY")))));
    }

    @Test
    void plansAreOneToTenWithUniqueNamesInCny() {
        assertEquals("1000000.00", ProductRules.validated(withPlans(List.of(new PlanDraft("a", "1000000", "CNY"))))
                .plans().get(0).price().amount().toPlainString());
        assertEquals(Map.of("plans", "listSize"), errors(withPlans(Collections.nCopies(11, new PlanDraft("a", "1", "CNY")))));
        assertEquals(Map.of("plans", "required"), errors(withPlans(List.of())));
        assertEquals(Map.of("plans[1].name", "duplicate", "plans[2].price.currency", "currencyCny", "plans[3].name", "maxLength"),
                errors(withPlans(List.of(new PlanDraft("a", "1", "CNY"), new PlanDraft("a", "2", "CNY"),
                        new PlanDraft("b", "3", "USD"), new PlanDraft("c".repeat(31), "4", "CNY")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"021-61234567", "0755-8888888", "400-800-1234", "4008001234", "010-12345678-123", "13800000001"})
    void serviceContactPhonesMayBeMobilesLandlinesOrServiceNumbers(String phone) {
        ProductDraft d = ops();
        ProductContent c = ProductRules.validated(new ProductDraft(d.type(), d.name(), d.summary(), d.description(),
                d.category(), d.plans(), new ServiceContactDraft("王", phone, "a@b.cn"), d.requirementForm(),
                d.requirementBeforeStart(), d.deliveryDays(), d.warrantyDays(), null, null, null, null, null));
        assertEquals(phone, c.serviceContact().phone());
    }

    @Test
    void theRequirementFormIsChecked() {
        ProductDraft d = ops();
        Map<String, String> e = errors(new ProductDraft(d.type(), d.name(), d.summary(), d.description(), d.category(),
                d.plans(), d.serviceContact(), List.of(
                new FormFieldDraft("Server", "x", "TEXT", true, null),
                new FormFieldDraft("os", "", "DATE", true, null),
                new FormFieldDraft("os", "y", "SELECT", true, List.of()),
                new FormFieldDraft("size", "z", "NUMBER", false, List.of("1")),
                new FormFieldDraft("zone", "w", "SELECT", false, List.of("a", "a", " "))),
                null, 0, 3651, null, null, null, null, null));
        assertEquals(Map.of("requirementForm[0].name", "formFieldName", "requirementForm[1].label", "required",
                "requirementForm[1].type", "formFieldType", "requirementForm[2].name", "duplicate",
                "requirementForm[2].options", "selectOptions", "requirementForm[3].options", "optionsNotAllowed",
                "requirementForm[4].options[1]", "duplicate", "requirementForm[4].options[2]", "required",
                "requirementBeforeStart", "required", "deliveryDays", "range"), without(e, "warrantyDays"));
        assertEquals("range", e.get("warrantyDays"));
        assertEquals(Map.of("requirementForm", "listSize"), errors(new ProductDraft(d.type(), d.name(), d.summary(),
                d.description(), d.category(), d.plans(), d.serviceContact(),
                Collections.nCopies(31, new FormFieldDraft("a", "b", "TEXT", true, null)), true, 1, 0,
                null, null, null, null, null)));
    }

    @Test
    void theDescriptionIsSanitised() {
        String html = "<h2>说明</h2><p onclick=\"steal()\" style=\"color:red\">文字 <b>粗</b>"
                + "<img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(1)\">坏链接</a>"
                + "<a href=\"https://example.com/doc\" target=\"_blank\">文档</a></p><script>alert(1)</script>"
                + "<iframe src=\"https://evil.example\"></iframe><ul><li>一</li></ul><a href=\"mailto:a@b.cn\">信</a>";
        String safe = ProductRules.validated(withDescription(html)).description();
        assertEquals("<h2>说明</h2><p>文字 <b>粗</b><a rel=\"nofollow noopener\">坏链接</a>"
                + "<a href=\"https://example.com/doc\" rel=\"nofollow noopener\">文档</a></p><ul><li>一</li></ul>"
                + "<a href=\"mailto:a@b.cn\" rel=\"nofollow noopener\">信</a>", safe);
        assertFalse(safe.contains("script") || safe.contains("onerror") || safe.contains("javascript:")
                || safe.contains("style") || safe.contains("iframe") || safe.contains("onclick"), safe);
        assertNull(ProductRules.validated(withDescription("<script>only</script>")).description(), "nothing left");
        assertEquals("1 &lt; 2 &amp; 3", ProductRules.validated(withDescription("1 < 2 & 3")).description());
    }

    private static ProductDraft withPlans(List<PlanDraft> plans) {
        ProductDraft d = ops();
        return new ProductDraft(d.type(), d.name(), d.summary(), d.description(), d.category(), plans, d.serviceContact(),
                d.requirementForm(), d.requirementBeforeStart(), d.deliveryDays(), d.warrantyDays(), null, null, null,
                null, null);
    }

    private static ProductDraft withDescription(String description) {
        ProductDraft d = ops();
        return new ProductDraft(d.type(), d.name(), d.summary(), description, d.category(), d.plans(), d.serviceContact(),
                d.requirementForm(), d.requirementBeforeStart(), d.deliveryDays(), d.warrantyDays(), null, null, null,
                null, null);
    }

    private static ServiceContactDraft contact() {
        return new ServiceContactDraft("王强", "400-800-1234", "a@b.cn");
    }

    private static Map<String, String> errors(ProductDraft draft) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProductRules.validated(draft));
        assertTrue(e.errors().stream().map(FieldError::field).distinct().count() == e.errors().size(), e.errors().toString());
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::code));
    }

    private static Map<String, String> without(Map<String, String> map, String key) {
        return map.entrySet().stream().filter(en -> !en.getKey().equals(key))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
