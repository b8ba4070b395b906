package com.cloudmarket.marketplace.notification.application;

import com.cloudmarket.marketplace.notification.domain.InboxMessage;
import com.cloudmarket.marketplace.notification.domain.Notice;
import com.cloudmarket.marketplace.notification.domain.NoticeCatalogue;
import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The in-app inbox: delivery of events as messages, and reading them back in the reader's language. */
@Stateless
public class InboxService {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Persists the event's messages in the caller's transaction (the event's delivery to every channel). They are
     * unique per recipient, event and text, so a redelivered event hits that key and adds nothing.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void deliver(EventEnvelope event) {
        for (Notice notice : NoticeCatalogue.noticesFor(event)) {
            em.persist(new InboxMessage(notice.recipientAccountId(), event.id(), event.type(), notice.titleKey(),
                    notice.bodyKey(), toJson(notice.arguments()), clock.instant()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<NotificationView> inbox(long accountId, PageRequest page, Locale locale) {
        TypedQuery<InboxMessage> query = page.beforeId() == null
                ? em.createNamedQuery("InboxMessage.firstPage", InboxMessage.class)
                : em.createNamedQuery("InboxMessage.nextPage", InboxMessage.class).setParameter("before", page.beforeId());
        List<NotificationView> fetched = query.setParameter("recipient", accountId)
                .setMaxResults(page.fetchSize())
                .getResultStream()
                .map(m -> view(m, locale))
                .toList();
        return page.page(fetched, NotificationView::id);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unreadCount(long accountId) {
        return em.createNamedQuery("InboxMessage.unreadCount", Long.class).setParameter("recipient", accountId).getSingleResult();
    }

    private static NotificationView view(InboxMessage m, Locale locale) {
        Object[] arguments = fromJson(m.arguments());
        return new NotificationView(m.id(), m.eventId(), m.eventType(), Messages.text(locale, m.titleKey(), arguments),
                Messages.text(locale, m.bodyKey(), arguments), m.createdAt().atOffset(ZoneOffset.UTC), m.readAt() != null);
    }

    private static String toJson(List<String> arguments) {
        JsonArrayBuilder array = JsonFactory.createArrayBuilder();
        arguments.forEach(array::add);
        return array.build().toString();
    }

    private static Object[] fromJson(String json) {
        try (JsonReader reader = JsonFactory.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray();
        }
    }
}
