package dev.steward.api.webhook;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.resources.ConnectionProvider;

/**
 * Sends one signed message, non-blocking (Reactor Netty): to the vetted address only (no lookup of its own), redirects
 * not followed, connect and response time limits, at most {@link #MAX_BODY} bytes of the answer read (then the
 * connection is dropped). A new connection per message: receivers are many and mostly idle.
 */
@Component
class WebhookSender {

    /** How much of a receiver's answer is read at most (it is not kept: only the status counts). */
    static final long MAX_BODY = 64 * 1024;

    /** The result of one attempt: the HTTP status (null when there was no answer), how long it took, what went wrong. */
    record Outcome(Integer status, long millis, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient http;
    private final Duration total;

    WebhookSender(WebhookProperties props) {
        this.http = HttpClient.create(ConnectionProvider.newConnection())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) props.connectTimeout().toMillis())
                .responseTimeout(props.responseTimeout())
                .followRedirect(false)
                .compress(false);
        this.total = props.connectTimeout().plus(props.responseTimeout()).plusSeconds(1);
    }

    Mono<Outcome> send(TargetGuard.Target target, String messageId, long timestamp, String signature, byte[] body) {
        URI uri = target.uri();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        boolean defaultPort = target.port() == (secure ? 443 : 80);
        String host = uri.getHost() + (defaultPort ? "" : ":" + target.port());
        HttpClient client = http.remoteAddress(() -> new InetSocketAddress(target.address(), target.port()));
        if (secure) {
            client = client.secure();
        }
        long start = System.nanoTime();
        return client
                .headers(h -> h.set("Host", host)
                        .set("Content-Type", "application/json")
                        .set("User-Agent", "Steward-Webhooks/1")
                        .set("webhook-id", messageId)
                        .set("webhook-timestamp", Long.toString(timestamp))
                        .set("webhook-signature", signature))
                .post()
                .uri(path)
                .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                .response((response, content) -> content.asByteArray()
                        .scan(0L, (n, bytes) -> n + bytes.length)
                        .takeUntil(n -> n > MAX_BODY)
                        .then(Mono.just(response.status().code())))
                .next()
                .timeout(total)
                .map(status -> new Outcome(status, elapsed(start), status >= 200 && status < 300 ? null : "HTTP " + status))
                .onErrorResume(e -> Mono.just(new Outcome(null, elapsed(start), describe(e))));
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String describe(Throwable e) {
        String text;
        if (e instanceof TimeoutException || e instanceof ReadTimeoutException) {
            text = "no answer in time";
        } else if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            text = "could not connect: " + e.getMessage();
        } else if (e instanceof PrematureCloseException) {
            text = "the connection closed before an answer";
        } else {
            text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
