package com.cloudmarket.marketplace.migration.domain;

import com.cloudmarket.marketplace.order.domain.OrderAction;
import com.cloudmarket.marketplace.order.domain.OrderStatus;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An imported order's past as the source system recorded it, checked against our state machine and turned into the
 * timeline a purchase made here would have: software and images complete at purchase; an ops service has the time of
 * each step its status has reached (start, completion, confirmation), in that order, and none of a step it has not.
 */
public record OrderHistory(OrderStatus status, Instant createdAt, Instant requirementSubmittedAt, Instant startedAt,
                           Instant completedAt, Instant confirmedAt, Instant autoConfirmAt, List<Step> steps) {

    /** One timeline entry; the actor is the order's customer or provider. */
    public record Step(Instant at, boolean byProvider, OrderAction action, OrderStatus status) {
    }

    /** The times of a line, as given (null when absent). */
    public record Times(Instant createdAt, Instant requirementSubmittedAt, Instant startedAt, Instant completedAt,
                        Instant confirmedAt, Instant autoConfirmAt) {
    }

    /**
     * The history, or null with the broken rules added to {@code errors}. {@code status} null takes the status a new
     * purchase of the type has; {@code hasRequirement} says whether the line brings the customer's requirement.
     */
    public static OrderHistory of(ProductType type, OrderStatus status, Times t, boolean hasRequirement,
                                  Duration autoConfirmAfter, List<FieldError> errors) {
        int before = errors.size();
        if (t.createdAt() == null) {
            errors.add(new FieldError("createdAt", "required"));
            return null;
        }
        if (type != ProductType.OPS_SERVICE) {
            if (status != null && status != OrderStatus.COMPLETED) {
                errors.add(new FieldError("status", "importStatusForType"));
            }
            absent(type, errors, "requirement", hasRequirement ? t.createdAt() : null, "requirementSubmittedAt",
                    t.requirementSubmittedAt(), "startedAt", t.startedAt(), "completedAt", t.completedAt(),
                    "confirmedAt", t.confirmedAt(), "autoConfirmAt", t.autoConfirmAt());
            return errors.size() > before ? null : new OrderHistory(OrderStatus.COMPLETED, t.createdAt(), null, null,
                    t.createdAt(), t.createdAt(), null,
                    List.of(new Step(t.createdAt(), false, OrderAction.CREATED, OrderStatus.COMPLETED)));
        }
        OrderStatus reached = status == null ? OrderStatus.PENDING_START : status;
        Instant requirementAt = t.requirementSubmittedAt();
        if (requirementAt != null && !hasRequirement) {
            errors.add(new FieldError("requirement", "required"));
        }
        if (hasRequirement && requirementAt == null) {
            requirementAt = t.createdAt();
        }
        step(reached, OrderStatus.IN_PROGRESS, "startedAt", t.startedAt(), errors);
        step(reached, OrderStatus.AWAITING_CONFIRMATION, "completedAt", t.completedAt(), errors);
        step(reached, OrderStatus.COMPLETED, "confirmedAt", t.confirmedAt(), errors);
        if (t.autoConfirmAt() != null && reached != OrderStatus.AWAITING_CONFIRMATION) {
            errors.add(new FieldError("autoConfirmAt", "importNotYet", reached.name()));
        }
        String[] names = {"createdAt", "requirementSubmittedAt", "startedAt", "completedAt", "confirmedAt"};
        Instant[] times = {t.createdAt(), requirementAt, t.startedAt(), t.completedAt(), t.confirmedAt()};
        Instant latest = null;
        String latestName = null;
        for (int i = 0; i < times.length; i++) {
            if (times[i] == null) {
                continue;
            }
            if (latest != null && times[i].isBefore(latest)) {
                errors.add(new FieldError(names[i], "importTimeOrder", latestName));
            }
            latest = times[i];
            latestName = names[i];
        }
        if (errors.size() > before) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(t.createdAt(), false, OrderAction.CREATED, OrderStatus.PENDING_START));
        if (requirementAt != null) {
            steps.add(new Step(requirementAt, false, OrderAction.REQUIREMENT_SUBMITTED, OrderStatus.PENDING_START));
        }
        if (t.startedAt() != null) {
            steps.add(new Step(t.startedAt(), true, OrderAction.STARTED, OrderStatus.IN_PROGRESS));
        }
        if (t.completedAt() != null) {
            steps.add(new Step(t.completedAt(), true, OrderAction.COMPLETED, OrderStatus.AWAITING_CONFIRMATION));
        }
        if (t.confirmedAt() != null) {
            steps.add(new Step(t.confirmedAt(), false, OrderAction.CONFIRMED, OrderStatus.COMPLETED));
        }
        Instant autoConfirmAt = reached != OrderStatus.AWAITING_CONFIRMATION ? null
                : t.autoConfirmAt() != null ? t.autoConfirmAt() : t.completedAt().plus(autoConfirmAfter);
        return new OrderHistory(reached, t.createdAt(), requirementAt, t.startedAt(), t.completedAt(), t.confirmedAt(),
                autoConfirmAt, List.copyOf(steps));
    }

    /** When the order last changed: its latest step. */
    public Instant updatedAt() {
        return steps.get(steps.size() - 1).at();
    }

    /** A step's time is required once the status has reached the step's status, and must be absent before. */
    private static void step(OrderStatus reached, OrderStatus stepStatus, String field, Instant at,
                             List<FieldError> errors) {
        boolean done = reached.ordinal() >= stepStatus.ordinal();
        if (done && at == null) {
            errors.add(new FieldError(field, "required"));
        } else if (!done && at != null) {
            errors.add(new FieldError(field, "importNotYet", reached.name()));
        }
    }

    private static void absent(ProductType type, List<FieldError> errors, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                errors.add(new FieldError((String) pairs[i], "notForType", type.name()));
            }
        }
    }
}
