package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment the simulated gateway accepted: the record a real acquirer's statement would give. */
@Entity
@Table(name = "payment")
public class RecordedPayment {

    @Id
    @TableGenerator(name = "payment", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "payment", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "payment")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false, length = 64)
    private String reference;

    @Column(name = "payer_account_id", nullable = false, updatable = false)
    private long payerAccountId;

    @Column(name = "purpose", nullable = false, updatable = false, length = 40)
    private String purpose;

    @Column(name = "amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "gateway", nullable = false, updatable = false, length = 32)
    private String gateway;

    @Column(name = "status", nullable = false, updatable = false, length = 20)
    private String status;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;

    protected RecordedPayment() {
    }

    public RecordedPayment(String reference, long payerAccountId, String purpose, BigDecimal amount, String currency,
                           String gateway, String status, Instant paidAt) {
        this.reference = reference;
        this.payerAccountId = payerAccountId;
        this.purpose = purpose;
        this.amount = amount;
        this.currency = currency;
        this.gateway = gateway;
        this.status = status;
        this.paidAt = paidAt;
    }
}
