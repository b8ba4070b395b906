package com.cloudmarket.marketplace.provider.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.provider.domain.LiveProfileChanged;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.ProfileDiff;
import com.cloudmarket.marketplace.provider.domain.ProfileRevision;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.review.application.ReviewSubjectHandler;
import com.cloudmarket.marketplace.review.domain.ReviewSubject;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.Outbox;
import com.cloudmarket.marketplace.shared.audit.FieldChange;
import com.cloudmarket.marketplace.shared.domain.DomainEvent;
import com.cloudmarket.marketplace.shared.domain.EventType;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** What a decided profile review does: approval applies the revision to the live profile, rejection keeps it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProfileReviewHandler implements ReviewSubjectHandler {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Event<LiveProfileChanged> liveProfileChanged;

    @Inject
    private Providers providers;

    @Inject
    private Outbox outbox;

    @EJB
    private AccountService accounts;

    @Override
    public ReviewSubject subject() {
        return ReviewSubject.PROVIDER_PROFILE;
    }

    @Override
    public List<FieldChange> changes(long revisionId) {
        ProfileRevision revision = revision(revisionId);
        return ProfileDiff.between(providers.byId(revision.providerId()).liveProfile(), revision.content());
    }

    @Override
    public void approved(Decision decision) {
        ProfileRevision revision = revision(decision.subjectId());
        Provider provider = providers.byId(revision.providerId());
        revision.decided(true, null, decision.decidedAt());
        provider.applyProfile(revision.content(), decision.decidedAt());
        liveProfileChanged.fire(new LiveProfileChanged(provider.accountId()));
        announce(decision, provider, "APPROVED");
    }

    @Override
    public void rejected(Decision decision) {
        ProfileRevision revision = revision(decision.subjectId());
        Provider provider = providers.byId(revision.providerId());
        revision.decided(false, decision.reason(), decision.decidedAt());
        provider.revisionRejected();
        announce(decision, provider, "REJECTED");
    }

    /** Tells the provider by SMS (to the live contact mobile, else the account's) and in the inbox. */
    private void announce(Decision decision, Provider provider, String outcome) {
        AccountView account = accounts.find(provider.accountId());
        ProfileContent live = provider.liveProfile();
        String mobile = live != null && live.contact().mobile() != null ? live.contact().mobile() : account.mobile();
        outbox.append(DomainEvent.of(EventType.PROFILE_REVIEW_DECIDED, decision.decidedAt(), "ProviderProfile",
                provider.accountId(), JsonFactory.createObjectBuilder()
                        .add("accountId", provider.accountId())
                        .add("providerId", provider.id())
                        .add("reviewId", decision.reviewId())
                        .add("revisionId", decision.subjectId())
                        .add("outcome", outcome)
                        .add("reason", decision.reason() == null ? "" : decision.reason())
                        .add("displayName", account.displayName())
                        .add("mobile", mobile == null ? "" : mobile)
                        .add("language", account.language())
                        .build()));
    }

    private ProfileRevision revision(long revisionId) {
        ProfileRevision revision = em.find(ProfileRevision.class, revisionId);
        if (revision == null) {
            throw new NotFoundException("error.revisionNotFound");
        }
        return revision;
    }
}
