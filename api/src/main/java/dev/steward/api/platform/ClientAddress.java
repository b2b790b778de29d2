package dev.steward.api.platform;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** The caller's address as the server sees it (behind a proxy, configure forwarded-header handling). */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
