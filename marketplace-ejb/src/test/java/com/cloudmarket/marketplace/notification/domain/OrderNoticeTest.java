package com.cloudmarket.marketplace.notification.domain;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import com.cloudmarket.marketplace.shared.application.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderNoticeTest {

    private static final String CUSTOMER = "{\"accountId\":10000007,\"side\":\"CUSTOMER\",\"displayName\":\"张伟\","
            + "\"mobile\":\"13900000007\",\"language\":\"zh-CN\"}";
    private static final String PROVIDER = "{\"accountId\":10000002,\"side\":\"PROVIDER\",\"displayName\":\"云帆科技\","
            + "\"mobile\":\"13800000002\",\"language\":\"en\"}";

    private static EventEnvelope event(String type, String... recipients) {
        return EventEnvelope.parse("""
                {"id":"7d0f3a4e-0000-4000-8000-000000000001","type":"%s","occurredAt":"2026-03-04T08:00:00Z",
                 "aggregateType":"Order","aggregateId":"260302483920571266",
                 "data":{"orderNo":"260302483920571266","status":"AWAITING_CONFIRMATION","productId":12,
                         "productName":"服务器运维托管","plan":"基础版","customerAccountId":10000007,
                         "providerAccountId":10000002,"autoConfirmAt":"2026-03-19T08:00:00Z","recipients":[%s]}}"""
                .formatted(type, String.join(",", recipients)));
    }

    @Test
    void theCustomerHearsOfTheProvidersStepsBySmsAndInTheInbox() {
        for (String type : List.of("ORDER_STARTED", "ORDER_COMPLETED", "ORDER_REMINDED")) {
            List<Notice> notices = NoticeCatalogue.noticesFor(event(type, CUSTOMER));
            assertEquals(1, notices.size());
            Notice n = notices.get(0);
            assertEquals(10000007L, n.recipientAccountId());
            assertTrue(n.wantsSms(), type);
            String sms = Messages.text(Locale.SIMPLIFIED_CHINESE, n.smsKey(), n.arguments().toArray());
            assertTrue(sms.startsWith("【云市场】张伟") && sms.contains("260302483920571266"), sms);
        }
        Notice completed = NoticeCatalogue.noticesFor(event("ORDER_COMPLETED", CUSTOMER)).get(0);
        assertTrue(Messages.text(Locale.SIMPLIFIED_CHINESE, completed.bodyKey(), completed.arguments().toArray())
                .contains("2026-03-19 16:00"), "the auto-confirm time in Beijing time");
    }

    @Test
    void theProviderHearsOfTheCustomersStepsInTheInboxInItsLanguage() {
        for (String type : List.of("ORDER_CREATED", "REQUIREMENT_SUBMITTED", "ORDER_CONFIRMED")) {
            Notice n = NoticeCatalogue.noticesFor(event(type, PROVIDER)).get(0);
            assertFalse(n.wantsSms(), type);
            assertNull(n.smsKey());
            String title = Messages.text(Messages.fromTag(n.language()), n.titleKey(), n.arguments().toArray());
            assertNotEquals(n.titleKey(), title);
            assertTrue(Messages.text(Locale.ENGLISH, n.bodyKey(), n.arguments().toArray()).startsWith("Hello 云帆科技"));
        }
    }

    @Test
    void theAutoConfirmationReachesBothParties() {
        List<Notice> notices = NoticeCatalogue.noticesFor(event("ORDER_AUTO_CONFIRMED", CUSTOMER, PROVIDER));
        assertEquals(List.of(10000007L, 10000002L), notices.stream().map(Notice::recipientAccountId).toList());
        assertTrue(notices.get(0).wantsSms());
        assertFalse(notices.get(1).wantsSms());
        assertEquals("orderAutoConfirmed", NoticeCatalogue.noticeName("ORDER_AUTO_CONFIRMED"));
    }
}
