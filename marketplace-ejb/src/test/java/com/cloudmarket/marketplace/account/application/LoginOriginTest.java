package com.cloudmarket.marketplace.account.application;

import com.cloudmarket.marketplace.shared.domain.AddressRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginOriginTest {

    private static final List<AddressRange> NONE = List.of();
    private static final List<AddressRange> PROXIES = AddressRange.parseList("10.0.0.0/8, ::1");

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertEquals("203.0.113.9", new LoginOrigin("203.0.113.9", "198.51.100.1").clientAddress(NONE));
        assertEquals("10.0.0.5", new LoginOrigin("10.0.0.5", "198.51.100.1").clientAddress(NONE));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertEquals("198.51.100.1", new LoginOrigin("10.0.0.5", "198.51.100.1").clientAddress(PROXIES));
        assertEquals("198.51.100.1", new LoginOrigin("0:0:0:0:0:0:0:1", " 198.51.100.1 ").clientAddress(PROXIES));
    }

    @Test
    void onlyTheHopsAfterTheLastUntrustedOneAreBelieved() {
        // the client wrote 1.2.3.4 itself; 198.51.100.1 reached the first trusted proxy, which appended it
        assertEquals("198.51.100.1", new LoginOrigin("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.7").clientAddress(PROXIES));
        // a peer that is not a proxy cannot choose its address with the header
        assertEquals("198.51.100.1", new LoginOrigin("198.51.100.1", "10.0.0.7").clientAddress(PROXIES));
    }

    @Test
    void garbageIsNoAddressAndNeverAName() {
        assertEquals("10.0.0.5", new LoginOrigin("10.0.0.5", "evil.example.com").clientAddress(PROXIES));
        assertEquals("10.0.0.5", new LoginOrigin("10.0.0.5", "cafe.beef").clientAddress(PROXIES));
        assertEquals("unknown", new LoginOrigin(null, null).clientAddress(PROXIES));
        assertEquals("unknown", LoginOrigin.of("localhost").clientAddress(NONE));
    }

    @Test
    void oneClientIsOneKeyHoweverItsAddressIsWritten() {
        assertEquals("2001:db8:0:0:0:0:0:1", LoginOrigin.of("2001:DB8::1").clientAddress(NONE));
        assertEquals("2001:db8:0:0:0:0:0:1", LoginOrigin.of("[2001:db8::1]").clientAddress(NONE));
        assertEquals("10.0.0.1", new LoginOrigin("10.0.0.5", "10.0.0.1").clientAddress(PROXIES), "all trusted: the farthest");
    }
}
