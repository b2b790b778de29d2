package dev.steward.api.webhook;

import dev.steward.api.platform.ApiException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Where webhooks may be sent (SSRF): public HTTPS addresses only, unless the target's host or every address it resolves
 * to is on {@code steward.webhooks.allowed-targets} (then plain HTTP and private addresses are accepted too). The host is
 * resolved and every address checked; the connection then goes to the vetted address (no second lookup, so a DNS answer
 * that changes between check and connect — rebinding — cannot redirect it). Checked when a subscription is saved and
 * again before every delivery.
 */
@Component
class TargetGuard {

    /** A checked target: the URL and the address to connect to (carrying the host name, for TLS SNI and verification). */
    record Target(URI uri, InetAddress address, int port) {}

    /** Thrown when a target is refused; its message says why (for the API's 400 and the delivery log). */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final List<String> allowedHosts = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();

    TargetGuard(WebhookProperties props) {
        for (String entry : props.allowedTargets()) {
            Cidr range = Cidr.parse(entry);
            if (range != null) {
                allowedRanges.add(range);
            } else {
                allowedHosts.add(entry.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The URL as a subscription may hold it (400 naming {@code url} otherwise), without resolving it. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.invalidField("url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                || uri.getHost().isBlank()) {
            throw ApiException.invalidField("url", "must be an absolute https:// URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.invalidField("url", "must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw ApiException.invalidField("url", "must not contain a fragment (#…)");
        }
        return uri;
    }

    /** Checks a subscription's URL now: 400 naming {@code url} when it is not an allowed target. */
    Mono<Target> checkForSubscription(String url) {
        URI uri = parse(url);
        return vet(uri).onErrorMap(Refused.class, e -> ApiException.invalidField("url", e.getMessage()));
    }

    /** Resolves and vets the URL's host (off the event loop: the lookup blocks); errors with {@link Refused}. */
    Mono<Target> vet(URI uri) {
        String host = bareHost(uri.getHost());
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80;
        return Mono.fromCallable(() -> {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new Refused("the host " + host + " does not resolve");
            }
            boolean hostAllowed = allowedHosts.contains(host.toLowerCase(Locale.ROOT));
            for (InetAddress a : addresses) {
                boolean allowed = hostAllowed || allowedRanges.stream().anyMatch(r -> r.contains(a));
                if (!allowed && !secure) {
                    throw new Refused("must use https:// (plain http only for allowed targets)");
                }
                if (!allowed && !PublicAddresses.isPublic(a)) {
                    throw new Refused("resolves to a non-public address (" + a.getHostAddress()
                            + "): loopback, private, link-local and reserved ranges are refused");
                }
            }
            InetAddress chosen = addresses[0];
            return new Target(uri, InetAddress.getByAddress(host, chosen.getAddress()), port);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static String bareHost(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
