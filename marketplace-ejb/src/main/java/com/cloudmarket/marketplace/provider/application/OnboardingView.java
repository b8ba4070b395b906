package com.cloudmarket.marketplace.provider.application;

import com.cloudmarket.marketplace.shared.domain.Money;
import jakarta.json.bind.annotation.JsonbNillable;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The onboarding checklist: agreement and deposit. {@code missing} names the open items ({@code AGREEMENT},
 * {@code DEPOSIT}); {@code complete} when none is left.
 */
@JsonbNillable
public record OnboardingView(boolean agreementSigned, String agreementVersion, OffsetDateTime agreementSignedAt,
                             String currentAgreementVersion, boolean depositPaid, Money deposit,
                             OffsetDateTime depositPaidAt, String depositPaymentReference,
                             Money requiredDeposit, boolean complete, List<String> missing) implements Serializable {
}
