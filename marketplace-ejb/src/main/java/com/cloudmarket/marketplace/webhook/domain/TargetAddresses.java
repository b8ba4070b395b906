package com.cloudmarket.marketplace.webhook.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to: none in a loopback, private, link-local, shared (carrier-grade NAT),
 * multicast or otherwise reserved range, so a subscription cannot make the marketplace probe its own network, unless
 * an administrator lists the range in {@code marketplace.webhook.allowed-private-ranges} (CIDRs, e.g. 127.0.0.0/8).
 */
public final class TargetAddresses {

    private static final List<Range> RESERVED = List.of(
            Range.parse("0.0.0.0/8"), Range.parse("100.64.0.0/10"), Range.parse("192.0.0.0/24"),
            Range.parse("198.18.0.0/15"), Range.parse("240.0.0.0/4"), Range.parse("fc00::/7"));

    private final List<Range> allowed;

    private TargetAddresses(List<Range> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** From the administrator's comma-separated list; a malformed entry is an error, not silently ignored. */
    public static TargetAddresses allowing(String ranges) {
        List<Range> parsed = new ArrayList<>();
        if (ranges != null) {
            Arrays.stream(ranges.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse)
                    .forEach(parsed::add);
        }
        return new TargetAddresses(parsed);
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

    /** An address block in CIDR notation; a bare address is a block of one. */
    record Range(byte[] network, int prefix) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            String host = slash < 0 ? cidr : cidr.substring(0, slash);
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an IP address range: " + cidr);
            }
            byte[] network;
            try {
                network = InetAddress.getByName(host).getAddress(); // a literal: no name lookup
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address range: " + cidr, e);
            }
            int prefix;
            try {
                prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address range: " + cidr, e);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("not an IP address range: " + cidr);
            }
            return new Range(network, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length
                    || (address instanceof Inet4Address) != (network.length == 4)
                    || (address instanceof Inet6Address) != (network.length == 16)) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
