package com.cloudmarket.marketplace.notification.domain;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductReviewNoticeTest {

    private static EventEnvelope decided(String outcome, String reason, String language) {
        return EventEnvelope.parse("""
                {"id":"6d0f3a4e-0000-4000-8000-00000000000%s","type":"PRODUCT_REVIEW_DECIDED",
                 "occurredAt":"2026-11-28T08:00:00Z","aggregateType":"Product","aggregateId":"42",
                 "data":{"accountId":10000001,"productId":42,"productName":"服务器运维托管","productType":"OPS_SERVICE",
                         "productStatus":"ON_SALE","reviewId":7,"revisionId":3,"outcome":"%s","reason":"%s",
                         "displayName":"云帆科技","mobile":"13800000009","language":"%s"}}"""
                .formatted(outcome.length(), outcome, reason, language));
    }

    @Test
    void anApprovalNamesTheProductAndTheReviewInTheInboxAndBySms() {
        List<Notice> notices = NoticeCatalogue.noticesFor(decided("APPROVED", "", "zh-CN"));
        assertEquals(1, notices.size());
        Notice notice = notices.get(0);
        assertEquals(10000001L, notice.recipientAccountId());
        assertTrue(notice.wantsSms());
        assertEquals("sms.productApproved", notice.smsKey());
        String sms = Messages.text(Locale.SIMPLIFIED_CHINESE, notice.smsKey(), notice.arguments().toArray());
        assertEquals("【云市场】云帆科技，您好！您的商品“服务器运维托管”（审核单 7）已审核通过。", sms);
        String title = Messages.text(Locale.SIMPLIFIED_CHINESE, notice.titleKey(), notice.arguments().toArray());
        assertEquals("商品审核通过：服务器运维托管", title);
    }

    @Test
    void aRejectionQuotesTheReasonInTheAccountsLanguage() {
        Notice notice = NoticeCatalogue.noticesFor(decided("REJECTED", "blurry screenshots", "en")).get(0);
        assertEquals("notice.productRejected.body", notice.bodyKey());
        String body = Messages.text(Messages.fromTag(notice.language()), notice.bodyKey(), notice.arguments().toArray());
        assertTrue(body.contains("\"服务器运维托管\" (product 42, review 7)") && body.contains("Reason: blurry screenshots"), body);
        String sms = Messages.text(Messages.fromTag(notice.language()), notice.smsKey(), notice.arguments().toArray());
        assertTrue(sms.startsWith("[Cloud Marketplace]") && sms.contains("blurry screenshots"), sms);
    }
}
