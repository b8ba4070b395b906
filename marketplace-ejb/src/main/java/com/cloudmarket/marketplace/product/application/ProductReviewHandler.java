package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.AccountView;
import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.domain.ProductDiff;
import com.cloudmarket.marketplace.product.domain.ProductRevision;
import com.cloudmarket.marketplace.product.domain.ProductRevisionStatus;
import com.cloudmarket.marketplace.product.infrastructure.Products;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontGeneration;
import com.cloudmarket.marketplace.provider.domain.ProfileContent;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.review.application.ReviewSubjectHandler;
import com.cloudmarket.marketplace.review.domain.ReviewSubject;
import com.cloudmarket.marketplace.shared.domain.JsonFactory;
import com.cloudmarket.marketplace.shared.application.Outbox;
import com.cloudmarket.marketplace.shared.audit.FieldChange;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.DomainEvent;
import com.cloudmarket.marketplace.shared.domain.EventType;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * What a decided product review does. The review's subject is the product; the revision decided is the one pending.
 * Approval makes it the live content (and puts a new or relisted product on sale); rejection keeps the live content.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProductReviewHandler implements ReviewSubjectHandler {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Products products;

    @Inject
    private Providers providers;

    @Inject
    private Outbox outbox;

    @Inject
    private StorefrontGeneration storefront;

    @EJB
    private AccountService accounts;

    @Override
    public ReviewSubject subject() {
        return ReviewSubject.PRODUCT;
    }

    @Override
    public List<FieldChange> changes(long productId) {
        Product product = products.byId(productId);
        return ProductDiff.between(product.live(), pending(product, null).content());
    }

    @Override
    public void approved(Decision decision) {
        Product product = products.byId(decision.subjectId());
        ProductRevision revision = pending(product, decision.reviewId());
        product.approved(revision, decision.decidedAt());
        storefront.advance();
        flush();
        announce(decision, product, revision, "APPROVED");
    }

    @Override
    public void rejected(Decision decision) {
        Product product = products.byId(decision.subjectId());
        ProductRevision revision = pending(product, decision.reviewId());
        product.rejected(revision, decision.reason(), decision.decidedAt());
        flush();
        announce(decision, product, revision, "REJECTED");
    }

    /** The revision in review; with a review id, only if it is that review's (a stale decision finds nothing). */
    private ProductRevision pending(Product product, Long reviewId) {
        ProductRevision revision = products.openRevision(product);
        if (revision == null || revision.status() != ProductRevisionStatus.PENDING
                || (reviewId != null && !reviewId.equals(revision.submission().reviewId()))) {
            throw new NotFoundException("error.productRevisionNotFound");
        }
        return revision;
    }

    /** A delisting at the same moment changed the product: this decision loses (409) rather than overwriting it. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.concurrentModification");
        }
    }

    /** Tells the provider by SMS (to the live contact mobile, else the account's) and in the inbox. */
    private void announce(Decision decision, Product product, ProductRevision revision, String outcome) {
        AccountView account = accounts.find(product.providerAccountId());
        ProfileContent profile = providers.byAccount(product.providerAccountId()).map(Provider::liveProfile).orElse(null);
        String mobile = profile != null && profile.contact().mobile() != null ? profile.contact().mobile() : account.mobile();
        outbox.append(DomainEvent.of(EventType.PRODUCT_REVIEW_DECIDED, decision.decidedAt(), "Product", product.id(),
                JsonFactory.createObjectBuilder()
                        .add("accountId", product.providerAccountId())
                        .add("productId", product.id())
                        .add("productName", revision.content().name())
                        .add("productType", product.type().name())
                        .add("productStatus", product.status().name())
                        .add("reviewId", decision.reviewId())
                        .add("revisionId", revision.id())
                        .add("outcome", outcome)
                        .add("reason", decision.reason() == null ? "" : decision.reason())
                        .add("displayName", account.displayName())
                        .add("mobile", mobile == null ? "" : mobile)
                        .add("language", account.language())
                        .build()));
    }
}
