package com.cloudmarket.marketplace.webhook.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10",
            "169.254.169.254", "0.0.0.0", "100.64.0.1", "198.18.0.1", "224.0.0.1", "255.255.255.255", "::1", "::",
            "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1"})
    void refusesLoopbackPrivateLinkLocalAndReservedAddresses(String address) throws UnknownHostException {
        assertTrue(TargetAddresses.allowing("").refused(ip(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:220:1::1"})
    void acceptsPublicAddresses(String address) throws UnknownHostException {
        assertTrue(TargetAddresses.allowing("").refused(ip(address)).isEmpty(), address);
    }

    @Test
    void anAdministratorMayAllowRangesAndNothingElse() throws UnknownHostException {
        TargetAddresses loopback = TargetAddresses.allowing(" 127.0.0.0/8 , ::1 ");

        assertTrue(loopback.refused(ip("127.0.0.1")).isEmpty());
        assertTrue(loopback.refused(ip("::1")).isEmpty());
        assertTrue(loopback.refused(ip("10.0.0.1")).isPresent());
        assertTrue(TargetAddresses.allowing("10.20.0.0/16").refused(ip("10.20.5.5")).isEmpty());
        assertTrue(TargetAddresses.allowing("10.20.0.0/16").refused(ip("10.21.0.1")).isPresent());
        assertTrue(TargetAddresses.allowing("172.16.0.0/13").refused(ip("172.23.0.1")).isEmpty());
        assertTrue(TargetAddresses.allowing("172.16.0.0/13").refused(ip("172.24.0.1")).isPresent());
    }

    @Test
    void oneRefusedAddressRefusesTheHost() throws UnknownHostException {
        assertEquals(ip("10.0.0.1"), TargetAddresses.allowing("").refused(ip("8.8.8.8"), ip("10.0.0.1")).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "10.0.0.0/33", "10.0.0.0/x", "not-an-ip/8"})
    void aMalformedAllowedRangeIsAnError(String range) {
        assertThrows(IllegalArgumentException.class, () -> TargetAddresses.allowing(range));
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
