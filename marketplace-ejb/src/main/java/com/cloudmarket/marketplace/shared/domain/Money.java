package com.cloudmarket.marketplace.shared.domain;

import jakarta.json.bind.annotation.JsonbNumberFormat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount in a currency; JSON shows the amount as a decimal string ({@code {"amount":"199.00","currency":"CNY"}}). */
public record Money(@JsonbNumberFormat(value = "0.00", locale = "en") BigDecimal amount, String currency)
        implements Serializable {

    public Money {
        Objects.requireNonNull(amount);
        Objects.requireNonNull(currency);
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money cny(BigDecimal amount) {
        return new Money(amount, "CNY");
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
