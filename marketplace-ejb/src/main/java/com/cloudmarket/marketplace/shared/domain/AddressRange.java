package com.cloudmarket.marketplace.shared.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address block in CIDR notation (a bare address is a block of one), for the administrator's address lists:
 * webhook targets allowed on internal ranges, proxies trusted to name the client of a login.
 */
public record AddressRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    public static AddressRange parse(String cidr) {
        int slash = cidr.indexOf('/');
        byte[] network = literal(slash < 0 ? cidr : cidr.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("not an IP address range: " + cidr)).getAddress();
        int prefix;
        try {
            prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address range: " + cidr, e);
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("not an IP address range: " + cidr);
        }
        return new AddressRange(network, prefix);
    }

    /** A comma-separated list; a malformed entry is an error, not silently ignored. */
    public static List<AddressRange> parseList(String ranges) {
        List<AddressRange> parsed = new ArrayList<>();
        if (ranges != null) {
            Arrays.stream(ranges.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(AddressRange::parse)
                    .forEach(parsed::add);
        }
        return List.copyOf(parsed);
    }

    /** The address an IP literal denotes; empty for anything else, so untrusted text never causes a name lookup. */
    public static Optional<InetAddress> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
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
