package com.cloudmarket.marketplace.order.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One step of an order: when, who (account id; 0 is the platform), the action and the status it left. */
public record TimelineEntry(OffsetDateTime at, long actorAccountId, String action, String status) implements Serializable {
}
