package com.cloudmarket.marketplace.provider.application;

import java.math.BigDecimal;

/**
 * The port to whoever takes the provider's money. The default implementation simulates a successful payment and records
 * it; a real acquirer plugs in as a CDI alternative.
 */
public interface PaymentGateway {

    /** Charges and answers the gateway's reference; throws when the payment did not go through. */
    String charge(PaymentRequest request);

    record PaymentRequest(long payerAccountId, String purpose, BigDecimal amount, String currency) {
    }
}
