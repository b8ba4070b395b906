package com.cloudmarket.marketplace.order.domain;

import com.cloudmarket.marketplace.shared.domain.ConflictException;

/**
 * Where an order stands (product §5). Software and image orders are delivered at purchase and start COMPLETED; an ops
 * service goes PENDING_START → IN_PROGRESS → AWAITING_CONFIRMATION → COMPLETED. This table is the whole state machine.
 */
public enum OrderStatus {
    PENDING_START,
    IN_PROGRESS,
    AWAITING_CONFIRMATION,
    COMPLETED;

    /** The status after {@code action}; an action the status does not allow is a conflict (409). */
    public OrderStatus after(OrderAction action) {
        OrderStatus next = switch (action) {
            case REQUIREMENT_SUBMITTED -> this == PENDING_START ? PENDING_START : null;
            case STARTED -> this == PENDING_START ? IN_PROGRESS : null;
            case COMPLETED -> this == IN_PROGRESS ? AWAITING_CONFIRMATION : null;
            case REMINDED -> this == AWAITING_CONFIRMATION ? AWAITING_CONFIRMATION : null;
            case CONFIRMED, AUTO_CONFIRMED -> this == AWAITING_CONFIRMATION ? COMPLETED : null;
            case CREATED -> null;
        };
        if (next == null) {
            throw new ConflictException("error.orderTransition." + action.name(), name());
        }
        return next;
    }

    /** Open orders continue after their product is delisted; the delist dialog counts them. */
    public boolean open() {
        return this != COMPLETED;
    }
}
