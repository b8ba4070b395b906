package com.cloudmarket.marketplace.web.product;

import com.cloudmarket.marketplace.product.application.FormFieldDraft;
import com.cloudmarket.marketplace.product.application.PlanDraft;
import com.cloudmarket.marketplace.product.application.ProductDraft;
import com.cloudmarket.marketplace.product.application.ProductRules;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductFormTest {

    static ProductContent opsContent() {
        return new ProductContent(ProductType.OPS_SERVICE, "MySQL 迁移", "一周内完成迁移", "<p>详情</p>", "数据库",
                List.of(new ProductContent.Plan("基础版", Money.cny(new BigDecimal("199.00"))),
                        new ProductContent.Plan("专业版", Money.cny(new BigDecimal("1999.50")))),
                new ProductContent.ServiceContact("李娜", "13800000001", "ops@example.com"),
                new ProductContent.OpsServiceTerms(List.of(
                        new ProductContent.FormField("dbSize", "数据量（GB）", "NUMBER", true, List.of()),
                        new ProductContent.FormField("engine", "数据库", "SELECT", false, List.of("MySQL", "MariaDB"))),
                        true, 5, 30),
                null, null);
    }

    @Test
    void aProductsContentFillsTheFormAndComesBackAsTheSameDraft() {
        ProductForm form = ProductForm.of("OPS_SERVICE", opsContent());
        assertEquals("OPS_SERVICE", form.getType());
        assertEquals(2, form.getPlans().size());
        assertEquals("1999.50", form.getPlans().get(1).getAmount());
        assertEquals("MySQL, MariaDB", form.getRequirementForm().get(1).getOptions());
        assertNull(form.getRequirementForm().get(0).getOptions());

        ProductDraft draft = form.toDraft();
        assertEquals(List.of(new PlanDraft("基础版", "199.00", "CNY"), new PlanDraft("专业版", "1999.50", "CNY")), draft.plans());
        assertEquals(new FormFieldDraft("engine", "数据库", "SELECT", false, List.of("MySQL", "MariaDB")),
                draft.requirementForm().get(1));
        assertEquals(List.of(), draft.requirementForm().get(0).options());
        assertEquals(Boolean.TRUE, draft.requirementBeforeStart());
        assertEquals(5, draft.deliveryDays());
        assertEquals(30, draft.warrantyDays());
        // the service's own rules turn it back into the content it came from
        assertEquals(opsContent(), ProductRules.validated(draft));
    }

    @Test
    void onlyTheChosenTypesFieldsGoIntoTheDraft() {
        ProductForm form = ProductForm.of("OPS_SERVICE", opsContent());
        form.setVersion("1.0");
        form.setOs("Ubuntu");
        ProductDraft ops = form.toDraft();
        assertNull(ops.version());
        assertNull(ops.os());

        ProductForm image = ProductForm.blank("IMAGE");
        image.setOs("Ubuntu 22.04");
        image.setArchitecture("ARM64");
        image.setImageReference("registry.example.com/a:1");
        image.setDeliveryDays(3);
        ProductDraft draft = image.toDraft();
        assertEquals("ARM64", draft.architecture());
        assertNull(draft.requirementForm());
        assertNull(draft.requirementBeforeStart());
        assertNull(draft.deliveryDays());
        assertEquals(1, draft.plans().size(), "a new form starts with one plan row");
    }

    @Test
    void softwareContentRoundTrips() {
        ProductContent software = new ProductContent(ProductType.SOFTWARE_SERVICE, "堡垒机", "运维审计", null, "安全",
                List.of(new ProductContent.Plan("年付", Money.cny(new BigDecimal("9800.00")))),
                new ProductContent.ServiceContact("王磊", "400-800-1234", "sec@example.com"), null,
                new ProductContent.SoftwareTerms("3.2", "SUBSCRIPTION"), null);
        assertEquals(software, ProductRules.validated(ProductForm.of("SOFTWARE_SERVICE", software).toDraft()));
    }

    @Test
    void optionsAreSplitOnAsciiAndChineseCommasAndSemicolons() {
        assertEquals(List.of("CentOS", "Ubuntu", "Debian", "Rocky"), ProductForm.options(" CentOS, Ubuntu，Debian ;; Rocky "));
        assertEquals(List.of(), ProductForm.options("  "));
        assertEquals(List.of(), ProductForm.options(null));
    }

    @Test
    void rowsAreAddedAndRemovedButOnePlanRowStays() {
        ProductForm form = ProductForm.blank("OPS_SERVICE");
        form.getPlans().get(0).setName("基础版");
        form.addPlan();
        form.getPlans().get(1).setName("专业版");
        form.removePlan(0);
        assertEquals("专业版", form.getPlans().get(0).getName());
        form.removePlan(0);
        assertEquals(1, form.getPlans().size());
        assertNull(form.getPlans().get(0).getName());
        form.removePlan(7);
        form.addField();
        form.addField();
        form.removeField(0);
        form.removeField(-1);
        assertEquals(1, form.getRequirementForm().size());
        assertEquals("TEXT", form.getRequirementForm().get(0).getType());
    }

    @Test
    void everyFieldTheServiceReportsHasAnInputInTheForm() {
        ProductForm form = ProductForm.blank("OPS_SERVICE");
        form.addPlan();
        form.getPlans().get(1).setAmount("-5");
        form.addField();
        form.getRequirementForm().get(0).setType("SELECT");
        form.setDeliveryDays(0);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ProductRules.validated(form.toDraft()));
        Map<String, String> ids = form.inputIds();
        Set<String> reported = refused.errors().stream().map(e -> e.field()).collect(java.util.stream.Collectors.toSet());
        for (String field : reported) {
            assertTrue(ids.containsKey(field), "no input for " + field + " in " + ids.keySet());
        }
        assertEquals("plans:1:plan-amount", ids.get("plans[1].price.amount"));
        assertEquals("requirement-form:0:field-options", ids.get("requirementForm[0].options"));
        assertEquals("delivery-days", ids.get("deliveryDays"));
        assertEquals("plan-add", ids.get("plans"));
    }
}
