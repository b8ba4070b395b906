package com.cloudmarket.marketplace.review.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.review.domain.Review;
import com.cloudmarket.marketplace.review.domain.ReviewStatus;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.Outbox;
import com.cloudmarket.marketplace.shared.domain.DomainEvent;
import com.cloudmarket.marketplace.shared.domain.EventType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Tells every operator, once, that a pending review has passed its due time. The alert mark and the
 * {@code REVIEW_OVERDUE} event commit together, so a review is alerted exactly once across ticks, restarts and servers.
 */
@Stateless
public class OverdueReviewAlarm {

    private static final String AGGREGATE = "Review";

    /**
     * Claims the review for this transaction only if nobody has alerted it and it is still pending. Native SQL so the
     * claim is one conditional row update (a concurrent scan waits on the row and then matches nothing) and so it
     * leaves the version alone: an operator deciding at that moment must not get a spurious conflict.
     */
    private static final String CLAIM = "UPDATE review SET overdue_alerted_at = ? "
            + "WHERE id = ? AND status = ? AND overdue_alerted_at IS NULL";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @EJB
    private AccountService accounts;

    /** Alerts up to {@code limit} overdue reviews, oldest due first, in one transaction; returns how many it alerted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int alertNextBatch(int limit) {
        Instant now = clock.instant();
        List<Review> overdue = em.createNamedQuery("Review.overdueNotAlerted", Review.class)
                .setParameter("status", ReviewStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        if (overdue.isEmpty()) {
            return 0;
        }
        List<AccountView> operators = accounts.operators();
        int alerted = 0;
        for (Review review : overdue) {
            int claimed = em.createNativeQuery(CLAIM)
                    .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .setParameter(2, review.id())
                    .setParameter(3, ReviewStatus.PENDING.name())
                    .executeUpdate();
            if (claimed == 1) {
                outbox.append(DomainEvent.of(EventType.REVIEW_OVERDUE, now, AGGREGATE, review.id(),
                        JsonFactory.createObjectBuilder()
                                .add("reviewId", review.id())
                                .add("subject", review.subject().name())
                                .add("subjectId", review.subjectId())
                                .add("providerAccountId", review.providerAccountId())
                                .add("dueAt", review.dueAt().toString())
                                .add("recipients", recipients(operators))
                                .build()));
                alerted++;
            }
        }
        return alerted;
    }

    private static JsonArrayBuilder recipients(List<AccountView> operators) {
        JsonArrayBuilder array = JsonFactory.createArrayBuilder();
        operators.forEach(o -> array.add(JsonFactory.createObjectBuilder()
                .add("accountId", o.accountId())
                .add("language", o.language())));
        return array;
    }
}
