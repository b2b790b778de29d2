package dev.steward.api.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import dev.steward.api.support.ApiProcess;
import dev.steward.api.support.TestDatabase;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient.ResponseReceiver;
import reactor.netty.resources.ConnectionProvider;

/**
 * A real SIGTERM to an API process (a child JVM on the test classpath) that holds 500 open live streams and is in
 * the middle of answering requests: the streams end with a retry hint, the requests are answered, and the process
 * is gone within 5 s.
 */
class GracefulShutdownFaultTest {

    private static final int STREAMS = 500;
    private static final int IN_FLIGHT = 8;

    @Test
    void sigtermWithOpenStreamsFinishesRequestsAndExitsWithinFiveSeconds() throws Exception {
        DatabaseUrl db = TestDatabase.createAnother("steward_sigterm_");
        // C1 only: a child JVM that starts faster (this test is about shutting down).
        ApiProcess child = ApiProcess.start(db, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), Map.of(
                "steward.demo-data", "true", "steward.events.max-streams-per-user", String.valueOf(STREAMS),
                "logging.level.org.springframework.boot.reactor.netty", "INFO",
                "logging.level.org.springframework.context.support.DefaultLifecycleProcessor", "DEBUG",
                "logging.level.org.springframework.beans.factory.support.DisposableBeanAdapter", "TRACE",
                "logging.level.com.zaxxer.hikari", "INFO"));
        Process api = child.process();
        ConnectionProvider connections = ConnectionProvider.builder("sigterm-test").maxConnections(STREAMS + IN_FLIGHT + 8)
                .pendingAcquireMaxCount(-1).build();
        try {
            HttpClient plain = HttpClient.newHttpClient();
            String base = child.base();
            HttpResponse<String> login = plain.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"manager\",\"password\":\"steward-demo\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String token = login.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");

            reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient.create(connections)
                    .baseUrl(base).headers(h -> h.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token));
            AtomicInteger connected = new AtomicInteger();
            AtomicLong lastStreamEnd = new AtomicLong();
            List<CompletableFuture<String>> streams = new ArrayList<>();
            for (int i = 0; i < STREAMS; i++) {
                ResponseReceiver<?> get = client.headers(h -> h.set(HttpHeaderNames.ACCEPT, "text/event-stream"))
                        .get().uri("/api/v1/events/stream");
                streams.add(get.responseContent().asString()
                        .doOnNext(new java.util.function.Consumer<String>() {
                            private boolean first = true;

                            @Override
                            public void accept(String chunk) {
                                if (first) {
                                    first = false;
                                    connected.incrementAndGet();
                                }
                            }
                        })
                        .collectList().map(chunks -> String.join("", chunks))
                        .doOnSuccess(body -> lastStreamEnd.accumulateAndGet(System.nanoTime(), Math::max)).toFuture());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (connected.get() < STREAMS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(connected.get()).as("streams open").isEqualTo(STREAMS);

            // Requests in flight when the signal arrives: each lists work orders (a database query and JSON).
            List<CompletableFuture<Integer>> requests = new ArrayList<>();
            AtomicLong lastAnswer = new AtomicLong();
            for (int i = 0; i < IN_FLIGHT; i++) {
                requests.add(plain.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/work-orders?limit=50"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString())
                        .thenApply(r -> {
                            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                            return r.statusCode();
                        }));
            }
            Thread.sleep(100);
            long signalled = System.nanoTime();
            System.out.println("SIGTERM at " + Instant.now());
            api.destroy(); // SIGTERM
            boolean exited = api.waitFor(15, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - signalled) / 1e9;
            System.out.println("exit seen at " + Instant.now());
            System.out.printf("SIGTERM with %d open streams: exited after %.2f s (exit code %s)%n", STREAMS, seconds,
                    exited ? api.exitValue() : "none");

            if (!exited || seconds > 5.0) {
                System.out.println(child.log());
            }
            List<String> answers = new ArrayList<>();
            for (CompletableFuture<Integer> r : requests) {
                answers.add(r.handle((status, e) -> e == null ? status.toString() : e.getClass().getSimpleName()).get(5, TimeUnit.SECONDS));
            }
            int withRetryHint = 0;
            for (CompletableFuture<String> s : streams) {
                withRetryHint += s.handle((body, e) -> e == null && body.contains("retry:1000") ? 1 : 0).get(5, TimeUnit.SECONDS);
            }
            System.out.printf("in-flight answers %s (the last %.2f s after SIGTERM); streams ended with a retry hint: %d (the last %.2f s after SIGTERM)%n",
                    answers, (lastAnswer.get() - signalled) / 1e9, withRetryHint, (lastStreamEnd.get() - signalled) / 1e9);
            assertThat(exited).as("the API exited").isTrue();
            assertThat(seconds).as("seconds from SIGTERM to exit").isLessThanOrEqualTo(5.0);
            assertThat(answers).as("in-flight requests answered").containsOnly("200");
            assertThat(withRetryHint).as("streams that ended with a retry hint").isEqualTo(STREAMS);
        } finally {
            child.close();
            connections.disposeLater().block(Duration.ofSeconds(5));
        }
    }
}
