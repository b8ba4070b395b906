package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.application.PlacedOrder;
import com.cloudmarket.marketplace.order.application.PurchaseRequest;
import com.cloudmarket.marketplace.product.application.CatalogProduct;
import com.cloudmarket.marketplace.product.application.CatalogService;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.web.product.ProductEdit;
import com.cloudmarket.marketplace.web.product.ProductSheet;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The purchase page ({@code /customer/buy.xhtml?product=&plan=}): a plan of an on-sale product, its unit price, the
 * quantity and the total, then the order. The Idempotency-Key is made once per page view, so a double click or a
 * resent form places one order.
 */
@Named
@ViewScoped
public class Purchase implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int QUANTITY_MAX = 999;

    @EJB
    private CatalogService catalog;

    @EJB
    private OrderService orders;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String product;
    private String plan;
    private Long productId;
    private String productName;
    private String productType;
    private ProductSheet.PlanLine planLine;
    private Integer quantity = 1;
    private boolean notFound;
    private final String idempotencyKey = UUID.randomUUID().toString();

    public void load() {
        productId = ProductEdit.parseId(product);
        if (productId == null || plan == null || plan.isBlank()) {
            notFound();
            return;
        }
        try {
            CatalogProduct found = catalog.product(productId);
            ProductSheet sheet = ProductSheet.of(found.content());
            planLine = sheet.plans().stream().filter(p -> p.name().equals(plan)).findFirst().orElse(null);
            if (planLine == null) {
                notFound();
                return;
            }
            productName = sheet.name();
            productType = sheet.type();
        } catch (NotFoundException e) {
            notFound();
        }
    }

    private void notFound() {
        planLine = null;
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    /** Places the order and opens it; a refusal stays on this page with its message. */
    public String confirm() {
        try {
            PlacedOrder placed = orders.place(currentAccount.getAccountId(),
                    new PurchaseRequest(productId, planLine.name(), quantity), idempotencyKey);
            return "/customer/order.xhtml?faces-redirect=true&no=" + URLEncoder.encode(placed.orderNo(), StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, Map.of("quantity", "buy-quantity"), localeSelection.getLocale());
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    /** Unit price × quantity, or null while the quantity is not a sensible number. */
    public static BigDecimal total(BigDecimal unitPrice, Integer quantity) {
        if (unitPrice == null || quantity == null || quantity < 1) {
            return null;
        }
        return unitPrice.multiply(BigDecimal.valueOf(quantity.longValue()));
    }

    public BigDecimal getTotal() {
        return planLine == null ? null : total(planLine.price().amount(), quantity);
    }

    public ProductSheet.PlanLine getPlanLine() {
        return planLine;
    }

    public String getProductName() {
        return productName;
    }

    public String getProductType() {
        return productType;
    }

    public Long getProductId() {
        return productId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public int getQuantityMax() {
        return QUANTITY_MAX;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}
