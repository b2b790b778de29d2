package dev.steward.api.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A real webhook receiver on loopback (the JDK's HTTP server): records every request it gets (headers and body) and
 * answers with the status {@code answer} gives for the request's number (1 = the first). {@link #hangFirst} makes the
 * first request wait (no answer) until {@link #release}.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String id, String timestamp, String signature, String body, int answered) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final IntUnaryOperator answer;
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch firstArrived = new CountDownLatch(1);
    private final boolean hangFirst;

    private WebhookReceiver(IntUnaryOperator answer, boolean hangFirst) throws IOException {
        this.answer = answer;
        this.hangFirst = hangFirst;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hooks", exchange -> {
            int n = count.incrementAndGet();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (n == 1) {
                firstArrived.countDown();
                if (hangFirst) {
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            int status = answer.applyAsInt(n);
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                    body, status));
            byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(status, reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            } catch (IOException e) {
                // The sender is gone (e.g. its instance was stopped mid-delivery).
            }
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver answering(IntUnaryOperator answer) throws IOException {
        return new WebhookReceiver(answer, false);
    }

    public static WebhookReceiver hangingFirst() throws IOException {
        return new WebhookReceiver(n -> 200, true);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks?source=steward";
    }

    /** Every request answered so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public boolean awaitFirst(long seconds) throws InterruptedException {
        return firstArrived.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        release.countDown();
    }

    /** Waits until {@code done} holds for what was received, or the time is up. */
    public List<Received> await(long seconds, java.util.function.Predicate<List<Received>> done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (done.test(received())) {
                return received();
            }
            Thread.sleep(100);
        }
        return received();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }

    public static Map<String, Object> json(String body) {
        return dev.steward.api.support.ApiInstance.json(body);
    }
}
