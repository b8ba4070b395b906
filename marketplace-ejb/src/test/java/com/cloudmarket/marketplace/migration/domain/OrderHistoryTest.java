package com.cloudmarket.marketplace.migration.domain;

import com.cloudmarket.marketplace.order.domain.OrderAction;
import com.cloudmarket.marketplace.order.domain.OrderStatus;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OrderHistoryTest {

    private static final Instant T0 = Instant.parse("2024-03-01T02:00:00Z");
    private static final Duration FIFTEEN_DAYS = Duration.ofDays(15);

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    void aCompletedOpsOrderHasEveryStepInOrder() {
        List<FieldError> errors = new ArrayList<>();
        OrderHistory h = OrderHistory.of(ProductType.OPS_SERVICE, OrderStatus.COMPLETED,
                new OrderHistory.Times(T0, null, at(2), at(20), at(40), null), true, FIFTEEN_DAYS, errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of(OrderAction.CREATED, OrderAction.REQUIREMENT_SUBMITTED, OrderAction.STARTED,
                OrderAction.COMPLETED, OrderAction.CONFIRMED), h.steps().stream().map(OrderHistory.Step::action).toList());
        assertEquals(T0, h.requirementSubmittedAt(), "a requirement without its time was submitted at purchase");
        assertEquals(at(40), h.updatedAt());
        assertEquals(List.of(false, false, true, true, false),
                h.steps().stream().map(OrderHistory.Step::byProvider).toList());
        assertNull(h.autoConfirmAt());
    }

    @Test
    void anAwaitingOrderGetsItsAutoConfirmationDeadline() {
        List<FieldError> errors = new ArrayList<>();
        OrderHistory h = OrderHistory.of(ProductType.OPS_SERVICE, OrderStatus.AWAITING_CONFIRMATION,
                new OrderHistory.Times(T0, null, at(1), at(2), null, null), false, FIFTEEN_DAYS, errors);
        assertEquals(at(2).plus(FIFTEEN_DAYS), h.autoConfirmAt());
        assertEquals(OrderStatus.AWAITING_CONFIRMATION, h.steps().get(h.steps().size() - 1).status());
    }

    @Test
    void timesMustMatchTheStatusAndFollowEachOther() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(OrderHistory.of(ProductType.OPS_SERVICE, OrderStatus.IN_PROGRESS,
                new OrderHistory.Times(T0, null, at(-1), at(3), null, at(400)), false, FIFTEEN_DAYS, errors));
        assertEquals(List.of("completedAt importNotYet", "autoConfirmAt importNotYet", "startedAt importTimeOrder"),
                errors.stream().map(e -> e.field() + " " + e.code()).toList());

        errors.clear();
        OrderHistory.of(ProductType.OPS_SERVICE, OrderStatus.COMPLETED, new OrderHistory.Times(T0, null, null, null,
                null, null), false, FIFTEEN_DAYS, errors);
        assertEquals(List.of("startedAt", "completedAt", "confirmedAt"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void softwareAndImagesCompleteAtPurchase() {
        List<FieldError> errors = new ArrayList<>();
        OrderHistory h = OrderHistory.of(ProductType.IMAGE, null, new OrderHistory.Times(T0, null, null, null, null,
                null), false, FIFTEEN_DAYS, errors);
        assertEquals(OrderStatus.COMPLETED, h.status());
        assertEquals(T0, h.confirmedAt());
        assertEquals(1, h.steps().size());

        OrderHistory.of(ProductType.SOFTWARE_SERVICE, OrderStatus.IN_PROGRESS, new OrderHistory.Times(T0, null, at(1),
                null, null, null), false, FIFTEEN_DAYS, errors);
        assertEquals(List.of("status importStatusForType", "startedAt notForType"),
                errors.stream().map(e -> e.field() + " " + e.code()).toList());
    }
}
