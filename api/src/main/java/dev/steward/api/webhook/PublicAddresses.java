package dev.steward.api.webhook;

import java.net.InetAddress;
import java.util.List;

/**
 * Whether an address is on the public internet (not loopback, private, link-local, shared, reserved or special).
 * IPv4-mapped IPv6 addresses arrive as IPv4 ones (Java converts them), so they are checked as such.
 */
final class PublicAddresses {

    private static final List<Cidr> NOT_PUBLIC = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
            "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .stream().map(Cidr::parse).toList();

    private PublicAddresses() {}

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        return NOT_PUBLIC.stream().noneMatch(r -> r.contains(a));
    }
}
