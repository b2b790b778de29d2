package dev.steward.api.platform;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Behind a reverse proxy every request comes from the proxy's address. Only when the direct peer is one of the
 * configured trusted proxies ({@code steward.trusted-proxies}: addresses or CIDR ranges) is {@code X-Forwarded-For}
 * believed: the client is the right-most address in it that is not itself a trusted proxy. From anyone else the
 * header is ignored, so a client cannot choose its own address (and so its rate-limit budget).
 */
@Component
class TrustedProxyFilter implements WebFilter, Ordered {

    private final List<Cidr> trusted;

    TrustedProxyFilter(@Value("${steward.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        List<String> forwarded = exchange.getRequest().getHeaders().get("X-Forwarded-For");
        if (trusted.isEmpty() || peer == null || peer.getAddress() == null || forwarded == null || !isTrusted(peer.getAddress())) {
            return chain.filter(exchange);
        }
        InetAddress client = clientOf(forwarded);
        if (client == null) {
            return chain.filter(exchange);
        }
        InetSocketAddress resolved = new InetSocketAddress(client, peer.getPort());
        return chain.filter(exchange.mutate().request(r -> r.remoteAddress(resolved)).build());
    }

    /** The right-most address that is not a trusted proxy (hops are appended on the right), or null if unreadable. */
    private InetAddress clientOf(List<String> headers) {
        List<String> hops = headers.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::trim).toList();
        InetAddress last = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                return last;
            }
            last = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return last;
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(c -> c.contains(address));
    }

    /** An IP literal (never a DNS lookup), or null. */
    static InetAddress literal(String s) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(s);
        try {
            return bytes == null ? null : InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String spec) {
            String[] parts = spec.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("steward.trusted-proxies: not an IP address or CIDR range: " + spec);
            }
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("steward.trusted-proxies: bad prefix length in " + spec);
            }
            return new Cidr(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
