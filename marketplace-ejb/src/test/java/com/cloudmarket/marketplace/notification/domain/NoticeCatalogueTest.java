package com.cloudmarket.marketplace.notification.domain;

import com.cloudmarket.marketplace.shared.application.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeCatalogueTest {

    @Test
    void aNewAccountIsWelcomedInTheInboxAndBySms() {
        EventEnvelope event = EventEnvelope.parse("""
                {"id":"5c0f3a4e-0000-4000-8000-000000000001","type":"ACCOUNT_REGISTERED",
                 "occurredAt":"2026-11-28T08:00:00Z","aggregateType":"Account","aggregateId":"10000001",
                 "data":{"accountId":10000001,"login":"zhang","displayName":"张伟","mobile":"13900000002",
                         "language":"zh-CN","roles":["CUSTOMER"]}}""");
        List<Notice> notices = NoticeCatalogue.noticesFor(event);
        assertEquals(1, notices.size());
        Notice notice = notices.get(0);
        assertEquals(10000001L, notice.recipientAccountId());
        assertEquals(List.of("张伟", "10000001"), notice.arguments());
        assertTrue(notice.wantsSms());
        assertEquals("13900000002", notice.mobile());
    }

    @Test
    void anAccountWithoutMobileGetsNoSms() {
        EventEnvelope event = EventEnvelope.parse("""
                {"id":"5c0f3a4e-0000-4000-8000-000000000002","type":"ACCOUNT_REGISTERED",
                 "occurredAt":"2026-11-28T08:00:00Z","aggregateType":"Account","aggregateId":"10000002",
                 "data":{"accountId":10000002,"displayName":"Ops","mobile":"","language":"en"}}""");
        assertFalse(NoticeCatalogue.noticesFor(event).get(0).wantsSms());
    }

    @Test
    void eventsThatConcernNobodyYieldNothing() {
        EventEnvelope event = EventEnvelope.parse("""
                {"id":"x","type":"SOMETHING_ELSE","occurredAt":"2026-11-28T08:00:00Z","aggregateType":"A",
                 "aggregateId":"1","data":{}}""");
        assertTrue(NoticeCatalogue.noticesFor(event).isEmpty());
    }
}
