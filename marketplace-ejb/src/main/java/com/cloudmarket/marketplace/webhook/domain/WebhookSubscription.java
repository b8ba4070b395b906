package com.cloudmarket.marketplace.webhook.domain;

import com.cloudmarket.marketplace.shared.domain.EventType;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A provider's request to receive some event types at a URL, signed with its secret. Deleting keeps the row, so the
 * delivery history stays readable, and stops every delivery still waiting.
 * <p>
 * Every event looks its provider's subscriptions up, and most providers have none, so that lookup's results are cached
 * (in this server; the marketplace runs on one, as for the API tokens). EclipseLink drops them whenever a subscription
 * is written, so a new or deleted subscription applies from the next event.
 */
@Entity
@Cacheable
@Table(name = "webhook_subscription")
@NamedQuery(name = "WebhookSubscription.ofOwner", query = "SELECT s FROM WebhookSubscription s "
        + "WHERE s.ownerAccountId = :owner AND s.deletedAt IS NULL", hints = {
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE),
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_SIZE, value = "2000")})
@NamedQuery(name = "WebhookSubscription.firstPage", query = "SELECT s FROM WebhookSubscription s "
        + "WHERE s.ownerAccountId = :owner AND s.deletedAt IS NULL ORDER BY s.id DESC")
@NamedQuery(name = "WebhookSubscription.nextPage", query = "SELECT s FROM WebhookSubscription s "
        + "WHERE s.ownerAccountId = :owner AND s.deletedAt IS NULL AND s.id < :before ORDER BY s.id DESC")
@NamedQuery(name = "WebhookSubscription.countActive", query = "SELECT COUNT(s) FROM WebhookSubscription s "
        + "WHERE s.ownerAccountId = :owner AND s.deletedAt IS NULL")
public class WebhookSubscription {

    @Id
    @TableGenerator(name = "webhook_subscription", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "webhook_subscription", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "webhook_subscription")
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_account_id", nullable = false, updatable = false)
    private long ownerAccountId;

    @Column(name = "url", nullable = false, updatable = false, length = 500)
    private String url;

    @Column(name = "event_types", nullable = false, updatable = false, length = 400)
    private String eventTypes;

    @Column(name = "secret", nullable = false, updatable = false, length = 128)
    private String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(long ownerAccountId, WebhookTerms terms, Instant now) {
        this.ownerAccountId = ownerAccountId;
        this.url = terms.url().toString();
        this.eventTypes = terms.events().stream().map(Enum::name).collect(Collectors.joining(","));
        this.secret = terms.secret();
        this.createdAt = now;
    }

    public void delete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    public boolean wants(String eventType) {
        return Arrays.asList(eventTypes.split(",")).contains(eventType);
    }

    public Set<EventType> events() {
        EnumSet<EventType> events = EnumSet.noneOf(EventType.class);
        Arrays.stream(eventTypes.split(",")).map(EventType::valueOf).forEach(events::add);
        return events;
    }

    public Long id() {
        return id;
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    public URI url() {
        return URI.create(url);
    }

    public String secret() {
        return secret;
    }

    /** The last four characters, enough for the owner to tell which secret is in use. */
    public String secretHint() {
        return "…" + secret.substring(secret.length() - 4);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
