package com.cloudmarket.marketplace.order.domain;

import com.cloudmarket.marketplace.product.domain.ProductContent.FormField;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.Money;
import com.cloudmarket.marketplace.shared.domain.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order's state machine (every legal and illegal step), its timeline, reminders, auto-confirmation, numbers. */
class OrderLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final long CUSTOMER = 10000007;
    private static final long PROVIDER = 10000002;
    private static final Duration DAY = Duration.ofHours(24);

    /** The whole table: for each status, the actions it allows and where they lead. */
    private static final Map<OrderStatus, Map<OrderAction, OrderStatus>> LEGAL = new EnumMap<>(Map.of(
            OrderStatus.PENDING_START, Map.of(OrderAction.REQUIREMENT_SUBMITTED, OrderStatus.PENDING_START,
                    OrderAction.STARTED, OrderStatus.IN_PROGRESS),
            OrderStatus.IN_PROGRESS, Map.of(OrderAction.COMPLETED, OrderStatus.AWAITING_CONFIRMATION),
            OrderStatus.AWAITING_CONFIRMATION, Map.of(OrderAction.REMINDED, OrderStatus.AWAITING_CONFIRMATION,
                    OrderAction.CONFIRMED, OrderStatus.COMPLETED, OrderAction.AUTO_CONFIRMED, OrderStatus.COMPLETED),
            OrderStatus.COMPLETED, Map.of()));

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void everyStatusAllowsExactlyItsStepsAndRefusesTheRestWith409(OrderStatus status) {
        for (OrderAction action : OrderAction.values()) {
            OrderStatus expected = LEGAL.get(status).get(action);
            if (expected != null) {
                assertEquals(expected, status.after(action), status + " " + action);
            } else {
                ConflictException refused = assertThrows(ConflictException.class, () -> status.after(action),
                        status + " " + action);
                assertEquals("error.orderTransition." + action.name(), refused.messageKey());
            }
        }
    }

    @Test
    void anOpsOrderGoesFromPendingStartToCompletedWithATimelineEntryPerStep() {
        Order order = ops(false);
        assertEquals(OrderStatus.PENDING_START, order.status());
        order.submitRequirement(CUSTOMER, Map.of("serverIp", "10.0.0.8", "os", "Ubuntu"), T0.plusSeconds(60));
        order.start(PROVIDER, T0.plusSeconds(120));
        order.complete(PROVIDER, T0.plusSeconds(180), Duration.ofDays(15));
        assertEquals(T0.plusSeconds(180).plus(Duration.ofDays(15)), order.autoConfirmAt());
        order.remind(PROVIDER, T0.plusSeconds(240), DAY);
        order.confirm(CUSTOMER, T0.plusSeconds(300));
        assertEquals(OrderStatus.COMPLETED, order.status());
        assertEquals(List.of("CREATED PENDING_START " + CUSTOMER, "REQUIREMENT_SUBMITTED PENDING_START " + CUSTOMER,
                        "STARTED IN_PROGRESS " + PROVIDER, "COMPLETED AWAITING_CONFIRMATION " + PROVIDER,
                        "REMINDED AWAITING_CONFIRMATION " + PROVIDER, "CONFIRMED COMPLETED " + CUSTOMER),
                order.timeline().stream().map(s -> s.action() + " " + s.status() + " " + s.actorAccountId()).toList());
        assertEquals(Map.of("serverIp", "10.0.0.8", "os", "Ubuntu"), order.requirement());
    }

    @Test
    void softwareAndImagesAreCompletedAtPurchaseWithTheAmountOfTheQuantity() {
        Order order = new Order("260302000000000001", CUSTOMER, "张伟", PROVIDER, "云帆", 12, ProductType.IMAGE, "LAMP",
                "按次", Money.cny(new BigDecimal("0.01")), 999, "SIM-1", List.of(), false, "imageReference=img-1", T0);
        assertEquals(OrderStatus.COMPLETED, order.status());
        assertEquals("9.99", order.amount().amount().toPlainString());
        assertEquals(List.of(OrderAction.CREATED), order.timeline().stream().map(OrderStep::action).toList());
        assertThrows(ConflictException.class, () -> order.start(PROVIDER, T0));
    }

    @Test
    void aProductThatNeedsTheFormFirstCannotStartWithoutIt() {
        Order order = ops(true);
        ConflictException refused = assertThrows(ConflictException.class, () -> order.start(PROVIDER, T0));
        assertEquals("error.orderRequirementFirst", refused.messageKey());
        assertEquals(1, order.timeline().size(), "a refused step leaves no entry");
        order.submitRequirement(CUSTOMER, Map.of("serverIp", "1.2.3.4", "os", "CentOS"), T0);
        order.start(PROVIDER, T0);
        assertEquals(OrderStatus.IN_PROGRESS, order.status());
    }

    @Test
    void aReminderWithinTheIntervalIsTooSoonAndSaysHowLongToWait() {
        Order order = awaitingConfirmation();
        assertEquals(T0, order.remindableAt(DAY), "right after completion");
        order.remind(PROVIDER, T0.plusSeconds(10), DAY);
        assertEquals(T0.plusSeconds(10).plus(DAY), order.remindableAt(DAY));
        TooManyRequestsException tooSoon = assertThrows(TooManyRequestsException.class,
                () -> order.remind(PROVIDER, T0.plusSeconds(10).plus(Duration.ofHours(23)), DAY));
        assertEquals(3601, tooSoon.retryAfterSeconds());
        order.remind(PROVIDER, T0.plusSeconds(10).plus(DAY), DAY);
        assertEquals(2, order.timeline().stream().filter(s -> s.action() == OrderAction.REMINDED).count());
    }

    @Test
    void theAutoConfirmationWaitsForItsTimeAndHappensOnce() {
        Order order = awaitingConfirmation();
        Instant due = order.autoConfirmAt();
        assertThrows(ConflictException.class, () -> order.autoConfirm(due.minusSeconds(1)));
        order.autoConfirm(due);
        assertEquals(OrderStatus.COMPLETED, order.status());
        OrderStep last = order.timeline().get(order.timeline().size() - 1);
        assertEquals(OrderAction.AUTO_CONFIRMED, last.action());
        assertEquals(OrderStep.PLATFORM, last.actorAccountId());
        assertThrows(ConflictException.class, () -> order.autoConfirm(due.plusSeconds(1)));
        assertThrows(ConflictException.class, () -> order.confirm(CUSTOMER, due.plusSeconds(1)));
        assertNull(order.remindableAt(DAY));
    }

    @Test
    void orderNumbersAreTheBeijingDateAndTwelveRandomDigits() {
        Pattern format = Pattern.compile("260302\\d{12}");
        Set<String> seen = new HashSet<>();
        String previous = null;
        int ascending = 0;
        for (int i = 0; i < 1000; i++) {
            String number = OrderNumbers.next(Instant.parse("2026-03-01T16:30:00Z")); // 00:30 on 03-02 in Beijing
            assertTrue(format.matcher(number).matches(), number);
            assertTrue(OrderNumbers.FORMAT.matcher(number).matches());
            seen.add(number);
            if (previous != null && number.compareTo(previous) > 0) {
                ascending++;
            }
            previous = number;
        }
        assertEquals(1000, seen.size(), "no repeats");
        assertTrue(ascending > 300 && ascending < 700, "not a sequence: " + ascending + " of 999 ascending");
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void eachSideHasItsLabelInBothLanguages(OrderStatus status) {
        for (Locale locale : Messages.SUPPORTED) {
            for (String side : List.of("provider", "customer")) {
                String key = "order.status." + side + "." + status.name();
                assertNotEquals(key, Messages.text(locale, key), locale + " " + key);
            }
        }
        assertNotEquals(Messages.text(Locale.SIMPLIFIED_CHINESE, "order.status.provider." + status.name()),
                Messages.text(Locale.ENGLISH, "order.status.provider." + status.name()));
    }

    @Test
    void theLabelsAreThoseOfTheProductTable() {
        assertEquals("已完成", Messages.text(Locale.SIMPLIFIED_CHINESE, "order.status.provider.COMPLETED"));
        assertEquals("分配完成", Messages.text(Locale.SIMPLIFIED_CHINESE, "order.status.customer.COMPLETED"));
        assertEquals("待用户确认", Messages.text(Locale.SIMPLIFIED_CHINESE, "order.status.provider.AWAITING_CONFIRMATION"));
        assertEquals("待确认完成", Messages.text(Locale.SIMPLIFIED_CHINESE, "order.status.customer.AWAITING_CONFIRMATION"));
        assertEquals("Waiting for provider", Messages.text(Locale.ENGLISH, "order.status.customer.PENDING_START"));
        for (OrderAction action : OrderAction.values()) {
            String key = "error.orderTransition." + action.name();
            assertNotEquals(key, Messages.text(Locale.ENGLISH, key, "X"));
        }
    }

    private static Order ops(boolean requirementFirst) {
        return new Order("260302000000000002", CUSTOMER, "张伟", PROVIDER, "云帆", 12, ProductType.OPS_SERVICE, "运维托管",
                "基础版", Money.cny(new BigDecimal("199.00")), 1, "SIM-2",
                List.of(new FormField("serverIp", "服务器 IP", "TEXT", true, null),
                        new FormField("os", "操作系统", "SELECT", true, List.of("CentOS", "Ubuntu"))),
                requirementFirst, null, T0);
    }

    private static Order awaitingConfirmation() {
        Order order = ops(false);
        order.start(PROVIDER, T0.minusSeconds(60));
        order.complete(PROVIDER, T0, Duration.ofDays(15));
        return order;
    }
}
