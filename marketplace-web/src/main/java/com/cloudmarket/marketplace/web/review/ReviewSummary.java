package com.cloudmarket.marketplace.web.review;

import com.cloudmarket.marketplace.review.application.QueueCounts;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The operator dashboard's review counts: pending and overdue, counted once per request. */
@Named
@RequestScoped
public class ReviewSummary {

    @EJB
    private ReviewService reviews;

    @Inject
    private CurrentAccount currentAccount;

    private QueueCounts counts;

    public QueueCounts getCounts() {
        if (counts == null) {
            counts = reviews.pendingCounts(currentAccount.getAccountId());
        }
        return counts;
    }
}
