package com.cloudmarket.marketplace.web.review;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.application.ReviewView;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The operator's queue of reviews of every kind, ordered by due time, overdue ones first in line. The status filter is
 * a view parameter ({@code ?status=REJECTED}), so each list has its own address; "more" appends the next keyset page.
 */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    static final String DEFAULT_STATUS = "PENDING";
    static final List<String> STATUSES = List.of(DEFAULT_STATUS, "APPROVED", "REJECTED");

    @EJB
    private ReviewService reviews;

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String status;
    private final LoadMoreList<ReviewView> items = new LoadMoreList<>();
    private final AccountNames providerNames = new AccountNames();

    public void load() {
        String parsed = parseStatus(status);
        if (parsed == null) {
            FacesFeedback.error(null, FacesFeedback.text(FacesContext.getCurrentInstance(), "reviews.statusInvalid"));
            parsed = DEFAULT_STATUS;
        }
        status = parsed;
        try {
            items.restart(this::page);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    /** One of {@link #STATUSES} (any case); blank means pending; null for anything else. */
    static String parseStatus(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_STATUS;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return STATUSES.contains(upper) ? upper : null;
    }

    /** Reloads the page with the chosen status in its address. */
    public String filter() {
        return "/operator/reviews.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public void more() {
        try {
            items.more(this::page);
        } catch (MarketplaceException e) {
            FacesFeedback.refused(null, e, localeSelection.getLocale());
        }
    }

    private Page<ReviewView> page(String cursor) {
        return reviews.queue(status, cursor, PAGE_SIZE, currentAccount.getAccountId());
    }

    public String providerName(long providerAccountId) {
        return providerNames.of(accounts, providerAccountId);
    }

    public String subjectLabel(String subject) {
        return ReviewLabels.of(FacesContext.getCurrentInstance()).subject(subject);
    }

    public String statusLabel(String value) {
        return ReviewLabels.of(FacesContext.getCurrentInstance()).status(value);
    }

    public boolean isPendingShown() {
        return DEFAULT_STATUS.equals(status);
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public List<ReviewView> getItems() {
        return items.getItems();
    }

    public boolean isMoreAvailable() {
        return items.isMoreAvailable();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
