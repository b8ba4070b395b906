package com.cloudmarket.marketplace.web.review;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReviewQueueTest {

    @Test
    void theStatusParameterIsPendingByDefaultAndOnlyAKnownStatus() {
        assertEquals("PENDING", ReviewQueue.parseStatus(null));
        assertEquals("PENDING", ReviewQueue.parseStatus(" "));
        assertEquals("APPROVED", ReviewQueue.parseStatus("APPROVED"));
        assertEquals("REJECTED", ReviewQueue.parseStatus(" rejected "));
        assertNull(ReviewQueue.parseStatus("DRAFT"));
        assertNull(ReviewQueue.parseStatus("<script>"));
    }
}
