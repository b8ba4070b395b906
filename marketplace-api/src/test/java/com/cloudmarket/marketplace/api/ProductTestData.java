package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.product.application.FormFieldDraft;
import com.cloudmarket.marketplace.product.application.PlanDraft;
import com.cloudmarket.marketplace.product.application.ProductDraft;
import com.cloudmarket.marketplace.product.application.ServiceContactDraft;

import java.util.List;

/** Valid product drafts of each service type for the product and order component tests. */
final class ProductTestData {

    static final String OPS_SUMMARY = "7×24 小时服务器巡检";

    private ProductTestData() {
    }

    /** An ops service with one plan at {@code amount} and the given requirement-form template. */
    static ProductDraft ops(String name, String amount, List<FormFieldDraft> requirementForm, boolean requirementFirst) {
        return new ProductDraft("OPS_SERVICE", name, OPS_SUMMARY, "<p>巡检与加固</p>", "运维服务",
                List.of(new PlanDraft("基础版", amount, "CNY")), contact(), requirementForm, requirementFirst, 5, 30,
                null, null, null, null, null);
    }

    static ProductDraft software(String name) {
        return new ProductDraft("SOFTWARE_SERVICE", name, "客户管理软件", null, "企业应用",
                List.of(new PlanDraft("年付", "2999.00", "CNY")), contact(), null, null, null, null,
                "3.2", "SUBSCRIPTION", null, null, null);
    }

    static ProductDraft image(String name) {
        return new ProductDraft("IMAGE", name, "预装 Apache、MySQL、PHP", null, "基础环境",
                List.of(new PlanDraft("按次", "0.01", "CNY")), contact(), null, null, null, null,
                null, null, "Ubuntu 22.04", "X86_64", "img-lamp-2204");
    }

    private static ServiceContactDraft contact() {
        return new ServiceContactDraft("王强", "400-800-1234", "ops@yunfan.example.com");
    }
}
