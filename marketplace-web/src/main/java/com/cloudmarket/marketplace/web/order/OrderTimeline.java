package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderView;
import com.cloudmarket.marketplace.order.application.TimelineEntry;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The order's timeline as the page shows it: who acted by name (a party of the order, else the platform). */
public final class OrderTimeline {

    /** {@code actor} is a party's name, or null for the platform (the page says "platform"). */
    public record Line(OffsetDateTime at, String actor, String action, String status) implements Serializable {
    }

    private OrderTimeline() {
    }

    public static List<Line> of(OrderView order) {
        List<Line> lines = new ArrayList<>();
        if (order.timeline() != null) {
            for (TimelineEntry entry : order.timeline()) {
                lines.add(new Line(entry.at(), actor(order, entry.actorAccountId()), entry.action(), entry.status()));
            }
        }
        return lines;
    }

    static String actor(OrderView order, long accountId) {
        if (accountId == order.customerAccountId()) {
            return order.customerName();
        }
        if (accountId == order.providerAccountId()) {
            return order.providerName();
        }
        return null;
    }
}
