package com.cloudmarket.marketplace.product.domain;

import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A provider's product: its status, the live content customers buy (null until a first approval), and a pointer to its
 * latest revision that is not approved yet (draft, pending or rejected). Edits never touch the live content; only an
 * approved revision replaces it, so an on-sale product keeps selling while a change is in review.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @TableGenerator(name = "product", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "product", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "product")
    private Long id;

    /** Every edit, submission and decision changes a column, so this is also the ETag of the product. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "provider_account_id", nullable = false, updatable = false)
    private long providerAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false, length = 20)
    private ProductType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProductStatus status;

    /** {@link ProductContentJson}; null until the first approval. */
    @Column(name = "live_content")
    private String liveContent;

    /** The live name, else the latest revision's: what lists show and search. */
    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "name_search", nullable = false, length = 60)
    private String nameSearch;

    /** {@link NameSearch#grams} of {@link #nameSearch}: the storefront's search index, kept with the name it indexes. */
    @ElementCollection
    @CollectionTable(name = "product_name_gram", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "gram", nullable = false, length = 6)
    private Set<String> nameGrams = new HashSet<>();

    /** Of the live content, so that the storefront's list does not read the content itself. */
    @Column(name = "summary", length = 200)
    private String summary;

    /** Of the live content, for the storefront; null until the first approval. */
    @Column(name = "category", length = 30)
    private String category;

    @Column(name = "from_price", precision = 12, scale = 2)
    private BigDecimal fromPrice;

    @Column(name = "revision_id")
    private Long revisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "revision_status", length = 20)
    private ProductRevisionStatus revisionStatus;

    @Column(name = "revision_due_at")
    private Instant revisionDueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "delisted_at")
    private Instant delistedAt;

    @Transient
    private ProductContent parsedLive;

    protected Product() {
    }

    public Product(long providerAccountId, ProductType type, String name, Instant at) {
        this.providerAccountId = providerAccountId;
        this.type = type;
        this.status = ProductStatus.DRAFT;
        named(name);
        this.createdAt = at;
        this.updatedAt = at;
    }

    /**
     * The revision an edit goes to: the open draft, or a new one (to be persisted) after a decision. A pending revision
     * is frozen until it is decided.
     */
    public ProductRevision revisionToEdit(ProductRevision open, ProductContent content, Instant at) {
        requireType(content);
        if (open != null && open.status() == ProductRevisionStatus.PENDING) {
            throw new ConflictException("error.productRevisionInReview");
        }
        if (open != null && open.status() == ProductRevisionStatus.DRAFT) {
            open.edit(content, at);
            return open;
        }
        return new ProductRevision(this, content, at);
    }

    /** Records the saved draft as the product's open revision; the product's status does not change on an edit. */
    public void draftSaved(ProductRevision draft, Instant at) {
        point(draft);
        if (liveContent == null) {
            named(draft.content().name());
        }
        this.updatedAt = at;
    }

    /**
     * The revision a submission sends to review: the open draft; for a delisted product without one, a copy of the
     * live content (relisting without changes). Nothing else can be submitted.
     */
    public ProductRevision revisionToSubmit(ProductRevision open, Instant at) {
        if (open != null && open.status() == ProductRevisionStatus.PENDING) {
            throw new ConflictException("error.productAlreadyInReview");
        }
        if (open != null && open.status() == ProductRevisionStatus.DRAFT) {
            return open;
        }
        if (status == ProductStatus.DELISTED && live() != null) {
            return new ProductRevision(this, live(), at);
        }
        throw new ConflictException("error.productNothingToSubmit");
    }

    /** A new or rejected product goes into review; an on-sale or delisted one keeps its status meanwhile. */
    public void submitted(ProductRevision revision, long reviewId, Instant at, Instant dueAt) {
        revision.submitted(reviewId, at, dueAt, status == ProductStatus.DELISTED);
        switch (status) {
            case DRAFT, REJECTED -> status = ProductStatus.IN_REVIEW;
            case ON_SALE, DELISTED -> {
            }
            case IN_REVIEW -> throw new ConflictException("error.productAlreadyInReview");
        }
        point(revision);
        this.updatedAt = at;
    }

    /**
     * The revision's content goes live. A product in its first review goes on sale; a delisted one only if the revision
     * was submitted to relist it, otherwise it stays delisted with the new content.
     */
    public void approved(ProductRevision revision, Instant at) {
        revision.decided(true, null, at);
        switch (status) {
            case IN_REVIEW -> status = ProductStatus.ON_SALE;
            case DELISTED -> {
                if (revision.relist()) {
                    status = ProductStatus.ON_SALE;
                    delistedAt = null;
                }
            }
            case ON_SALE -> {
            }
            case DRAFT, REJECTED -> throw new ConflictException("error.productNotInReview");
        }
        ProductContent content = revision.content();
        this.liveContent = ProductContentJson.text(content);
        this.parsedLive = content;
        named(content.name());
        this.summary = content.summary();
        this.category = content.category();
        Money from = content.fromPrice();
        this.fromPrice = from == null ? null : from.amount();
        this.revisionId = null;
        this.revisionStatus = null;
        this.revisionDueAt = null;
        this.updatedAt = at;
    }

    /** The live content stays; a product in its first review is rejected, an on-sale or delisted one keeps its status. */
    public void rejected(ProductRevision revision, String reason, Instant at) {
        revision.decided(false, reason, at);
        if (status == ProductStatus.IN_REVIEW) {
            status = ProductStatus.REJECTED;
        }
        point(revision);
        this.updatedAt = at;
    }

    /** Leaves the storefront at once; orders already placed continue. */
    public void delist(Instant at) {
        if (status != ProductStatus.ON_SALE) {
            throw new ConflictException("error.productNotOnSale");
        }
        this.status = ProductStatus.DELISTED;
        this.delistedAt = at;
        this.updatedAt = at;
    }

    private void requireType(ProductContent content) {
        if (content.type() != type) {
            throw InvalidInputException.of("type", "productTypeFixed", type.name());
        }
    }

    private void point(ProductRevision revision) {
        this.revisionId = revision.id();
        this.revisionStatus = revision.status();
        this.revisionDueAt = revision.status() == ProductRevisionStatus.PENDING ? revision.submission().dueAt() : null;
    }

    private void named(String value) {
        this.name = value;
        // lower-cased once here so the search compares stored text, not a function over every row
        this.nameSearch = NameSearch.text(value);
        Set<String> grams = NameSearch.grams(nameSearch);
        nameGrams.retainAll(grams);
        nameGrams.addAll(grams);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long providerAccountId() {
        return providerAccountId;
    }

    public ProductType type() {
        return type;
    }

    public ProductStatus status() {
        return status;
    }

    /** The content customers see, or null before the first approval. */
    public ProductContent live() {
        if (parsedLive == null && liveContent != null) {
            parsedLive = ProductContentJson.parse(liveContent);
        }
        return parsedLive;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public BigDecimal fromPrice() {
        return fromPrice;
    }

    public Long revisionId() {
        return revisionId;
    }

    public ProductRevisionStatus revisionStatus() {
        return revisionStatus;
    }

    public Instant revisionDueAt() {
        return revisionDueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant delistedAt() {
        return delistedAt;
    }
}
