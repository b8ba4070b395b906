package com.cloudmarket.marketplace.account.application;

import com.cloudmarket.marketplace.account.domain.LoginAttempt;
import com.cloudmarket.marketplace.shared.domain.AddressRange;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Where a login attempt came from, as the channel received it: the peer address of the connection and the
 * {@code X-Forwarded-For} header, which only proxies the administrator trusts may set (anyone can send the header).
 */
public record LoginOrigin(String remoteAddress, String forwardedFor) {

    private static final String UNKNOWN = "unknown";

    public static LoginOrigin of(String remoteAddress) {
        return new LoginOrigin(remoteAddress, null);
    }

    /**
     * The client's address: the peer, unless the peer is a trusted proxy; then the rightmost address of the
     * forwarded chain that is not a trusted proxy itself (what is left of it may have been written by the client).
     */
    public String clientAddress(List<AddressRange> trustedProxies) {
        String client = normalized(remoteAddress);
        if (forwardedFor == null || !trusted(client, trustedProxies)) {
            return client;
        }
        String[] chain = forwardedFor.split(",");
        for (int i = chain.length - 1; i >= 0; i--) {
            String hop = normalized(chain[i].strip());
            if (UNKNOWN.equals(hop)) {
                // a proxy that names garbage is not believed further: the last trusted hop is the best we know
                return client;
            }
            client = hop;
            if (!trusted(hop, trustedProxies)) {
                return hop;
            }
        }
        return client;
    }

    private static boolean trusted(String address, List<AddressRange> trustedProxies) {
        Optional<InetAddress> ip = AddressRange.literal(address);
        return ip.isPresent() && trustedProxies.stream().anyMatch(r -> r.contains(ip.get()));
    }

    /** The canonical text of an IP literal (so one client is one key however written); "unknown" for anything else. */
    private static String normalized(String address) {
        if (address == null) {
            return UNKNOWN;
        }
        String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        return AddressRange.literal(bare).map(InetAddress::getHostAddress)
                .filter(text -> text.length() <= LoginAttempt.ADDRESS_MAX).orElse(UNKNOWN);
    }
}
