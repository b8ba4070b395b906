package com.cloudmarket.marketplace.review.application;

import com.cloudmarket.marketplace.review.domain.ReviewSubject;
import com.cloudmarket.marketplace.shared.audit.FieldChange;

import java.time.Instant;
import java.util.List;

/**
 * What the review service needs from the context that owns a kind of subject (provider profiles, products): the
 * changes to show and what to do on each outcome. Implementations are CDI beans; they run in the decision's
 * transaction, so a failure in them undoes the decision too.
 */
public interface ReviewSubjectHandler {

    ReviewSubject subject();

    /** Field-level difference between what is live and what the subject proposes. */
    List<FieldChange> changes(long subjectId);

    void approved(Decision decision);

    void rejected(Decision decision);

    record Decision(long reviewId, long subjectId, long providerAccountId, long operatorAccountId, Instant decidedAt,
                    String reason) {
    }
}
