package com.cloudmarket.marketplace.web.webhook;

import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.web.product.ProductEdit;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import com.cloudmarket.marketplace.web.shared.ShanghaiTimeConverter;
import com.cloudmarket.marketplace.webhook.application.DeliveryAttemptView;
import com.cloudmarket.marketplace.webhook.application.WebhookService;
import com.cloudmarket.marketplace.webhook.application.WebhookView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One subscription with every delivery attempt made for it, newest first: the provider sees what its receiver
 * answered, sends a delivery again, or unsubscribes. Another provider's subscription shows "not found".
 */
@Named
@ViewScoped
public class WebhookAttempts implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final Set<String> FINISHED = Set.of("DELIVERED", "FAILED", "CANCELLED");

    @EJB
    private WebhookService webhooks;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String id;
    private Long webhookId;
    private WebhookView view;
    private boolean notFound;
    private final LoadMoreList<DeliveryAttemptView> attempts = new LoadMoreList<>();

    public void load() {
        webhookId = ProductEdit.parseId(id);
        if (webhookId == null) {
            notFound = true;
            return;
        }
        refresh();
    }

    /** Reloads the subscription and its attempts (the receiver may have answered meanwhile). */
    public void refresh() {
        try {
            view = webhooks.subscription(currentAccount.getAccountId(), webhookId);
            attempts.restart(this::page);
            notFound = false;
        } catch (NotFoundException e) {
            view = null;
            attempts.clear();
            notFound = true;
        }
    }

    public void more() {
        attempts.more(this::page);
    }

    private Page<DeliveryAttemptView> page(String cursor) {
        return webhooks.attempts(currentAccount.getAccountId(), webhookId, PageRequest.of(cursor, PAGE_SIZE));
    }

    public void redeliver(long deliveryId) {
        try {
            webhooks.redeliver(currentAccount.getAccountId(), webhookId, deliveryId);
            FacesFeedback.info(MessageFormat.format(FacesFeedback.text("webhook.redelivered"), deliveryId));
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
        refresh();
    }

    public String unsubscribe() {
        try {
            webhooks.unsubscribe(currentAccount.getAccountId(), webhookId);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesFeedback.info(FacesFeedback.text("webhook.deleted"));
            return "/provider/webhooks.xhtml?faces-redirect=true";
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
            refresh();
            return null;
        }
    }

    /** Only a finished delivery can be sent again; a pending one is on its way already. */
    public boolean redeliverable(DeliveryAttemptView attempt) {
        return FINISHED.contains(attempt.deliveryStatus());
    }

    public String shanghai(OffsetDateTime time) {
        return ShanghaiTimeConverter.format(time);
    }


    public List<DeliveryAttemptView> getAttempts() {
        return attempts.getItems();
    }

    public boolean isMoreAvailable() {
        return attempts.isMoreAvailable();
    }

    public WebhookView getView() {
        return view;
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
