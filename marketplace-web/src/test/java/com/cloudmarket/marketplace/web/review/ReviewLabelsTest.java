package com.cloudmarket.marketplace.web.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewLabelsTest {

    private static final String BUNDLE = "com.cloudmarket.marketplace.web.i18n.console";

    private final ReviewLabels zh = new ReviewLabels(ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE));
    private final ReviewLabels en = new ReviewLabels(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    @Test
    void profileFieldsAndOtherAuditedFieldsHaveLabelsUnknownOnesShowTheirPath() {
        assertEquals("公司名称", zh.field("company.name"));
        assertEquals("Company name", en.field("company.name"));
        assertEquals("原因", zh.field("reason"));
        assertEquals("Payment reference", en.field("paymentReference"));
        assertEquals("company.logo", zh.field("company.logo"));
        assertEquals(ReviewLabels.EMPTY, zh.field(null));
    }

    @Test
    void emptyValuesAreADashStatusesAreTextsInstantsAreBeijingTime() {
        assertEquals("—", zh.value("company.name", null));
        assertEquals("—", zh.value("company.name", "  "));
        assertEquals("云帆科技", zh.value("company.name", "云帆科技"));
        assertEquals("已驳回", zh.value("status", "REJECTED"));
        assertEquals("Pending", en.value("status", "PENDING"));
        assertEquals("2026-02-14 08:30:00", zh.value("agreementSignedAt", "2026-02-14T00:30:00Z"));
        assertEquals("yesterday", zh.value("agreementSignedAt", "yesterday"));
    }

    @Test
    void codesBecomeTextsAndAnUnknownCodeStaysReadable() {
        assertEquals("服务商资料", zh.subject("PROVIDER_PROFILE"));
        assertEquals("Product", en.subject("PRODUCT"));
        assertEquals("待审核", zh.status("PENDING"));
        assertEquals("Review rejected", en.action("REVIEW_REJECTED"));
        assertEquals("缴纳保证金", zh.action("DEPOSIT_PAID"));
        assertEquals("SOMETHING_NEW", zh.action("SOMETHING_NEW"));
    }

    @Test
    void missingOnboardingItemsAreOneSentence() {
        assertEquals("签署服务商协议、缴纳保证金", zh.onboardingItems(List.of("AGREEMENT", "DEPOSIT")));
        assertEquals("signing the agreement, paying the deposit", en.onboardingItems(List.of("AGREEMENT", "DEPOSIT")));
        assertEquals("", zh.onboardingItems(List.of()));
        assertEquals("", zh.onboardingItems(null));
    }

    @Test
    void productFieldsOfTheServicesDiffHaveLabelsAndTheirCodesTexts() {
        assertEquals("商品名称", zh.field("name"));
        assertEquals("Delivery time", en.field("ops.deliveryDays"));
        assertEquals("套餐", zh.field("plans"));
        assertEquals("套餐“专业版”的价格", zh.field("plans.专业版.price"));
        assertEquals("Price of plan \"Pro\"", en.field("plans.Pro.price"));
        assertEquals("镜像地址", zh.field("image.imageReference"));
        assertEquals("修订版本", zh.field("revision"));
        assertEquals("是", zh.value("ops.requirementBeforeStart", "true"));
        assertEquals("Subscription", en.value("software.licenseType", "SUBSCRIPTION"));
        assertEquals("ARM64", zh.value("image.architecture", "ARM64"));
        assertEquals("已下架", zh.value("status", "DELISTED"));
        assertEquals("已驳回", zh.value("status", "REJECTED"));
        assertEquals("Product delisted", en.action("PRODUCT_DELISTED"));
    }
}
