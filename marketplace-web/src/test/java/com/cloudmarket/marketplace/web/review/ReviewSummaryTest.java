package com.cloudmarket.marketplace.web.review;

import com.cloudmarket.marketplace.review.application.ReviewView;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewSummaryTest {

    @Test
    void countsPendingAndOverdueAndSaysWhenItStoppedCounting() {
        ReviewSummary.Counts counts = new ReviewSummary.Counts(0, 0, false)
                .add(List.of(review(1, true), review(2, true), review(3, false)))
                .add(List.of(review(4, false)));
        assertEquals(4, counts.pending());
        assertEquals(2, counts.overdue());
        assertEquals("4", counts.pendingText());
        assertEquals("2", counts.overdueText());

        ReviewSummary.Counts capped = new ReviewSummary.Counts(1000, 3, true);
        assertEquals("1000+", capped.pendingText());
        assertEquals("3", capped.overdueText(), "overdue reviews come first in the queue, so 3 of 1000 is all of them");
        assertEquals("1000+", new ReviewSummary.Counts(1000, 1000, true).overdueText());
    }

    private static ReviewView review(long id, boolean overdue) {
        OffsetDateTime now = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
        return new ReviewView(id, "PROVIDER_PROFILE", id, 100, now, now.plusDays(3), overdue, "PENDING", null, null, null);
    }
}
