package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderFilter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderQueryTest {

    @Test
    void theAddressParametersBecomeTheServicesFilterInShanghaiDays() {
        OrderQuery query = OrderQuery.parse("in_progress", "12", "2026-11-01", "2026-11-30", "  MO2026 ");
        OrderFilter filter = query.filter();
        assertEquals("IN_PROGRESS", filter.status());
        assertEquals(12L, filter.productId());
        assertEquals(OffsetDateTime.parse("2026-11-01T00:00+08:00").toInstant(), filter.from().toInstant());
        assertEquals(OffsetDateTime.parse("2026-12-01T00:00+08:00").toInstant(), filter.to().toInstant(),
                "the whole last day: up to the start of the next one");
        assertEquals("MO2026", filter.q());
        assertTrue(query.isFiltered());
    }

    @Test
    void anythingMalformedIsDroppedNotGuessed() {
        OrderQuery query = OrderQuery.parse("SHIPPED", "-3", "2026-13-01", "tomorrow", "   ");
        assertEquals(new OrderFilter(null, null, null, null, null), query.filter());
        assertFalse(query.isFiltered());
        assertNull(OrderQuery.parse(null, "x1", null, null, null).productId());
        assertEquals(40, OrderQuery.parse(null, null, null, null, "9".repeat(100)).q().length());
    }

    @Test
    void theExportCarriesTheSameFilterAndIsNamedAfterTodayInShanghai() {
        OrderQuery query = new OrderQuery("COMPLETED", 7L, LocalDate.of(2026, 11, 1), null, "a b");
        assertEquals("?status=COMPLETED&product=7&from=2026-11-01&q=a+b", ProviderOrders.exportParameters(query));
        assertEquals("", ProviderOrders.exportParameters(new OrderQuery(null, null, null, null, null)));
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-28T17:30:00Z"), ZoneOffset.UTC); // 01:30 next day in Shanghai
        assertEquals("orders-20261129.csv", OrderExportServlet.fileName(lateEvening));
    }
}
