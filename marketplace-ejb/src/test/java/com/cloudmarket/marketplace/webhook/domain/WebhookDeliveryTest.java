package com.cloudmarket.marketplace.webhook.domain;

import com.cloudmarket.marketplace.shared.domain.RetrySchedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static java.nio.charset.StandardCharsets.UTF_8;

class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final RetrySchedule THREE_ATTEMPTS = new RetrySchedule(Duration.ofSeconds(10), 3);

    @Test
    void retriesWithGrowingWaitsThenGivesUp() {
        WebhookDelivery delivery = new WebhookDelivery(1, "e-1", "ORDER_CREATED", "{}", T0);

        WebhookAttempt first = delivery.attempted(AttemptResult.answered(500, 12), T0, THREE_ATTEMPTS);
        assertEquals(AttemptOutcome.RETRY_SCHEDULED, first.outcome());
        assertEquals(T0.plusSeconds(10), delivery.nextAttemptAt());
        assertEquals("HTTP 500", delivery.lastError());

        WebhookAttempt second = delivery.attempted(AttemptResult.failed("no answer within 5000 ms", 5000),
                T0.plusSeconds(10), THREE_ATTEMPTS);
        assertEquals(AttemptOutcome.RETRY_SCHEDULED, second.outcome());
        assertEquals(T0.plusSeconds(40), delivery.nextAttemptAt());
        assertNull(delivery.lastStatusCode());

        WebhookAttempt third = delivery.attempted(AttemptResult.answered(503, 3), T0.plusSeconds(40), THREE_ATTEMPTS);
        assertEquals(AttemptOutcome.FAILED, third.outcome());
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertNull(delivery.nextAttemptAt());
        assertEquals(3, delivery.attempts());
    }

    @Test
    void a2xxDeliversAndARedeliveryStartsOverWithTheSameEvent() {
        WebhookDelivery delivery = new WebhookDelivery(1, "e-1", "ORDER_CREATED", "{}", T0);

        WebhookAttempt attempt = delivery.attempted(AttemptResult.answered(204, 30), T0.plusSeconds(1), THREE_ATTEMPTS);
        assertEquals(AttemptOutcome.DELIVERED, attempt.outcome());
        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
        assertEquals(T0.plusSeconds(1), delivery.deliveredAt());

        delivery.redeliver(T0.plusSeconds(60));
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(T0.plusSeconds(60), delivery.nextAttemptAt());
        assertEquals("e-1", delivery.eventId());
    }

    @Test
    void aRedeliveryOfAPendingDeliveryChangesNothing() {
        WebhookDelivery delivery = new WebhookDelivery(1, "e-1", "ORDER_CREATED", "{}", T0);
        delivery.attempted(AttemptResult.answered(500, 1), T0, THREE_ATTEMPTS);
        delivery.redeliver(T0);
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(T0.plusSeconds(10), delivery.nextAttemptAt());
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheRawBody() throws Exception {
        // RFC 4231 test case 2
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(UTF_8)));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("0123456789abcdef".getBytes(UTF_8), "HmacSHA256"));
        byte[] body = "{\"id\":\"e-1\",\"data\":{\"productName\":\"服务器运维托管\"}}".getBytes(UTF_8);
        assertEquals("sha256=" + HexFormat.of().formatHex(mac.doFinal(body)), WebhookSignature.of("0123456789abcdef", body));
    }
}
