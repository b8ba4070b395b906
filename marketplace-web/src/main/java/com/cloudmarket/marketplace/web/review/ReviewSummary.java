package com.cloudmarket.marketplace.web.review;

import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.application.ReviewView;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The operator dashboard's review counts: pending and overdue. Counted by reading the queue (overdue ones come first,
 * as it is ordered by due time) up to {@link #CAP} reviews; beyond that the dashboard shows "1000+".
 */
@Named
@RequestScoped
public class ReviewSummary {

    static final int CAP = 1000;
    private static final int PAGE = 100;

    @EJB
    private ReviewService reviews;

    @Inject
    private CurrentAccount currentAccount;

    private Counts counts;

    public Counts getCounts() {
        if (counts == null) {
            counts = count();
        }
        return counts;
    }

    private Counts count() {
        Counts sum = new Counts(0, 0, false);
        String cursor = null;
        do {
            Page<ReviewView> page = reviews.queue("PENDING", cursor, PAGE, currentAccount.getAccountId());
            sum = sum.add(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && sum.pending() < CAP);
        return cursor == null ? sum : new Counts(sum.pending(), sum.overdue(), true);
    }

    /** Pending and overdue reviews; {@code more} when counting stopped at the cap. */
    public record Counts(int pending, int overdue, boolean more) {

        Counts add(List<ReviewView> items) {
            return new Counts(pending + items.size(), overdue + (int) items.stream().filter(ReviewView::overdue).count(), more);
        }

        public String pendingText() {
            return pending + (more ? "+" : "");
        }

        public String overdueText() {
            return overdue + (more && overdue == pending ? "+" : "");
        }
    }
}
