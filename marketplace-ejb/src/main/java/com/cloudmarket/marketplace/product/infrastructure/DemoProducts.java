package com.cloudmarket.marketplace.product.infrastructure;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.product.application.FormFieldDraft;
import com.cloudmarket.marketplace.product.application.PlanDraft;
import com.cloudmarket.marketplace.product.application.ProductDraft;
import com.cloudmarket.marketplace.product.application.ProductFilter;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.application.ServiceContactDraft;
import com.cloudmarket.marketplace.review.application.ReviewService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.logging.Logger;

/**
 * With the demo data, the demo provider has one product of each service type on sale, so the storefront, a purchase
 * and a delivery can be tried at once. They go the way every product goes: created, submitted, approved by the demo
 * operator. Left alone when the demo provider already has products.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoProducts {

    private static final Logger LOG = Logger.getLogger(DemoProducts.class.getName());
    private static final ServiceContactDraft CONTACT = new ServiceContactDraft("李娜 Li Na", "400-800-1234",
            "service@yunfan.example.com");

    @Inject
    @ConfigProperty(name = "marketplace.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @EJB
    private AccountService accounts;

    @EJB
    private ProductService products;

    @EJB
    private ReviewService reviews;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        long provider = accounts.findByLogin("provider").orElseThrow().accountId();
        long operator = accounts.findByLogin("operator").orElseThrow().accountId();
        if (products.count(provider, ProductFilter.none(), null, 1) > 0) {
            return;
        }
        for (ProductDraft draft : List.of(serverCare(), crm(), lampImage())) {
            long productId = products.create(provider, draft).productId();
            reviews.approve(products.submit(provider, productId).reviewId(), operator);
        }
        LOG.info("Demo products on sale: 3");
    }

    private static ProductDraft serverCare() {
        return new ProductDraft("OPS_SERVICE", "云服务器运维托管 Server care", "7×24 小时巡检、补丁与加固",
                "<p>每月巡检、系统补丁、安全加固与故障处理。</p><ul><li>7×24 监控</li><li>月度报告</li></ul>", "运维服务",
                List.of(new PlanDraft("基础版", "199.00", "CNY"), new PlanDraft("专业版", "1999.50", "CNY")), CONTACT,
                List.of(new FormFieldDraft("serverIp", "服务器 IP", "TEXT", true, null),
                        new FormFieldDraft("os", "操作系统", "SELECT", true, List.of("CentOS", "Ubuntu", "Windows Server")),
                        new FormFieldDraft("notes", "备注", "TEXTAREA", false, null)),
                true, 5, 30, null, null, null, null, null);
    }

    private static ProductDraft crm() {
        return new ProductDraft("SOFTWARE_SERVICE", "云帆 CRM", "客户关系管理软件，按年订阅", "<p>线索、商机、合同与回款。</p>",
                "企业应用", List.of(new PlanDraft("年付", "2999.00", "CNY")), CONTACT, null, null, null, null,
                "3.2", "SUBSCRIPTION", null, null, null);
    }

    private static ProductDraft lampImage() {
        return new ProductDraft("IMAGE", "LAMP 环境镜像", "预装 Apache、MySQL、PHP", "<p>Ubuntu 22.04 上的 LAMP 环境。</p>",
                "基础环境", List.of(new PlanDraft("按次", "0.01", "CNY")), CONTACT, null, null, null, null,
                null, null, "Ubuntu 22.04", "X86_64", "img-lamp-2204");
    }
}
