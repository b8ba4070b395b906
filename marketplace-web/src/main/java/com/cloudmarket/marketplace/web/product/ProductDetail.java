package com.cloudmarket.marketplace.web.product;

import com.cloudmarket.marketplace.product.application.DelistImpact;
import com.cloudmarket.marketplace.product.application.ProductRevisionView;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.application.ProductView;
import com.cloudmarket.marketplace.product.application.SubmittedProduct;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import com.cloudmarket.marketplace.web.shared.ShanghaiTimeConverter;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;

/**
 * One product as its provider manages it ("view", 商品页面查看): where it stands (status, the open revision's review
 * status, due time, the reason of a rejection), the live content as customers see it and a preview of the open
 * revision; edit, submit, delist after a confirmation that shows what the delisting leaves running (open orders
 * continue), relist. Another provider's product, like a missing one, shows "not found".
 */
@Named
@ViewScoped
public class ProductDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProductService products;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String id;
    private Long productId;
    private ProductView view;
    private ProductSheet live;
    private ProductSheet pending;
    private boolean notFound;
    private DelistImpact impact;

    public void load() {
        productId = ProductEdit.parseId(id);
        if (productId == null) {
            notFound = true;
            return;
        }
        refresh();
    }

    private void refresh() {
        try {
            show(products.product(currentAccount.getAccountId(), productId));
        } catch (NotFoundException e) {
            view = null;
            notFound = true;
        }
    }

    private void show(ProductView product) {
        view = product;
        notFound = false;
        live = ProductSheet.of(product.live());
        ProductRevisionView revision = product.pendingRevision();
        pending = revision == null ? null : ProductSheet.of(revision.content());
    }

    /** Sends the draft to review, or a delisted product as it is, to relist it. */
    public void submit() {
        try {
            SubmittedProduct submitted = products.submit(currentAccount.getAccountId(), productId);
            FacesFeedback.info(MessageFormat.format(FacesFeedback.text("product.submitted"), submitted.reviewId(),
                    submitted.dueAt() == null ? "" : ShanghaiTimeConverter.format(submitted.dueAt())));
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
        refresh();
    }

    /** Before the confirmation dialog opens: how many open orders the delisting leaves running. */
    public void prepareDelist() {
        impact = null;
        try {
            impact = products.delistImpact(currentAccount.getAccountId(), productId);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            FacesContext.getCurrentInstance().validationFailed(); // keeps the dialog closed
            refresh();
        }
    }

    /** Takes the product off the storefront at once; orders already placed continue. */
    public void delist() {
        try {
            show(products.delist(currentAccount.getAccountId(), productId));
            FacesFeedback.info(FacesFeedback.text("product.delisted"));
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            refresh();
        }
        impact = null;
    }


    static String redirect(long productId) {
        return "/provider/product.xhtml?faces-redirect=true&id=" + productId;
    }

    private String status() {
        return view == null ? "" : view.status();
    }

    private String reviewStatus() {
        return view == null || view.pendingRevision() == null ? "" : view.pendingRevision().reviewStatus();
    }

    /** Editing opens the form; not while a revision is in review. */
    public boolean isEditable() {
        return view != null && !"PENDING".equals(reviewStatus());
    }

    /** A draft to send to review, or a delisted product to relist as it is. */
    public boolean isSubmittable() {
        return view != null && ("DRAFT".equals(reviewStatus())
                || "DELISTED".equals(status()) && !"PENDING".equals(reviewStatus()));
    }

    public boolean isDelistable() {
        return "ON_SALE".equals(status());
    }

    public boolean isRelistable() {
        return "DELISTED".equals(status()) && !"PENDING".equals(reviewStatus());
    }

    public String severity(String code) {
        return ProductLabels.severity(code);
    }

    public ProductView getView() {
        return view;
    }

    public ProductRevisionView getRevision() {
        return view == null ? null : view.pendingRevision();
    }

    public ProductSheet getLive() {
        return live;
    }

    public ProductSheet getPending() {
        return pending;
    }

    /** The name the page is headed with: the live one, else the draft's. */
    public String getName() {
        return live != null ? live.name() : pending != null ? pending.name() : "";
    }

    public DelistImpact getImpact() {
        return impact;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
