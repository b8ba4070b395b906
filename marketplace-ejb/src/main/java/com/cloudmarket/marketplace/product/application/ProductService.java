package com.cloudmarket.marketplace.product.application;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductDiff;
import com.cloudmarket.marketplace.product.domain.ProductRevision;
import com.cloudmarket.marketplace.product.domain.ProductRevisionStatus;
import com.cloudmarket.marketplace.product.domain.ProductStatus;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.product.infrastructure.Products;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontGeneration;
import com.cloudmarket.marketplace.review.application.OpenedReview;
import com.cloudmarket.marketplace.review.application.ReviewDetailView;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.domain.ReviewSubject;
import com.cloudmarket.marketplace.review.domain.Submission;
import com.cloudmarket.marketplace.shared.application.IdempotentRequest;
import com.cloudmarket.marketplace.shared.application.IdempotentRequests;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.shared.audit.FieldChange;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A provider's products as their owner manages them: create, edit the open revision, submit it to review, delist.
 * The live content only changes through {@link ProductReviewHandler}; another provider's product is not found (404).
 */
@Stateless
public class ProductService {

    static final String SUBJECT = ReviewSubject.PRODUCT.name();
    static final int QUERY_MAX = 60;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Inject
    private StorefrontGeneration storefront;

    @Inject
    @ConfigProperty(name = "marketplace.review.product.ops-service.business-days", defaultValue = "3")
    private int opsServiceDays;

    @Inject
    @ConfigProperty(name = "marketplace.review.product.software-service.business-days", defaultValue = "3")
    private int softwareServiceDays;

    @Inject
    @ConfigProperty(name = "marketplace.review.product.image.business-days", defaultValue = "7")
    private int imageDays;

    @Inject
    private Products products;

    @Inject
    private OpenOrders openOrders;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @EJB
    private ReviewService reviews;

    @EJB
    private AccountService accounts;

    /** A new product in DRAFT with its first (draft) revision; nothing is live until a review approves it. */
    public ProductView create(long providerAccountId, ProductDraft input) {
        return create(providerAccountId, input, null);
    }

    /** With an Idempotency-Key, a repeat of the same creation answers with the product the first one created. */
    public ProductView create(long providerAccountId, ProductDraft input, String idempotencyKey) {
        requireProvider(providerAccountId);
        ProductContent content = ProductRules.validated(input);
        IdempotentRequest request = IdempotentRequest.of(SUBJECT, providerAccountId, idempotencyKey, content);
        if (request != null) {
            Optional<Long> earlier = idempotentRequests.earlierResult(request);
            if (earlier.isPresent()) {
                return product(providerAccountId, earlier.get());
            }
        }
        Instant now = clock.instant();
        Product product = new Product(providerAccountId, content.type(), content.name(), now);
        em.persist(product);
        ProductRevision draft = product.revisionToEdit(null, content, now);
        em.persist(draft);
        product.draftSaved(draft, now);
        audit.record(providerAccountId, "PRODUCT_CREATED", SUBJECT, product.id(), providerAccountId,
                ProductDiff.between(null, content));
        em.flush();
        if (request != null) {
            idempotentRequests.remember(request, product.id());
        }
        return view(product);
    }

    /**
     * Edits the open draft, or opens a new one after a decision; the product's status and live content stay. With
     * {@code expectedVersion} (If-Match, or the version the form was loaded with) a change made meanwhile is refused.
     */
    public ProductView saveDraft(long providerAccountId, long productId, ProductDraft input, Long expectedVersion) {
        requireProvider(providerAccountId);
        Product product = products.ownedForUpdate(providerAccountId, productId);
        if (expectedVersion != null && expectedVersion != product.version()) {
            throw new StaleProductException();
        }
        ProductContent content = ProductRules.validated(input);
        Instant now = clock.instant();
        ProductRevision revision = product.revisionToEdit(products.openRevision(product), content, now);
        if (revision.id() == null) {
            em.persist(revision);
        }
        product.draftSaved(revision, now);
        em.flush();
        return view(product);
    }

    /**
     * Sends the draft to review, due after the type's business days. A delisted product without a draft submits its
     * live content again (relisting without changes).
     */
    public SubmittedProduct submit(long providerAccountId, long productId) {
        requireProvider(providerAccountId);
        Product product = products.ownedForUpdate(providerAccountId, productId);
        Instant now = clock.instant();
        ProductRevision revision = product.revisionToSubmit(products.openRevision(product), now);
        if (revision.id() == null) {
            em.persist(revision);
        }
        OpenedReview review = reviews.open(ReviewSubject.PRODUCT, product.id(), providerAccountId,
                businessDays(product.type()));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("revision", null, String.valueOf(revision.id())));
        changes.addAll(ProductDiff.between(product.live(), revision.content()));
        product.submitted(revision, review.reviewId(), now, review.dueAt());
        audit.record(providerAccountId, "PRODUCT_SUBMITTED", SUBJECT, product.id(), providerAccountId, changes);
        em.flush();
        return new SubmittedProduct(review.reviewId(), review.status(), utc(review.dueAt()), product.id(), revision.id());
    }

    /** Takes an on-sale product off the storefront at once; orders already placed continue. */
    public ProductView delist(long providerAccountId, long productId) {
        requireProvider(providerAccountId);
        Product product = products.ownedForUpdate(providerAccountId, productId);
        ProductStatus before = product.status();
        product.delist(clock.instant());
        storefront.advance();
        audit.record(providerAccountId, "PRODUCT_DELISTED", SUBJECT, product.id(), providerAccountId,
                List.of(new FieldChange("status", before.name(), product.status().name())));
        em.flush();
        return view(product);
    }

    /** What delisting would leave running, for the confirmation dialog. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DelistImpact delistImpact(long providerAccountId, long productId) {
        requireProvider(providerAccountId);
        Product product = products.owned(providerAccountId, productId);
        return new DelistImpact(product.id(), openOrders.openOrders(product.id()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProductView product(long providerAccountId, long productId) {
        requireProvider(providerAccountId);
        return view(products.owned(providerAccountId, productId));
    }

    /**
     * The product a review decides, for the operator deciding it: the review names the product and its owner, and
     * reading the review is what checks that the caller is an operator.
     */
    public ProductView forReview(long reviewId, long operatorAccountId) {
        ReviewDetailView review = reviews.detail(reviewId, operatorAccountId);
        if (!SUBJECT.equals(review.subject())) {
            throw new NotFoundException("error.productNotFound");
        }
        return view(products.owned(review.providerAccountId(), review.subjectId()));
    }

    /** The provider's own products, newest first, keyset-paged in the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ProductSummary> products(long providerAccountId, ProductFilter filter, PageRequest page) {
        requireProvider(providerAccountId);
        Criteria c = criteria(filter);
        List<ProductSummary> fetched = products.providerPage(providerAccountId, c.status, c.type, c.q, page.beforeId(),
                page.fetchSize()).stream().map(ProductService::summary).toList();
        return page.page(fetched, ProductSummary::productId);
    }

    /**
     * How many of the provider's products match from the page that {@code cursor} opens (null: the first) onwards,
     * counted up to {@code cap}, for a console table that pages lazily.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int count(long providerAccountId, ProductFilter filter, String cursor, int cap) {
        requireProvider(providerAccountId);
        Criteria c = criteria(filter);
        return products.count(providerAccountId, c.status, c.type, c.q, PageRequest.of(cursor, null).beforeId(), cap);
    }

    int businessDays(ProductType type) {
        return switch (type) {
            case OPS_SERVICE -> opsServiceDays;
            case SOFTWARE_SERVICE -> softwareServiceDays;
            case IMAGE -> imageDays;
        };
    }

    private ProductView view(Product product) {
        ProductRevision open = products.openRevision(product);
        return new ProductView(product.id(), product.type().name(), product.status().name(), product.version(),
                product.live(), open == null ? null : view(open), utc(product.createdAt()), utc(product.updatedAt()));
    }

    private static ProductRevisionView view(ProductRevision r) {
        Submission s = r.submission();
        return new ProductRevisionView(r.id(), r.status().name(), r.content(), s.reviewId(), utc(s.submittedAt()),
                utc(s.dueAt()), utc(s.decidedAt()), s.reason());
    }

    private static ProductSummary summary(Object[] row) {
        return new ProductSummary((Long) row[0], ((ProductType) row[1]).name(), ((ProductStatus) row[2]).name(),
                (String) row[3], row[4] == null ? null : ((ProductRevisionStatus) row[4]).name(), utc((Instant) row[5]),
                utc((Instant) row[6]));
    }

    private record Criteria(ProductStatus status, ProductType type, String q) {
    }

    private static Criteria criteria(ProductFilter filter) {
        ProductFilter f = filter == null ? ProductFilter.none() : filter;
        List<FieldError> errors = new ArrayList<>();
        ProductStatus status = null;
        if (f.status() != null && !f.status().isBlank()) {
            try {
                status = ProductStatus.valueOf(f.status().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "productStatus"));
            }
        }
        ProductType type = optionalType(f.type(), errors);
        String q = query(f.q(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Criteria(status, type, q);
    }

    static ProductType optionalType(String value, List<FieldError> errors) {
        return value == null || value.isBlank() ? null : ProductRules.type(value, "type", errors);
    }

    static String query(String q, List<FieldError> errors) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.strip().length() > QUERY_MAX) {
            errors.add(new FieldError("q", "maxLength", QUERY_MAX));
            return null;
        }
        return q.strip();
    }

    private void requireProvider(long accountId) {
        if (!accounts.find(accountId).roles().contains("PROVIDER")) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
