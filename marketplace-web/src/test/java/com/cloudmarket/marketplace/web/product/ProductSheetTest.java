package com.cloudmarket.marketplace.web.product;

import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductSheetTest {

    private static final String BUNDLE = "com.cloudmarket.marketplace.web.i18n.console";

    @Test
    void plansAreNumberedAndTheTypesFactsNameTheirTexts() {
        ProductSheet sheet = ProductSheet.of(ProductFormTest.opsContent());
        assertEquals("OPS_SERVICE", sheet.type());
        assertEquals(1, sheet.plans().get(1).index());
        assertEquals("专业版", sheet.plans().get(1).name());
        assertEquals(List.of("fact-delivery-days", "fact-warranty-days", "fact-requirement-before-start"),
                sheet.facts().stream().map(ProductSheet.Fact::id).toList());
        assertEquals("product.boolean.true", sheet.facts().get(2).valueKey());
        assertTrue(sheet.hasRequirementForm());
        assertTrue(sheet.hasDescription());
        assertNull(ProductSheet.of(null));

        ProductSheet image = ProductSheet.of(new ProductContent(ProductType.IMAGE, "Ubuntu 镜像", "预装 Docker", null, "镜像",
                List.of(new ProductContent.Plan("按次", Money.cny(new BigDecimal("9.90")))),
                new ProductContent.ServiceContact("李娜", "13800000001", "img@example.com"), null, null,
                new ProductContent.ImageTerms("Ubuntu 22.04", "ARM64", "registry.example.com/u:22")));
        assertEquals("product.architecture.ARM64", image.facts().get(1).valueKey());
        assertFalse(image.hasDescription());
        assertFalse(image.hasRequirementForm());
    }

    /** Pages show codes through keys built at run time ('product.type.'.concat(…)): each code needs its text. */
    @Test
    void everyProductCodeHasATextInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            for (ProductType type : ProductType.values()) {
                assertTrue(bundle.containsKey("product.type." + type.name()), type.name());
                assertTrue(bundle.containsKey("product.facts." + type.name()), type.name());
                assertTrue(bundle.containsKey("productEdit.typeHint." + type.name()), type.name());
            }
            for (String status : List.of("DRAFT", "IN_REVIEW", "REJECTED", "ON_SALE", "DELISTED")) {
                assertTrue(bundle.containsKey("product.status." + status), status);
            }
            for (String status : List.of("DRAFT", "PENDING", "REJECTED")) {
                assertTrue(bundle.containsKey("product.reviewStatus." + status), status);
            }
            ProductForm.FIELD_TYPES.forEach(t -> assertTrue(bundle.containsKey("product.fieldType." + t), t));
            ProductForm.LICENSE_TYPES.forEach(t -> assertTrue(bundle.containsKey("product.licenseType." + t), t));
            ProductForm.ARCHITECTURES.forEach(t -> assertTrue(bundle.containsKey("product.architecture." + t), t));
            ProductSheet.of(ProductFormTest.opsContent()).facts()
                    .forEach(f -> assertTrue(bundle.containsKey(f.labelKey()) && bundle.containsKey(f.valueKey()), f.id()));
        }
    }

    /** Texts the pages format (h:outputFormat, MessageFormat) must parse, or the page fails when it shows them. */
    @Test
    void productTextsWithArgumentsFormatInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            for (String key : bundle.keySet()) {
                String value = bundle.getString(key);
                boolean product = key.startsWith("product") || key.startsWith("catalog") || key.startsWith("preview");
                if (product && value.contains("{") && !value.contains("{currentPage}")) {
                    for (Object n : List.of(0L, 1L, 12L)) {
                        String formatted = new java.text.MessageFormat(value, locale).format(new Object[] {n, n});
                        assertFalse(formatted.contains("{"), key + " → " + formatted);
                    }
                }
            }
            java.text.MessageFormat orders = new java.text.MessageFormat(bundle.getString("product.delist.openOrders"), locale);
            assertTrue(orders.format(new Object[] {3L}).contains("3"), orders.format(new Object[] {3L}));
        }
        assertEquals("没有进行中的订单受影响。", new java.text.MessageFormat(ResourceBundle.getBundle(BUNDLE,
                Locale.SIMPLIFIED_CHINESE).getString("product.delist.openOrders")).format(new Object[] {0L}));
    }
}
