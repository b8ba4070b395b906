package com.cloudmarket.marketplace.web.review;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReviewDetailTest {

    @Test
    void theIdParameterIsAPositiveNumberElseNoReview() {
        assertEquals(123L, ReviewDetail.parseId("123"));
        assertEquals(999_999_999L, ReviewDetail.parseId(" 999999999 "));
        assertNull(ReviewDetail.parseId(null));
        assertNull(ReviewDetail.parseId(""));
        assertNull(ReviewDetail.parseId("0"));
        assertNull(ReviewDetail.parseId("-5"));
        assertNull(ReviewDetail.parseId("12a"));
        assertNull(ReviewDetail.parseId("99999999999999999999"));
    }
}
