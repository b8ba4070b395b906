package com.cloudmarket.marketplace.web.webhook;

import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import com.cloudmarket.marketplace.webhook.application.WebhookRequest;
import com.cloudmarket.marketplace.webhook.application.WebhookService;
import com.cloudmarket.marketplace.webhook.application.WebhookView;
import com.cloudmarket.marketplace.webhook.domain.WebhookRules;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The provider's webhook subscriptions: the list, and the form that adds one. A secret can be generated here; it is
 * shown until the page is left, since the service never gives it back.
 */
@Named
@ViewScoped
public class WebhookSubscriptions implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Service field → input id; events[n] all go to the checkbox group. */
    private static final Map<String, String> INPUTS = Map.of("url", "webhook-url", "events", "webhook-events",
            "secret", "webhook-secret");

    @EJB
    private WebhookService webhooks;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private final LoadMoreList<WebhookView> items = new LoadMoreList<>();
    private String url;
    private List<String> events = new ArrayList<>();
    private String secret;
    private WebhookView created;

    public void load() {
        items.restart(this::page);
    }

    public void more() {
        items.more(this::page);
    }

    private Page<WebhookView> page(String cursor) {
        return webhooks.subscriptions(currentAccount.getAccountId(), PageRequest.of(cursor, PAGE_SIZE));
    }

    public void subscribe() {
        created = null;
        try {
            created = webhooks.subscribe(currentAccount.getAccountId(), new WebhookRequest(url, events, secret), null);
            url = null;
            events = new ArrayList<>();
            items.restart(this::page);
        } catch (InvalidInputException e) {
            InvalidInputException grouped = new InvalidInputException(e.errors().stream()
                    .map(f -> f.field().startsWith("events[") ? new FieldError("events", f.code(), f.arguments().toArray())
                            : f).toList());
            FacesFeedback.invalidInput(grouped, INPUTS, localeSelection.getLocale());
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    /** 32 random bytes as hex: well beyond the 16 characters the rules ask for. */
    public void generateSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        secret = HexFormat.of().formatHex(bytes);
    }

    public List<String> getEventTypes() {
        return WebhookRules.SUBSCRIBABLE.stream().map(Enum::name).toList();
    }

    public List<WebhookView> getItems() {
        return items.getItems();
    }

    public boolean isMoreAvailable() {
        return items.isMoreAvailable();
    }

    public WebhookView getCreated() {
        return created;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
