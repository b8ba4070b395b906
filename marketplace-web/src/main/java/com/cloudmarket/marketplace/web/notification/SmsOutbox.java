package com.cloudmarket.marketplace.web.notification;

import com.cloudmarket.marketplace.notification.application.SmsService;
import com.cloudmarket.marketplace.notification.application.SmsView;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The operator's view of every text sent, whichever gateway handled it. The mobile filter is a view parameter, so a
 * filtered list has its own address that can be bookmarked or sent to a colleague.
 */
@Named
@ViewScoped
public class SmsOutbox implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    /** The service calls its filter "to"; the page's input is {@code sms-to}. */
    private static final String FILTER_INPUT = "sms-to";

    @EJB
    private SmsService smsService;

    @Inject
    private LocaleSelection localeSelection;

    private String to;
    private final LoadMoreList<SmsView> items = new LoadMoreList<>();

    public void load() {
        try {
            items.restart(this::page);
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, Map.of("to", FILTER_INPUT), localeSelection.getLocale());
        }
    }

    /** Reloads the page with the filter in its address. */
    public String filter() {
        return "/operator/sms-outbox.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public void more() {
        items.more(this::page);
    }

    private Page<SmsView> page(String cursor) {
        return smsService.outbox(to, PageRequest.of(cursor, PAGE_SIZE));
    }

    public List<SmsView> getItems() {
        return items.getItems();
    }

    public boolean isMoreAvailable() {
        return items.isMoreAvailable();
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
