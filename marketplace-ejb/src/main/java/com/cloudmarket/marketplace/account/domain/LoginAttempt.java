package com.cloudmarket.marketplace.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/**
 * A login attempt that has not succeeded (yet): written before the password is checked, so concurrent guesses see each
 * other, and deleted when the login succeeds. In the database rather than in memory, so the limits hold across the
 * servers of a cluster and across restarts. Holds no password, only the login as typed (normalised) and the address.
 */
@Entity
@Table(name = "login_attempt")
@NamedQueries({
        @NamedQuery(name = "LoginAttempt.timesByLogin",
                query = "SELECT a.attemptedAt FROM LoginAttempt a WHERE a.loginKey = :key AND a.attemptedAt > :since AND a.id <> :own ORDER BY a.attemptedAt"),
        @NamedQuery(name = "LoginAttempt.timesByAddress",
                query = "SELECT a.attemptedAt FROM LoginAttempt a WHERE a.clientAddress = :address AND a.attemptedAt > :since AND a.id <> :own ORDER BY a.attemptedAt"),
        @NamedQuery(name = "LoginAttempt.forgetLogin", query = "DELETE FROM LoginAttempt a WHERE a.loginKey = :key"),
        @NamedQuery(name = "LoginAttempt.forget", query = "DELETE FROM LoginAttempt a WHERE a.id = :id"),
        @NamedQuery(name = "LoginAttempt.purge", query = "DELETE FROM LoginAttempt a WHERE a.attemptedAt <= :before")
})
public class LoginAttempt {

    /** Longer than any IPv6 literal. */
    public static final int ADDRESS_MAX = 45;

    @Id
    @TableGenerator(name = "login_attempt", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "login_attempt", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "login_attempt")
    private Long id;

    @Column(name = "login_key", nullable = false, updatable = false, length = LoginThrottle.KEY_MAX)
    private String loginKey;

    @Column(name = "client_address", nullable = false, updatable = false, length = ADDRESS_MAX)
    private String clientAddress;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    protected LoginAttempt() {
    }

    public LoginAttempt(String loginKey, String clientAddress, Instant attemptedAt) {
        this.loginKey = loginKey;
        this.clientAddress = clientAddress;
        this.attemptedAt = attemptedAt;
    }

    public Long id() {
        return id;
    }
}
