package com.cloudmarket.marketplace.notification.application;

import com.cloudmarket.marketplace.account.domain.AccountRules;
import com.cloudmarket.marketplace.notification.domain.Notice;
import com.cloudmarket.marketplace.notification.domain.NoticeCatalogue;
import com.cloudmarket.marketplace.notification.domain.SmsMessage;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The SMS channel: turns events into texts queued in the SMS outbox, and lets operators read the outbox. The
 * dispatcher ({@link SmsQueue}) sends them through the gateway the administrator selected.
 */
@Stateless
public class SmsService {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Queues the event's texts in the caller's transaction (the event's delivery to every channel); the dispatcher
     * sends them after it commits. Each is unique per event, recipient and template, so a redelivered event queues
     * nothing twice.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(EventEnvelope event) {
        for (Notice notice : NoticeCatalogue.noticesFor(event)) {
            if (notice.wantsSms()) {
                String text = Messages.text(Messages.fromTag(notice.language()), notice.smsKey(),
                        notice.arguments().toArray());
                em.persist(new SmsMessage(event.id(), notice.mobile(), notice.smsKey(), text, clock.instant()));
            }
        }
    }

    /**
     * The outbox, newest first: what was sent, with the gateway that took it, and what waits or failed; {@code to}
     * filters by recipient mobile.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<SmsView> outbox(String to, PageRequest page) {
        String mobile = null;
        if (to != null && !to.isBlank()) {
            mobile = AccountRules.normalizeMobile(to);
            if (mobile == null) {
                throw InvalidInputException.of("to", "mobile");
            }
        }
        String name = (mobile == null ? "SmsMessage.firstPage" : "SmsMessage.firstPageTo");
        if (page.beforeId() != null) {
            name = name.replace("firstPage", "nextPage");
        }
        TypedQuery<SmsMessage> query = em.createNamedQuery(name, SmsMessage.class);
        if (mobile != null) {
            query.setParameter("to", mobile);
        }
        if (page.beforeId() != null) {
            query.setParameter("before", page.beforeId());
        }
        List<SmsView> fetched = query.setMaxResults(page.fetchSize()).getResultStream()
                .map(SmsService::view)
                .toList();
        return page.page(fetched, SmsView::id);
    }

    private static SmsView view(SmsMessage s) {
        return new SmsView(s.id(), s.recipientMobile(), s.text(), s.templateKey(), s.eventId(), s.status().name(),
                s.queuedAt().atOffset(ZoneOffset.UTC), s.attempts(), s.lastError(), s.gateway(),
                s.sentAt() == null ? null : s.sentAt().atOffset(ZoneOffset.UTC));
    }
}
