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
import com.cloudmarket.marketplace.shared.infrastructure.ConsumedEvents;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The SMS channel: turns events into texts for the gateway the administrator selected, records each SMS with the
 * gateway that took it, and lets operators read what was sent.
 */
@Stateless
public class SmsService {

    static final String CHANNEL = "sms";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private ConsumedEvents consumed;

    @Inject
    @Any
    private Instance<SmsGateway> gateways;

    @Inject
    private Clock clock;

    public void deliver(EventEnvelope event) {
        List<Notice> texts = NoticeCatalogue.noticesFor(event).stream().filter(Notice::wantsSms).toList();
        // an event without a text leaves no mark: nothing was sent that a redelivery could send again
        if (texts.isEmpty() || !consumed.firstDelivery(CHANNEL, event.id())) {
            return;
        }
        SmsGateway gateway = selectedGateway();
        for (Notice notice : texts) {
            String text = Messages.text(Messages.fromTag(notice.language()), notice.smsKey(), notice.arguments().toArray());
            gateway.send(new SmsGateway.OutgoingSms(event.id(), notice.mobile(), notice.smsKey(), text));
            em.persist(new SmsMessage(event.id(), notice.mobile(), notice.smsKey(), text, gateway.name(), clock.instant()));
        }
    }

    /** Read at send time, not at injection, so an administrator's switch applies without a redeployment. */
    private SmsGateway selectedGateway() {
        return SmsGatewayChoice.choose(
                ConfigProvider.getConfig().getOptionalValue(SmsGatewayChoice.SETTING, String.class), gateways);
    }

    /** Every SMS sent, with the gateway that handled it, newest first; {@code to} filters by recipient mobile. */
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
                .map(s -> new SmsView(s.id(), s.recipientMobile(), s.text(), s.templateKey(), s.eventId(), s.gateway(),
                        s.sentAt().atOffset(ZoneOffset.UTC)))
                .toList();
        return page.page(fetched, SmsView::id);
    }
}
