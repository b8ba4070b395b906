package com.cloudmarket.marketplace.provider.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The organisation behind a PROVIDER account: its live profile (what customers and reviews see) and its onboarding
 * (agreement, deposit). The live profile changes only when a reviewed revision is approved.
 */
@Entity
@Table(name = "provider")
@NamedQuery(name = "Provider.byAccount", query = "SELECT p FROM Provider p WHERE p.accountId = :account")
public class Provider {

    @Id
    @TableGenerator(name = "provider", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "provider", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "provider")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Null until the first revision is approved. */
    @Column(name = "profile_live_since")
    private Instant profileLiveSince;

    @Embedded
    private ProfileFields live;

    @Column(name = "pending_revision_id")
    private Long pendingRevisionId;

    @Column(name = "agreement_version", length = 20)
    private String agreementVersion;

    @Column(name = "agreement_signed_at")
    private Instant agreementSignedAt;

    @Column(name = "deposit_amount", precision = 12, scale = 2)
    private BigDecimal depositAmount;

    @Column(name = "deposit_currency", length = 3)
    private String depositCurrency;

    @Column(name = "deposit_payment_reference", length = 64)
    private String depositPaymentReference;

    @Column(name = "deposit_paid_at")
    private Instant depositPaidAt;

    protected Provider() {
    }

    public Provider(long accountId, Instant createdAt) {
        this.accountId = accountId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    /** Changes with every change of the provider, its draft included: the ETag of the provider resource. */
    public long version() {
        return version;
    }

    /** The live profile, or null when no revision was approved yet. */
    public ProfileContent liveProfile() {
        return profileLiveSince == null || live == null ? null : live.content();
    }

    public Long pendingRevisionId() {
        return pendingRevisionId;
    }

    public void revisionSubmitted(long revisionId) {
        this.pendingRevisionId = revisionId;
    }

    public void applyProfile(ProfileContent content, Instant at) {
        this.live = ProfileFields.of(content);
        this.profileLiveSince = at;
        this.pendingRevisionId = null;
    }

    public void revisionRejected() {
        this.pendingRevisionId = null;
    }

    public String agreementVersion() {
        return agreementVersion;
    }

    public Instant agreementSignedAt() {
        return agreementSignedAt;
    }

    public void signAgreement(String version, Instant at) {
        this.agreementVersion = version;
        this.agreementSignedAt = at;
    }

    public boolean depositPaid() {
        return depositPaidAt != null;
    }

    public BigDecimal depositAmount() {
        return depositAmount;
    }

    public String depositCurrency() {
        return depositCurrency;
    }

    public Instant depositPaidAt() {
        return depositPaidAt;
    }

    public String depositPaymentReference() {
        return depositPaymentReference;
    }

    public void depositPaid(BigDecimal amount, String currency, String reference, Instant at) {
        this.depositAmount = amount;
        this.depositCurrency = currency;
        this.depositPaymentReference = reference;
        this.depositPaidAt = at;
    }
}
