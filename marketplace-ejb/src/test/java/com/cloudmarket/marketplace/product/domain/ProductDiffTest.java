package com.cloudmarket.marketplace.product.domain;

import com.cloudmarket.marketplace.shared.audit.FieldChange;
import com.cloudmarket.marketplace.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductDiffTest {

    private static ProductContent ops(List<ProductContent.Plan> plans, String phone, int deliveryDays,
                                      List<ProductContent.FormField> form) {
        return new ProductContent(ProductType.OPS_SERVICE, "运维托管", "巡检", "<p>x</p>", "运维服务", plans,
                new ProductContent.ServiceContact("王强", phone, "a@b.cn"),
                new ProductContent.OpsServiceTerms(form, true, deliveryDays, 30), null, null);
    }

    private static ProductContent.Plan plan(String name, String amount) {
        return new ProductContent.Plan(name, Money.cny(new BigDecimal(amount)));
    }

    @Test
    void plansAreMatchedByNameAndTermsByPath() {
        List<ProductContent.FormField> form = List.of(new ProductContent.FormField("ip", "IP", "TEXT", true, List.of()));
        ProductContent live = ops(List.of(plan("基础版", "199.00"), plan("旧版", "50.00")), "13800000001", 5, form);
        ProductContent revision = ops(List.of(plan("基础版", "299.00"), plan("专业版", "999.00")), "13800000002", 7,
                List.of(new ProductContent.FormField("ip", "IP", "TEXT", false, List.of())));
        assertEquals(List.of(
                new FieldChange("serviceContact.phone", "13800000001", "13800000002"),
                new FieldChange("ops.requirementForm", "ip \"IP\" TEXT required", "ip \"IP\" TEXT optional"),
                new FieldChange("ops.deliveryDays", "5", "7"),
                new FieldChange("plans", "旧版: 50.00 CNY", null),
                new FieldChange("plans.基础版.price", "199.00 CNY", "299.00 CNY"),
                new FieldChange("plans", null, "专业版: 999.00 CNY")), ProductDiff.between(live, revision));
    }

    @Test
    void withoutLiveContentEveryFilledFieldIsAChangeAndEqualContentHasNone() {
        ProductContent content = ProductLifecycleTest.content("CRM", "10.00");
        List<FieldChange> all = ProductDiff.between(null, content);
        assertTrue(all.contains(new FieldChange("name", null, "CRM")));
        assertTrue(all.contains(new FieldChange("software.version", null, "1.0")));
        assertTrue(all.contains(new FieldChange("plans", null, "年付: 10.00 CNY")));
        assertTrue(all.stream().noneMatch(c -> c.field().equals("description")), "empty stays unchanged");
        assertEquals(List.of(), ProductDiff.between(content, content));
    }

    @Test
    void theStoredJsonReadsBackAsTheSameContent() {
        ProductContent content = ops(List.of(plan("基础版", "199.00")), "400-800-1234", 5,
                List.of(new ProductContent.FormField("os", "系统", "SELECT", true, List.of("CentOS", "Ubuntu"))));
        String json = ProductContentJson.text(content);
        assertEquals(content, ProductContentJson.parse(json));
        assertTrue(json.contains("\"deliveryDays\":5") && json.contains("\"amount\":\"199.00\""), json);
        ProductContent software = ProductLifecycleTest.content("CRM", "1.50");
        assertEquals(software, ProductContentJson.parse(ProductContentJson.text(software)));
    }
}
