package com.cloudmarket.marketplace.web.review;

import com.cloudmarket.marketplace.product.application.ProductRevisionView;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.application.ProductView;
import com.cloudmarket.marketplace.review.application.ReviewDetailView;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.web.product.ProductSheet;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * A product review's subject as customers would see it ({@code /operator/product-preview.xhtml?review=}): the revision
 * in review on the product page layout, beside what is live now. A review of another kind, or an unknown one, shows
 * "not found".
 */
@Named
@ViewScoped
public class ProductPreview implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PRODUCT = "PRODUCT";

    @EJB
    private ReviewService reviews;

    @EJB
    private ProductService products;

    @Inject
    private CurrentAccount currentAccount;

    private String review;
    private ReviewDetailView detail;
    private ProductView product;
    private ProductSheet pending;
    private ProductSheet live;
    private boolean notFound;

    public void load() {
        Long reviewId = ReviewDetail.parseId(review);
        if (reviewId == null) {
            notFound = true;
            return;
        }
        try {
            detail = reviews.detail(reviewId, currentAccount.getAccountId());
            if (!PRODUCT.equals(detail.subject())) {
                notFound = true;
                return;
            }
            product = products.forReview(reviewId, currentAccount.getAccountId());
            ProductRevisionView revision = product.pendingRevision();
            // the revision this review decides, while it is open; once decided it is live or no longer pending
            pending = revision != null && detail.reviewId() == (revision.reviewId() == null ? -1 : revision.reviewId())
                    ? ProductSheet.of(revision.content()) : null;
            live = ProductSheet.of(product.live());
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    public ReviewDetailView getDetail() {
        return detail;
    }

    public ProductView getProduct() {
        return product;
    }

    public ProductSheet getPending() {
        return pending;
    }

    public ProductSheet getLive() {
        return live;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getReview() {
        return review;
    }

    public void setReview(String review) {
        this.review = review;
    }
}
