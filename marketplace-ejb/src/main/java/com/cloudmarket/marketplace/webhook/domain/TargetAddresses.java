package com.cloudmarket.marketplace.webhook.domain;

import com.cloudmarket.marketplace.shared.domain.AddressRange;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to: none in a loopback, private, link-local, shared (carrier-grade NAT),
 * multicast or otherwise reserved range, so a subscription cannot make the marketplace probe its own network, unless
 * an administrator lists the range in {@code marketplace.webhook.allowed-private-ranges} (CIDRs, e.g. 127.0.0.0/8).
 */
public final class TargetAddresses {

    private static final List<AddressRange> RESERVED = List.of(
            AddressRange.parse("0.0.0.0/8"), AddressRange.parse("100.64.0.0/10"), AddressRange.parse("192.0.0.0/24"),
            AddressRange.parse("198.18.0.0/15"), AddressRange.parse("240.0.0.0/4"), AddressRange.parse("fc00::/7"));

    private final List<AddressRange> allowed;

    private TargetAddresses(List<AddressRange> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** From the administrator's comma-separated list; a malformed entry is an error, not silently ignored. */
    public static TargetAddresses allowing(String ranges) {
        return new TargetAddresses(AddressRange.parseList(ranges));
    }

    /** The first address of a host that may not be used, if any: one such address makes the whole host refused. */
    public Optional<InetAddress> refused(InetAddress... addresses) {
        return Arrays.stream(addresses).filter(a -> internal(a) && allowed.stream().noneMatch(r -> r.contains(a)))
                .findFirst();
    }

    static boolean internal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()
                || RESERVED.stream().anyMatch(r -> r.contains(address));
    }
}
