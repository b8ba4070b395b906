package com.cloudmarket.marketplace.notification.domain;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileReviewNoticeTest {

    private static EventEnvelope decided(String outcome, String reason, String language) {
        return EventEnvelope.parse("""
                {"id":"5c0f3a4e-0000-4000-8000-00000000000%s","type":"PROFILE_REVIEW_DECIDED",
                 "occurredAt":"2026-11-28T08:00:00Z","aggregateType":"ProviderProfile","aggregateId":"10000001",
                 "data":{"accountId":10000001,"providerId":1,"reviewId":7,"revisionId":3,"outcome":"%s","reason":"%s",
                         "displayName":"云帆科技","mobile":"13800000009","language":"%s"}}"""
                .formatted(outcome.length(), outcome, reason, language));
    }

    @Test
    void anApprovalTellsTheProviderByInboxAndSmsToTheGivenMobile() {
        Notice notice = NoticeCatalogue.noticesFor(decided("APPROVED", "", "zh-CN")).get(0);
        assertEquals(10000001L, notice.recipientAccountId());
        assertEquals("13800000009", notice.mobile());
        assertTrue(notice.wantsSms());
        assertEquals("notice.profileApproved.title", notice.titleKey());
        String sms = Messages.text(Locale.SIMPLIFIED_CHINESE, notice.smsKey(), notice.arguments().toArray());
        assertTrue(sms.startsWith("【云市场】云帆科技") && sms.contains("7") && sms.contains("已审核通过"), sms);
    }

    @Test
    void aRejectionQuotesTheReasonInTheAccountsLanguage() {
        Notice notice = NoticeCatalogue.noticesFor(decided("REJECTED", "licence expired", "en")).get(0);
        assertEquals("sms.profileRejected", notice.smsKey());
        String body = Messages.text(Messages.fromTag(notice.language()), notice.bodyKey(), notice.arguments().toArray());
        assertTrue(body.contains("Reason: licence expired"), body);
    }
}
