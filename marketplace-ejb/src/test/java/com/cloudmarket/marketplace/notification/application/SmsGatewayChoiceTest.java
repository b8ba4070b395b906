package com.cloudmarket.marketplace.notification.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsGatewayChoiceTest {

    private static final SmsGateway RECORDING = named("recording");
    private static final SmsGateway HTTP = named("http");
    private static final List<SmsGateway> AVAILABLE = List.of(RECORDING, HTTP);

    @Test
    void recordingUnlessTheAdministratorNamesAnother() {
        assertSame(RECORDING, SmsGatewayChoice.choose(Optional.empty(), AVAILABLE));
        assertSame(RECORDING, SmsGatewayChoice.choose(Optional.of("  "), AVAILABLE));
        assertSame(HTTP, SmsGatewayChoice.choose(Optional.of(" http "), AVAILABLE));
    }

    @Test
    void anUnknownNameIsAClearError() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> SmsGatewayChoice.choose(Optional.of("aliyun"), AVAILABLE));
        assertEquals("Unknown SMS gateway \"aliyun\" in marketplace.sms.gateway; set one of [http, recording]",
                failure.getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> SmsGatewayChoice.choose(Optional.of("HTTP"), AVAILABLE))
                .getMessage().contains("\"HTTP\""), "names are exact");
    }

    private static SmsGateway named(String name) {
        return new SmsGateway() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void send(OutgoingSms sms) {
            }
        };
    }
}
