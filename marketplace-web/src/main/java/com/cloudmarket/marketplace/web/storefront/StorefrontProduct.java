package com.cloudmarket.marketplace.web.storefront;

import com.cloudmarket.marketplace.product.application.CatalogProduct;
import com.cloudmarket.marketplace.product.application.CatalogService;
import com.cloudmarket.marketplace.product.application.ProviderCard;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.web.product.ProductEdit;
import com.cloudmarket.marketplace.web.product.ProductSheet;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The product page customers see ({@code /product.xhtml?id=}): the live content and the provider's customer service.
 * A product that is not on sale (never approved, delisted, unknown) answers 404 with a message on this page.
 */
@Named
@ViewScoped
public class StorefrontProduct implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    @Inject
    private CurrentAccount currentAccount;

    private String id;
    private CatalogProduct product;
    private ProductSheet sheet;
    private boolean notFound;

    public void load() {
        Long productId = ProductEdit.parseId(id);
        if (productId == null) {
            notFound();
            return;
        }
        try {
            product = catalog.product(productId);
            sheet = ProductSheet.of(product.content());
        } catch (NotFoundException e) {
            notFound();
        }
    }

    private void notFound() {
        product = null;
        sheet = null;
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    public CatalogProduct getProduct() {
        return product;
    }

    public ProductSheet getSheet() {
        return sheet;
    }

    public ProviderCard getProvider() {
        return product == null ? null : product.provider();
    }

    /**
     * Where a plan's "buy" link leads: the purchase page in the customer console (signing in first if need be).
     */
    public String buyUrl(ProductSheet.PlanLine plan) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/customer/buy.xhtml?product=" + product.productId() + "&plan="
                + URLEncoder.encode(plan.name(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Signed in with an account that cannot buy (a provider, an operator): the page says so beside the links. */
    public boolean isSignedInWithoutCustomerRole() {
        return currentAccount.isSignedIn() && !currentAccount.getRoles().contains(Roles.CUSTOMER);
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
