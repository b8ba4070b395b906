package com.cloudmarket.marketplace.review.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.review.domain.Review;
import com.cloudmarket.marketplace.review.domain.ReviewStatus;
import com.cloudmarket.marketplace.review.domain.ReviewSubject;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.shared.audit.FieldChange;
import com.cloudmarket.marketplace.shared.audit.FieldChanges;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The operator's review queue for every kind of subject. Deciding is generic; what approval or rejection means is up
 * to the subject's {@link ReviewSubjectHandler}. Product approvals additionally need the provider's onboarding done.
 */
@Stateless
public class ReviewService {

    static final Set<ReviewSubject> NEED_ONBOARDING = EnumSet.of(ReviewSubject.PRODUCT);
    /** Short enough that the rejection SMS, which quotes it, stays within one stored message. */
    static final int REASON_MAX = 200;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<ReviewSubjectHandler> handlers;

    @Inject
    private AuditTrail audit;

    @EJB
    private BusinessCalendarService calendar;

    @EJB
    private OnboardingService onboarding;

    @EJB
    private AccountService accounts;

    /** Opens a review for a submission, due after the given number of business days; in the submitter's transaction. */
    public OpenedReview open(ReviewSubject subject, long subjectId, long providerAccountId, int businessDays) {
        Instant now = clock.instant();
        Review review = new Review(subject, subjectId, providerAccountId, now, calendar.dueAt(now, businessDays));
        em.persist(review);
        em.flush();
        return new OpenedReview(review.id(), review.status().name(), review.dueAt());
    }

    /** Reviews of one status ordered by due time (then id), keyset-paged on (dueAt, id). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ReviewView> queue(String status, String cursor, Integer limit, long operatorAccountId) {
        requireOperator(operatorAccountId);
        ReviewStatus wanted = parseStatus(status);
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            throw InvalidInputException.of("limit", "limitRange", 1, 100);
        }
        ReviewCursor after = ReviewCursor.decode(cursor);
        TypedQuery<Review> query = after == null
                ? em.createNamedQuery("Review.firstPage", Review.class)
                : em.createNamedQuery("Review.nextPage", Review.class)
                        .setParameter("due", after.dueAt()).setParameter("id", after.id());
        List<Review> fetched = query.setParameter("status", wanted).setMaxResults(size + 1).getResultList();
        Instant now = clock.instant();
        List<ReviewView> items = fetched.stream().limit(size).map(r -> view(r, now)).toList();
        String next = null;
        if (fetched.size() > size) {
            Review last = fetched.get(size - 1);
            next = new ReviewCursor(last.dueAt(), last.id()).encode();
        }
        return new Page<>(items, next);
    }

    /**
     * The review with its field changes: computed live while pending, as stored at the decision afterwards (an approved
     * draft is the live profile by then). Reviews decided before the changes were stored fall back to the live diff.
     */
    /** How many reviews wait and how many of them are past due: two index-only counts, whatever the queue's length. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public QueueCounts pendingCounts(long operatorAccountId) {
        requireOperator(operatorAccountId);
        long pending = em.createNamedQuery("Review.countByStatus", Long.class)
                .setParameter("status", ReviewStatus.PENDING).getSingleResult();
        long overdue = em.createNamedQuery("Review.countDueBefore", Long.class)
                .setParameter("status", ReviewStatus.PENDING).setParameter("now", clock.instant()).getSingleResult();
        return new QueueCounts(pending, overdue);
    }

    public ReviewDetailView detail(long reviewId, long operatorAccountId) {
        requireOperator(operatorAccountId);
        Review review = find(reviewId);
        ReviewView v = view(review, clock.instant());
        List<FieldChange> changes = review.changes() != null
                ? FieldChanges.fromJson(review.changes())
                : handlerFor(review.subject()).changes(review.subjectId());
        return new ReviewDetailView(v.reviewId(), v.subject(), v.subjectId(), v.providerAccountId(), v.submittedAt(),
                v.dueAt(), v.overdue(), v.status(), v.decidedBy(), v.decidedAt(), v.reason(), changes,
                onboarding.onboarding(review.providerAccountId()));
    }

    public ReviewView approve(long reviewId, long operatorAccountId) {
        requireOperator(operatorAccountId);
        Review review = findForDecision(reviewId);
        ReviewSubjectHandler handler = handlerFor(review.subject());
        if (NEED_ONBOARDING.contains(review.subject())) {
            onboarding.requireComplete(review.providerAccountId());
        }
        List<FieldChange> changes = handler.changes(review.subjectId());
        Instant now = clock.instant();
        review.approve(operatorAccountId, now, FieldChanges.toJson(changes));
        flushDecision();
        handler.approved(decision(review, operatorAccountId));
        List<FieldChange> recorded = new ArrayList<>();
        recorded.add(new FieldChange("status", ReviewStatus.PENDING.name(), ReviewStatus.APPROVED.name()));
        recorded.addAll(changes);
        audit.record(operatorAccountId, "REVIEW_APPROVED", review.subject().name(), review.subjectId(),
                review.providerAccountId(), recorded);
        return view(review, now);
    }

    public ReviewView reject(long reviewId, long operatorAccountId, String reason) {
        requireOperator(operatorAccountId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "required");
        }
        if (why.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "maxLength", REASON_MAX);
        }
        Review review = findForDecision(reviewId);
        ReviewSubjectHandler handler = handlerFor(review.subject());
        List<FieldChange> changes = handler.changes(review.subjectId());
        Instant now = clock.instant();
        review.reject(operatorAccountId, why, now, FieldChanges.toJson(changes));
        flushDecision();
        handler.rejected(decision(review, operatorAccountId));
        audit.record(operatorAccountId, "REVIEW_REJECTED", review.subject().name(), review.subjectId(),
                review.providerAccountId(), List.of(
                        new FieldChange("status", ReviewStatus.PENDING.name(), ReviewStatus.REJECTED.name()),
                        new FieldChange("reason", null, why)));
        return view(review, now);
    }

    /** Writes the decision now, so a concurrent decision on the same review loses here (409) rather than at commit. */
    private void flushDecision() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.reviewDecidedConcurrently");
        }
    }

    private ReviewSubjectHandler handlerFor(ReviewSubject subject) {
        for (ReviewSubjectHandler handler : handlers) {
            if (handler.subject() == subject) {
                return handler;
            }
        }
        throw new ConflictException("error.reviewSubjectUnsupported", subject.name());
    }

    /**
     * The review, row-locked until the decision commits, so concurrent decisions queue and each later one finds it
     * decided (409) instead of finding its subject already moved on.
     */
    private Review findForDecision(long reviewId) {
        Review review = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new NotFoundException("error.reviewNotFound");
        }
        review.requirePending();
        return review;
    }

    private Review find(long reviewId) {
        Review review = em.find(Review.class, reviewId);
        if (review == null) {
            throw new NotFoundException("error.reviewNotFound");
        }
        return review;
    }

    private void requireOperator(long accountId) {
        if (!accounts.find(accountId).roles().contains("OPERATOR")) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    private static ReviewStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return ReviewStatus.PENDING;
        }
        try {
            return ReviewStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "reviewStatus");
        }
    }

    private static ReviewSubjectHandler.Decision decision(Review review, long operatorAccountId) {
        return new ReviewSubjectHandler.Decision(review.id(), review.subjectId(), review.providerAccountId(),
                operatorAccountId, review.decidedAt(), review.reason());
    }

    static ReviewView view(Review r, Instant now) {
        return new ReviewView(r.id(), r.subject().name(), r.subjectId(), r.providerAccountId(),
                r.submittedAt().atOffset(ZoneOffset.UTC), r.dueAt().atOffset(ZoneOffset.UTC), r.overdueAt(now),
                r.status().name(), r.decidedBy(), r.decidedAt() == null ? null : r.decidedAt().atOffset(ZoneOffset.UTC),
                r.reason());
    }
}
