package com.cloudmarket.marketplace.product.domain;

import com.cloudmarket.marketplace.review.domain.Submission;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Proposed content of a product: edited as a draft, frozen while in review, then approved (made live) or rejected
 * with a reason. The input is always the whole content, so a revision never mixes old and new fields.
 */
@Entity
@Table(name = "product_revision")
public class ProductRevision {

    @Id
    @TableGenerator(name = "product_revision", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "product_revision", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "product_revision")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "provider_account_id", nullable = false, updatable = false)
    private long providerAccountId;

    /** {@link ProductContentJson}. */
    @Column(name = "content", nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProductRevisionStatus status;

    /** Submitted while the product was delisted: its approval puts the product on sale again. */
    @Column(name = "relist", nullable = false)
    private boolean relist;

    @Embedded
    private Submission submission;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private ProductContent parsed;

    protected ProductRevision() {
    }

    ProductRevision(Product product, ProductContent content, Instant at) {
        this.productId = product.id() == null ? 0 : product.id();
        this.providerAccountId = product.providerAccountId();
        this.status = ProductRevisionStatus.DRAFT;
        this.content = ProductContentJson.text(content);
        this.parsed = content;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void edit(ProductContent content, Instant at) {
        if (status != ProductRevisionStatus.DRAFT) {
            throw new ConflictException("error.productRevisionInReview");
        }
        this.content = ProductContentJson.text(content);
        this.parsed = content;
        this.updatedAt = at;
    }

    void submitted(long reviewId, Instant at, Instant dueAt, boolean relist) {
        if (status != ProductRevisionStatus.DRAFT) {
            throw new ConflictException("error.productAlreadyInReview");
        }
        this.status = ProductRevisionStatus.PENDING;
        this.submission = submission().submitted(reviewId, at, dueAt);
        this.relist = relist;
        this.updatedAt = at;
    }

    void decided(boolean approved, String reason, Instant at) {
        if (status != ProductRevisionStatus.PENDING) {
            throw new ConflictException("error.productNotInReview");
        }
        this.status = approved ? ProductRevisionStatus.APPROVED : ProductRevisionStatus.REJECTED;
        this.submission = submission().decided(reason, at);
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public long providerAccountId() {
        return providerAccountId;
    }

    public ProductContent content() {
        if (parsed == null) {
            parsed = ProductContentJson.parse(content);
        }
        return parsed;
    }

    public ProductRevisionStatus status() {
        return status;
    }

    public boolean relist() {
        return relist;
    }

    public Submission submission() {
        return submission == null ? Submission.NONE : submission;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
