package com.cloudmarket.marketplace.provider.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.shared.application.PaymentGateway;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.shared.audit.FieldChange;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The onboarding checklist of a provider: the signed agreement (version and time) and the paid deposit. Product
 * reviews ask {@link #requireComplete} before they approve.
 */
@Stateless
public class OnboardingService {

    public static final String AGREEMENT = "AGREEMENT";
    public static final String DEPOSIT = "DEPOSIT";
    public static final String CURRENCY = "CNY";

    @Inject
    @ConfigProperty(name = "marketplace.provider.agreement-version", defaultValue = "2026-01")
    private String currentAgreementVersion;

    @Inject
    @ConfigProperty(name = "marketplace.provider.deposit-amount", defaultValue = "10000.00")
    private String depositSetting;

    @Inject
    private Providers providers;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @EJB
    private AccountService accounts;

    /** The checklist of any account; a provider that never used the console has everything missing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OnboardingView onboarding(long providerAccountId) {
        return view(providers.byAccount(providerAccountId).orElse(null));
    }

    /** Complete onboarding or a 409 whose message names the missing items. */
    public void requireComplete(long providerAccountId) {
        OnboardingView view = onboarding(providerAccountId);
        if (!view.complete()) {
            throw new ConflictException("error.onboardingIncomplete." + String.join("_", view.missing()));
        }
    }

    public OnboardingView signAgreement(long providerAccountId, String version) {
        requireProvider(providerAccountId);
        if (version == null || version.isBlank()) {
            throw InvalidInputException.of("version", "required");
        }
        if (!currentAgreementVersion.equals(version.strip())) {
            throw InvalidInputException.of("version", "agreementVersion", currentAgreementVersion);
        }
        Provider provider = providers.ofAccount(providerAccountId);
        if (currentAgreementVersion.equals(provider.agreementVersion())) {
            return view(provider); // signing the same version again changes nothing
        }
        String before = provider.agreementVersion();
        providers.guard(provider);
        provider.signAgreement(currentAgreementVersion, clock.instant());
        audit.record(providerAccountId, "AGREEMENT_SIGNED", "PROVIDER", provider.id(), providerAccountId,
                List.of(new FieldChange("agreementVersion", before, currentAgreementVersion),
                        new FieldChange("agreementSignedAt", null, provider.agreementSignedAt().toString())));
        return view(provider);
    }

    /** Pays the deposit through the payment gateway; the amount must be exactly the configured one. */
    public OnboardingView payDeposit(long providerAccountId, String amount) {
        requireProvider(providerAccountId);
        BigDecimal required = requiredDeposit();
        if (amount == null || amount.isBlank()) {
            throw InvalidInputException.of("amount", "required");
        }
        BigDecimal paid;
        try {
            paid = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("amount", "decimal");
        }
        if (paid.compareTo(required) != 0) {
            throw InvalidInputException.of("amount", "depositAmount", required.toPlainString(), CURRENCY);
        }
        Provider provider = providers.ofAccount(providerAccountId);
        if (provider.depositPaid()) {
            throw new ConflictException("error.depositAlreadyPaid");
        }
        providers.guard(provider);
        String reference = gateway.charge(new PaymentGateway.PaymentRequest(providerAccountId, "PROVIDER_DEPOSIT",
                required, CURRENCY));
        Instant now = clock.instant();
        provider.depositPaid(required, CURRENCY, reference, now);
        audit.record(providerAccountId, "DEPOSIT_PAID", "PROVIDER", provider.id(), providerAccountId,
                List.of(new FieldChange("deposit", null, required.toPlainString() + " " + CURRENCY),
                        new FieldChange("paymentReference", null, reference)));
        return view(provider);
    }

    BigDecimal requiredDeposit() {
        return new BigDecimal(depositSetting.strip()).setScale(2);
    }

    private void requireProvider(long accountId) {
        if (!accounts.find(accountId).roles().contains("PROVIDER")) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    private OnboardingView view(Provider p) {
        boolean signed = p != null && currentAgreementVersion.equals(p.agreementVersion());
        boolean paid = p != null && p.depositPaid();
        List<String> missing = new ArrayList<>();
        if (!signed) {
            missing.add(AGREEMENT);
        }
        if (!paid) {
            missing.add(DEPOSIT);
        }
        return new OnboardingView(signed, p == null ? null : p.agreementVersion(),
                p == null || p.agreementSignedAt() == null ? null : p.agreementSignedAt().atOffset(ZoneOffset.UTC),
                currentAgreementVersion, paid, paid ? new Money(p.depositAmount(), p.depositCurrency()) : null,
                paid ? p.depositPaidAt().atOffset(ZoneOffset.UTC) : null, paid ? p.depositPaymentReference() : null,
                Money.cny(requiredDeposit()), missing.isEmpty(), List.copyOf(missing));
    }
}
