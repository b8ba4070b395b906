package com.cloudmarket.marketplace.review.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A revision's submission, step by step, without a database. */
class SubmissionTest {

    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-05T10:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-04T06:30:00Z");

    @Test
    void aSubmissionRecordsItsReviewAndDeadline() {
        Submission s = Submission.NONE.submitted(7, T, DUE);
        assertEquals(7L, s.reviewId());
        assertEquals(T, s.submittedAt());
        assertEquals(DUE, s.dueAt());
        assertNull(s.decidedAt());
        assertNull(Submission.NONE.reviewId(), "each step is a new value; NONE stays unsubmitted");
    }

    @Test
    void aDecisionRecordsWhenAndWhyAndKeepsTheRest() {
        Submission rejected = Submission.NONE.submitted(7, T, DUE).decided("资料不全", DECIDED);
        assertEquals(DECIDED, rejected.decidedAt());
        assertEquals("资料不全", rejected.reason());
        assertEquals(7L, rejected.reviewId());
        assertEquals(DUE, rejected.dueAt());
        assertNull(Submission.NONE.submitted(8, T, DUE).decided(null, DECIDED).reason(), "an approval has no reason");
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Submission submitted = Submission.NONE.submitted(7, T, DUE);
        Submission decided = submitted.decided(null, DECIDED);
        assertThrows(IllegalStateException.class, () -> decided.decided("again", DECIDED), "decided twice");
        assertThrows(IllegalStateException.class, () -> submitted.submitted(8, T, DUE), "submitted twice");
        assertThrows(IllegalStateException.class, () -> Submission.NONE.decided(null, DECIDED), "never submitted");
    }
}
