package com.cloudmarket.marketplace.provider.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.provider.domain.LiveProfileChanged;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.ProfileDiff;
import com.cloudmarket.marketplace.provider.domain.ProfileRevision;
import com.cloudmarket.marketplace.provider.domain.ProfileRules;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.domain.RevisionStatus;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.review.application.OpenedReview;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.domain.ReviewSubject;
import com.cloudmarket.marketplace.review.domain.Submission;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.domain.StaleVersionException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A provider's profile as its owner manages it: the live profile, one draft revision at a time, submission to review
 * and the history of revisions. The live profile itself only changes through {@link ProfileReviewHandler}.
 * The provider organisation is created on the account's first use of any of these operations.
 */
@Stateless
public class ProviderService {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Event<LiveProfileChanged> liveProfileChanged;

    @Inject
    @ConfigProperty(name = "marketplace.review.profile.business-days", defaultValue = "3")
    private int reviewBusinessDays;

    @Inject
    private Providers providers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @EJB
    private ReviewService reviews;

    @EJB
    private OnboardingService onboarding;

    @EJB
    private AccountService accounts;

    public ProviderView overview(long accountId) {
        requireProvider(accountId);
        Provider provider = providers.ofAccount(accountId);
        ProfileContent live = provider.liveProfile();
        List<ProfileRevision> open = openRevisions(provider);
        RevisionView pending = open.stream().filter(r -> r.status() == RevisionStatus.PENDING).findFirst()
                .map(ProviderService::view).orElse(null);
        RevisionView draft = open.stream().filter(r -> r.status() == RevisionStatus.DRAFT).findFirst()
                .map(ProviderService::view).orElse(null);
        return new ProviderView(provider.id(), accountId, live == null ? ProfileContent.empty() : live, live != null,
                onboarding.onboarding(accountId), pending, draft, provider.version());
    }

    /** Creates or replaces the draft; a revision in review is frozen (409) until it is decided. */
    public RevisionView saveDraft(long accountId, ProfileContent input) {
        return saveDraft(accountId, input, null).draft();
    }

    /**
     * As {@link #saveDraft(long, ProfileContent)}; with {@code expectedVersion} (If-Match: the provider's version when the
     * caller read it) a change made meanwhile is refused. Every save moves the provider's version, so two edits of the
     * same state cannot both succeed.
     */
    public ProviderView saveDraft(long accountId, ProfileContent input, Long expectedVersion) {
        requireProvider(accountId);
        Provider provider = providers.ofAccount(accountId);
        if (expectedVersion != null && expectedVersion != provider.version()) {
            throw new StaleVersionException();
        }
        ProfileContent content = ProfileRules.validated(input);
        List<ProfileRevision> open = openRevisions(provider);
        if (open.stream().anyMatch(r -> r.status() == RevisionStatus.PENDING)) {
            throw new ConflictException("error.revisionInReview");
        }
        Instant now = clock.instant();
        Optional<ProfileRevision> draft = open.stream().filter(r -> r.status() == RevisionStatus.DRAFT).findFirst();
        providers.guard(provider); // two saves at once: one wins, the other gets a 409
        if (draft.isPresent()) {
            draft.get().edit(content, now);
        } else {
            em.persist(new ProfileRevision(provider.id(), accountId, content, now));
        }
        em.flush();
        return overview(accountId);
    }

    /** Sends the draft to review; the live profile stays as it is until the review approves. */
    public SubmittedRevision submit(long accountId) {
        requireProvider(accountId);
        Provider provider = providers.ofAccount(accountId);
        List<ProfileRevision> open = openRevisions(provider);
        if (open.stream().anyMatch(r -> r.status() == RevisionStatus.PENDING)) {
            throw new ConflictException("error.revisionAlreadyInReview");
        }
        ProfileRevision draft = open.stream().filter(r -> r.status() == RevisionStatus.DRAFT).findFirst()
                .orElseThrow(() -> new ConflictException("error.noDraft"));
        providers.guard(provider); // a concurrent second submit loses on the provider's version
        OpenedReview review = reviews.open(ReviewSubject.PROVIDER_PROFILE, draft.id(), accountId, reviewBusinessDays);
        draft.submitted(review.reviewId(), clock.instant(), review.dueAt());
        provider.revisionSubmitted(draft.id());
        audit.record(accountId, "PROFILE_SUBMITTED", ReviewSubject.PROVIDER_PROFILE.name(), draft.id(), accountId,
                ProfileDiff.between(provider.liveProfile(), draft.content()));
        return new SubmittedRevision(review.reviewId(), review.status(), review.dueAt().atOffset(ZoneOffset.UTC), draft.id());
    }

    /**
     * Puts a profile live without a review, only if the provider has none yet. For the demo data, which has no operator
     * session to approve with; no API or console path calls it.
     */
    public void establishInitialProfile(long accountId, ProfileContent input) {
        requireProvider(accountId);
        ProfileContent content = ProfileRules.validated(input);
        Provider provider = providers.ofAccount(accountId);
        if (provider.liveProfile() == null) {
            provider.applyProfile(content, clock.instant());
            liveProfileChanged.fire(new LiveProfileChanged(accountId));
            audit.record(accountId, "PROFILE_ESTABLISHED", ReviewSubject.PROVIDER_PROFILE.name(), provider.id(), accountId,
                    ProfileDiff.between(null, content));
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<RevisionView> revisions(long accountId, PageRequest page) {
        requireProvider(accountId);
        Optional<Provider> provider = providers.byAccount(accountId);
        if (provider.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        TypedQuery<ProfileRevision> query = page.beforeId() == null
                ? em.createNamedQuery("ProfileRevision.firstPage", ProfileRevision.class)
                : em.createNamedQuery("ProfileRevision.nextPage", ProfileRevision.class).setParameter("before", page.beforeId());
        List<RevisionView> fetched = query.setParameter("provider", provider.get().id()).setMaxResults(page.fetchSize())
                .getResultStream().map(ProviderService::view).toList();
        return page.page(fetched, RevisionView::revisionId);
    }

    /** One revision of the caller's own; another provider's revision is reported as not found. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RevisionView revision(long accountId, long revisionId) {
        requireProvider(accountId);
        ProfileRevision revision = em.find(ProfileRevision.class, revisionId);
        if (revision == null || revision.accountId() != accountId) {
            throw new NotFoundException("error.revisionNotFound");
        }
        return view(revision);
    }

    private List<ProfileRevision> openRevisions(Provider provider) {
        return em.createNamedQuery("ProfileRevision.open", ProfileRevision.class)
                .setParameter("provider", provider.id())
                .setParameter("statuses", EnumSet.of(RevisionStatus.DRAFT, RevisionStatus.PENDING))
                .getResultList();
    }

    private void requireProvider(long accountId) {
        if (!accounts.find(accountId).roles().contains("PROVIDER")) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    static RevisionView view(ProfileRevision r) {
        Submission s = r.submission();
        return new RevisionView(r.id(), r.status().name(), r.content(), utc(r.createdAt()), utc(r.updatedAt()), s.reviewId(),
                utc(s.submittedAt()), utc(s.dueAt()), utc(s.decidedAt()), s.reason());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
