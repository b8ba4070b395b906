package com.cloudmarket.marketplace.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/**
 * A bearer token issued to an integrator. Only its SHA-256 is stored, so a copy of the database grants no access;
 * a token can be revoked before it expires.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.stateByHash", query = "SELECT NEW com.cloudmarket.marketplace.account.domain.ApiTokenState("
        + "t.accountId, t.expiresAt, t.revokedAt) FROM ApiToken t WHERE t.tokenHash = :hash")
public class ApiToken {

    @Id
    @TableGenerator(name = "api_token", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "api_token", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "api_token")
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, Long accountId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
