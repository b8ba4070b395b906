package com.cloudmarket.marketplace.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's or company's login to the marketplace. The account ID is the identity that reviews, orders and the
 * console header show: numeric, never reused, never changed.
 * <p>
 * In the shared cache: every authenticated request and most services look the caller up by id, and accounts change
 * only through this entity (the migration import only inserts new ones), so the cache cannot go stale.
 */
@Entity
@Cacheable
@Table(name = "account")
@NamedQuery(name = "Account.byLogin", query = "SELECT a FROM Account a WHERE a.login = :login")
@NamedQuery(name = "Account.withRole",
        query = "SELECT a FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.accountId")
public class Account {

    @Id
    @Column(name = "id")
    @TableGenerator(name = "accountId", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "account", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "accountId")
    private Long accountId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "login", nullable = false, updatable = false, length = 32)
    private String login;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Column(name = "mobile", length = 20)
    private String mobile;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String login, String passwordHash, String displayName, String mobile, String email, String language,
                   Set<Role> roles, Instant createdAt) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.mobile = mobile;
        this.email = email;
        this.language = language;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long accountId() {
        return accountId;
    }

    public String login() {
        return login;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String mobile() {
        return mobile;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Re-hashes with the current work factor when a login proves the password; old hashes upgrade themselves. */
    public void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }
}
