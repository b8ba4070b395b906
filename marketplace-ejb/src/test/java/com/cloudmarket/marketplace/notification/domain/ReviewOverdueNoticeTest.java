package com.cloudmarket.marketplace.notification.domain;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewOverdueNoticeTest {

    private static EventEnvelope overdue(String recipients) {
        return EventEnvelope.parse("""
                {"id":"5c0f3a4e-0000-4000-8000-0000000000a1","type":"REVIEW_OVERDUE",
                 "occurredAt":"2026-03-05T10:01:00Z","aggregateType":"Review","aggregateId":"42",
                 "data":{"reviewId":42,"subject":"PROVIDER_PROFILE","subjectId":7,"providerAccountId":10000005,
                         "dueAt":"2026-03-05T10:00:00Z","recipients":%s}}""".formatted(recipients));
    }

    @Test
    void everyOperatorNamedInTheEventGetsOneInboxNoticeAndNoSms() {
        List<Notice> notices = NoticeCatalogue.noticesFor(overdue(
                "[{\"accountId\":90000001,\"language\":\"zh-CN\"},{\"accountId\":90000002,\"language\":\"en\"}]"));
        assertEquals(List.of(90000001L, 90000002L), notices.stream().map(Notice::recipientAccountId).toList());
        assertEquals(List.of("zh-CN", "en"), notices.stream().map(Notice::language).toList());
        notices.forEach(n -> assertFalse(n.wantsSms(), n.toString()));
        assertEquals("notice.reviewOverdue.body.PROVIDER_PROFILE", notices.get(0).bodyKey());
    }

    @Test
    void theTextsNameTheReviewTheSubjectAndTheDueTimeInBeijingTime() {
        Notice notice = NoticeCatalogue.noticesFor(overdue("[{\"accountId\":90000001,\"language\":\"zh-CN\"}]")).get(0);
        Object[] arguments = notice.arguments().toArray();
        String zh = Messages.text(Locale.SIMPLIFIED_CHINESE, notice.bodyKey(), arguments);
        assertTrue(zh.contains("审核单 42") && zh.contains("服务商 10000005") && zh.contains("修订 7")
                && zh.contains("2026-03-05 18:00（北京时间）"), zh);
        String en = Messages.text(Locale.ENGLISH, notice.bodyKey(), arguments);
        assertTrue(en.startsWith("Review 42 (profile change of provider 10000005, revision 7)")
                && en.contains("2026-03-05 18:00 (Beijing time)"), en);
        assertEquals("Review 42 is overdue", Messages.text(Locale.ENGLISH, notice.titleKey(), arguments));
        assertEquals("审核超时：审核单 42", Messages.text(Locale.SIMPLIFIED_CHINESE, notice.titleKey(), arguments));
    }

    @Test
    void noOperatorsMeansNoNotice() {
        assertTrue(NoticeCatalogue.noticesFor(overdue("[]")).isEmpty());
    }
}
