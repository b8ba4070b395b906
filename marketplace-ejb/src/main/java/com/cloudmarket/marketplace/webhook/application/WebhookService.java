package com.cloudmarket.marketplace.webhook.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import com.cloudmarket.marketplace.shared.application.IdempotentRequests;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.webhook.domain.WebhookAttempt;
import com.cloudmarket.marketplace.webhook.domain.WebhookDelivery;
import com.cloudmarket.marketplace.webhook.domain.WebhookRules;
import com.cloudmarket.marketplace.webhook.domain.WebhookSubscription;
import com.cloudmarket.marketplace.webhook.domain.WebhookTerms;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A provider's webhook subscriptions and what happened to their deliveries. Another provider's subscription is not
 * found (404); other roles are refused (403).
 */
@Stateless
public class WebhookService {

    static final String SCOPE = "WEBHOOK";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Inject
    private Clock clock;

    @EJB
    private AccountService accounts;

    public WebhookView subscribe(long accountId, WebhookRequest request, String idempotencyKey) {
        requireProvider(accountId);
        WebhookSettings settings = WebhookSettings.current();
        WebhookTerms terms = WebhookRules.validated(request.url(), request.events(), request.secret(),
                url -> WebhookTargets.problem(url, settings.targets()));
        IdempotentRequest idempotent = IdempotentRequest.of(SCOPE, accountId, idempotencyKey, terms);
        if (idempotent != null) {
            Optional<Long> earlier = idempotentRequests.earlierResult(idempotent);
            if (earlier.isPresent()) {
                return view(owned(accountId, earlier.get()));
            }
        }
        // a soft limit against runaway scripts: two concurrent requests may both pass it, which harms nothing
        long active = em.createNamedQuery("WebhookSubscription.countActive", Long.class)
                .setParameter("owner", accountId).getSingleResult();
        if (active >= WebhookRules.SUBSCRIPTIONS_MAX) {
            throw new ConflictException("error.webhookLimit", WebhookRules.SUBSCRIPTIONS_MAX);
        }
        WebhookSubscription subscription = new WebhookSubscription(accountId, terms, clock.instant());
        em.persist(subscription);
        em.flush();
        if (idempotent != null) {
            idempotentRequests.remember(idempotent, subscription.id());
        }
        return view(subscription);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<WebhookView> subscriptions(long accountId, PageRequest page) {
        requireProvider(accountId);
        TypedQuery<WebhookSubscription> query = page.beforeId() == null
                ? em.createNamedQuery("WebhookSubscription.firstPage", WebhookSubscription.class)
                : em.createNamedQuery("WebhookSubscription.nextPage", WebhookSubscription.class)
                .setParameter("before", page.beforeId());
        List<WebhookView> fetched = query.setParameter("owner", accountId).setMaxResults(page.fetchSize())
                .getResultStream().map(WebhookService::view).toList();
        return page.page(fetched, WebhookView::webhookId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WebhookView subscription(long accountId, long webhookId) {
        requireProvider(accountId);
        return view(owned(accountId, webhookId));
    }

    /** Stops the subscription: nothing new is delivered and deliveries still waiting are cancelled. */
    public void unsubscribe(long accountId, long webhookId) {
        requireProvider(accountId);
        WebhookSubscription subscription = owned(accountId, webhookId);
        subscription.delete(clock.instant());
        em.createNamedQuery("WebhookDelivery.cancelPending").setParameter("subscription", subscription.id())
                .executeUpdate();
    }

    /** Every attempt made for the subscription, newest first, with the status each delivery has now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<DeliveryAttemptView> attempts(long accountId, long webhookId, PageRequest page) {
        requireProvider(accountId);
        WebhookSubscription subscription = owned(accountId, webhookId);
        TypedQuery<WebhookAttempt> query = page.beforeId() == null
                ? em.createNamedQuery("WebhookAttempt.firstPage", WebhookAttempt.class)
                : em.createNamedQuery("WebhookAttempt.nextPage", WebhookAttempt.class)
                .setParameter("before", page.beforeId());
        List<DeliveryAttemptView> fetched = query.setParameter("subscription", subscription.id())
                .setMaxResults(page.fetchSize()).getResultStream().map(WebhookService::view).toList();
        return page.page(fetched, DeliveryAttemptView::attemptId);
    }

    /** Sends a delivered, failed or cancelled delivery again at once, same event id and body (a receiver de-duplicates). */
    public DeliveryView redeliver(long accountId, long webhookId, long deliveryId) {
        requireProvider(accountId);
        WebhookSubscription subscription = owned(accountId, webhookId);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.subscriptionId() != subscription.id()) {
            throw new NotFoundException("error.webhookDeliveryNotFound");
        }
        delivery.redeliver(clock.instant());
        return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status().name(),
                delivery.attempts(), utc(delivery.nextAttemptAt()));
    }

    private WebhookSubscription owned(long accountId, long webhookId) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, webhookId);
        if (subscription == null || subscription.ownerAccountId() != accountId || subscription.deleted()) {
            throw new NotFoundException("error.webhookNotFound");
        }
        return subscription;
    }

    private void requireProvider(long accountId) {
        if (!accounts.find(accountId).roles().contains("PROVIDER")) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    private static WebhookView view(WebhookSubscription s) {
        return new WebhookView(s.id(), s.url().toString(), s.events().stream().map(Enum::name).toList(), s.secretHint(),
                utc(s.createdAt()));
    }

    private static DeliveryAttemptView view(WebhookAttempt a) {
        WebhookDelivery d = a.delivery();
        return new DeliveryAttemptView(a.id(), d.id(), d.eventId(), d.eventType(), a.attemptNo(), utc(a.attemptedAt()),
                a.statusCode(), a.error(), a.durationMillis(), a.outcome().name(), utc(a.nextAttemptAt()),
                d.status().name());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
