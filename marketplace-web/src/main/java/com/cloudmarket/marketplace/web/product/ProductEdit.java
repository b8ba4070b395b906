package com.cloudmarket.marketplace.web.product;

import com.cloudmarket.marketplace.product.application.ProductRevisionView;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.application.ProductView;
import com.cloudmarket.marketplace.product.application.StaleProductException;
import com.cloudmarket.marketplace.product.application.SubmittedProduct;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import com.cloudmarket.marketplace.web.shared.ShanghaiTimeConverter;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The product form ("modify", 信息修改). Without {@code ?id=} it creates a product: the provider picks the type first,
 * then fills in the common fields, plans, service contact and the type's own fields; the first save creates the
 * product as a draft. With {@code ?id=} it edits the product's pending revision (else starts from the live content),
 * sending the version it was loaded at, so an edit made meanwhile elsewhere is refused and the form reloads. A
 * delisted product is relisted from here by submitting (changed or not). While a revision is in review the form is
 * read-only. Refused input stays in the form with the service's message next to each field; nothing is stored.
 */
@Named
@ViewScoped
public class ProductEdit implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String IN_REVIEW = "PENDING";

    @EJB
    private ProductService products;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String id;
    private Long productId;
    private ProductView view;
    private ProductForm form;
    private Long version;
    private boolean notFound;
    private OffsetDateTime savedAt;

    public void load() {
        if (id == null || id.isBlank()) {
            return; // a new product: the type comes first
        }
        productId = parseId(id);
        if (productId == null) {
            notFound = true;
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    /** A positive id, or null for anything else (text, zero, too large). */
    public static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            return parsed > 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads the product and fills the form from what the provider edits: the open revision, else the live content. */
    private void refresh() {
        view = products.product(currentAccount.getAccountId(), productId);
        version = view.version();
        form = ProductForm.of(view.type(), editedContent(view));
    }

    static ProductContent editedContent(ProductView view) {
        ProductRevisionView pending = view.pendingRevision();
        return pending != null && pending.content() != null ? pending.content() : view.live();
    }

    /** Step one of a new product: its type. */
    public void chooseType(String type) {
        if (productId == null && ProductForm.TYPES.contains(type)) {
            form = ProductForm.blank(type);
        }
    }

    /** Back to the choice of type; only for a product not saved yet (a saved product keeps its type). */
    public void changeType() {
        if (productId == null) {
            form = null;
        }
    }

    public void addPlan() {
        form.addPlan();
    }

    public void removePlan(int index) {
        form.removePlan(index);
    }

    public void addField() {
        form.addField();
    }

    public void removeField(int index) {
        form.removeField(index);
    }

    /**
     * Saves the form as the product's draft. A new product then gets its own address (the form reloads from it);
     * an existing one shows when it was saved.
     */
    public String save() {
        savedAt = null;
        boolean created = productId == null;
        if (!store()) {
            return null;
        }
        if (created) {
            keepMessage(FacesFeedback.text(FacesContext.getCurrentInstance(), "productEdit.created"));
            return editRedirect(productId);
        }
        savedAt = view.updatedAt() != null ? view.updatedAt() : OffsetDateTime.now();
        return null;
    }

    /** Saves the form, sends it to review and goes to the product page, which shows it in review with its due time. */
    public String submit() {
        savedAt = null;
        if (!store()) {
            return null;
        }
        try {
            SubmittedProduct submitted = products.submit(currentAccount.getAccountId(), productId);
            FacesContext context = FacesContext.getCurrentInstance();
            keepMessage(MessageFormat.format(FacesFeedback.text(context, "product.submitted"), submitted.reviewId(),
                    submitted.dueAt() == null ? "" : ShanghaiTimeConverter.format(submitted.dueAt())));
            return ProductDetail.redirect(productId);
        } catch (MarketplaceException e) {
            // the draft is saved; whatever stopped the submission is shown with the form
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            reloadState();
            return null;
        }
    }

    /** Stores the form as the draft (creating the product the first time); false after showing why it was refused. */
    private boolean store() {
        if (form == null || isReadOnly()) {
            return false;
        }
        long accountId = currentAccount.getAccountId();
        try {
            view = productId == null
                    ? products.create(accountId, form.toDraft())
                    : products.saveDraft(accountId, productId, form.toDraft(), version);
            productId = view.productId();
            version = view.version();
            return true;
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, form.inputIds(), localeSelection.getLocale());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (StaleProductException e) {
            // changed meanwhile (another tab, the API, a decision): show the current state rather than overwrite it
            FacesFeedback.error(null, FacesFeedback.text(FacesContext.getCurrentInstance(), "productEdit.stale"));
            refresh();
        } catch (ConflictException e) {
            // went to review meanwhile: the form turns read-only with what is in review
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            refresh();
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
        return false;
    }

    /** Where the product stands now, keeping what the provider typed unless the form turned read-only. */
    private void reloadState() {
        ProductForm typed = form;
        refresh();
        if (!isReadOnly()) {
            form = typed;
        }
    }

    private static void keepMessage(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    static String editRedirect(long productId) {
        return "/provider/product-edit.xhtml?faces-redirect=true&id=" + productId;
    }

    /** A revision in review is frozen until it is decided. */
    public boolean isReadOnly() {
        return view != null && view.pendingRevision() != null && IN_REVIEW.equals(view.pendingRevision().reviewStatus());
    }

    public boolean isCreating() {
        return productId == null && !notFound;
    }

    /** The first step of a new product: no type chosen yet. */
    public boolean isChoosingType() {
        return isCreating() && form == null;
    }

    /** A delisted product: submitting it (changed or not) puts it back on sale once approved. */
    public boolean isRelisting() {
        return view != null && "DELISTED".equals(view.status());
    }

    public List<String> getTypes() {
        return ProductForm.TYPES;
    }

    public List<String> getFieldTypes() {
        return ProductForm.FIELD_TYPES;
    }

    public List<String> getLicenseTypes() {
        return ProductForm.LICENSE_TYPES;
    }

    public List<String> getArchitectures() {
        return ProductForm.ARCHITECTURES;
    }

    public ProductForm getForm() {
        return form;
    }

    public ProductView getView() {
        return view;
    }

    public ProductRevisionView getPending() {
        return view == null ? null : view.pendingRevision();
    }

    public Long getProductId() {
        return productId;
    }

    public Long getVersion() {
        return version;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isSaved() {
        return savedAt != null;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
