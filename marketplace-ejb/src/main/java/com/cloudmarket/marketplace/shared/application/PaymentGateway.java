package com.cloudmarket.marketplace.shared.application;

import java.math.BigDecimal;

/**
 * The port to whoever takes a payer's money: a provider's deposit, a customer's order. The default implementation
 * simulates a successful payment and records it; a real acquirer plugs in as a CDI alternative.
 */
public interface PaymentGateway {

    /** Charges and answers the gateway's reference; throws when the payment did not go through. */
    String charge(PaymentRequest request);

    record PaymentRequest(long payerAccountId, String purpose, BigDecimal amount, String currency) {
    }
}
