package com.cloudmarket.marketplace.account.infrastructure;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.domain.Account;
import com.cloudmarket.marketplace.account.domain.PasswordHasher;
import com.cloudmarket.marketplace.account.domain.Role;
import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.ProfileRules;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * Demo logins for a first look at the marketplace, created at start-up when {@code marketplace.demo.enabled} is true and
 * left alone when they already exist. The operator is created directly: no other path creates the first operator.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @Inject
    @ConfigProperty(name = "marketplace.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "marketplace.demo.password", defaultValue = "Demo@2026")
    private String password;

    @Inject
    @ConfigProperty(name = "marketplace.password.pbkdf2-iterations", defaultValue = "210000")
    private int iterations;

    @EJB
    private AccountService accounts;

    @EJB
    private ProviderService providers;

    @EJB
    private OnboardingService onboarding;

    @Inject
    @ConfigProperty(name = "marketplace.provider.agreement-version", defaultValue = "2026-01")
    private String agreementVersion;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (accounts.findByLogin("operator").isEmpty()) {
            em.persist(new Account("operator", new PasswordHasher(iterations).hash(password), "平台审核员 Operator", null, null,
                    "zh-CN", EnumSet.of(Role.OPERATOR), clock.instant()));
        }
        signUpIfMissing("provider", "云帆科技 Yunfan Tech", "13800000001", "PROVIDER");
        signUpIfMissing("customer", "张伟 Zhang Wei", "13900000002", "CUSTOMER");
        completeDemoProvider(accounts.findByLogin("provider").orElseThrow().accountId());
        LOG.info("Demo accounts ready: operator, provider, customer");
    }

    private void signUpIfMissing(String login, String displayName, String mobile, String role) {
        if (accounts.findByLogin(login).isEmpty()) {
            accounts.signUp(new SignUpCommand(login, password, displayName, mobile, login + "@demo.example.com", role, "zh-CN"));
        }
    }

    /** The demo provider gets a live profile and finished onboarding, so product reviews can be tried at once. */
    private void completeDemoProvider(long accountId) {
        providers.establishInitialProfile(accountId, new ProfileContent(
                new ProfileContent.Company("云帆科技有限公司 Yunfan Technology Co., Ltd.",
                        ProfileRules.withCheckCharacter("91310115MA1K4ABC1"), "上海市浦东新区张江路 100 号",
                        "https://yunfan.example.com", "专注云上运维与数据迁移服务。Cloud operations and data migration."),
                new ProfileContent.CustomerService("400-800-1234", "service@yunfan.example.com", "工作日 9:00-18:00",
                        "https://yunfan.example.com/support"),
                new ProfileContent.Contact("李娜 Li Na", "13800000001", "lina@yunfan.example.com")));
        var state = onboarding.onboarding(accountId);
        if (!state.agreementSigned()) {
            onboarding.signAgreement(accountId, agreementVersion);
        }
        if (!state.depositPaid()) {
            onboarding.payDeposit(accountId, state.requiredDeposit().amount().toPlainString());
        }
    }
}
