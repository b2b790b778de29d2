package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.api.support.IntegrationTest;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.io.FileInputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.resources.LoopResources;
import reactor.test.StepVerifier;

/**
 * Proves BlockHound is armed in the integration tests, so their silence means something: several
 * kinds of blocking call are rejected on a Reactor non-blocking scheduler and on the Netty event loop
 * that serves the app, and still allowed on a thread that may block.
 */
class BlockHoundActiveTest extends IntegrationTest {

    @FunctionalInterface
    interface BlockingCall {
        void run() throws Exception;
    }

    private static final Object MONITOR = new Object();

    static Stream<Named<BlockingCall>> blockingCalls() {
        return Stream.of(
                Named.of("Thread.sleep", () -> Thread.sleep(1)),
                Named.of("Object.wait", () -> {
                    synchronized (MONITOR) {
                        MONITOR.wait(1);
                    }
                }),
                Named.of("LockSupport.parkNanos", () -> LockSupport.parkNanos(1_000)),
                Named.of("FileInputStream.read", () -> {
                    try (FileInputStream in = new FileInputStream("pom.xml")) {
                        in.read();
                    }
                }));
    }

    @Autowired
    ReactorResourceFactory reactorResources;

    @ParameterizedTest
    @MethodSource("blockingCalls")
    void blockingOnANonBlockingReactorSchedulerFails(BlockingCall call) {
        Scheduler nonBlocking = Schedulers.newParallel("blockhound-check", 1);
        try {
            Mono<String> blocking = Mono.fromCallable(() -> {
                call.run();
                return "not detected";
            }).subscribeOn(nonBlocking);
            StepVerifier.create(blocking)
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(BlockingOperationError.class)
                            .hasMessageContaining("Blocking call"))
                    .verify(Duration.ofSeconds(5));
        } finally {
            nonBlocking.dispose();
        }
    }

    @ParameterizedTest
    @MethodSource("blockingCalls")
    void blockingOnTheServersEventLoopFails(BlockingCall call) {
        LoopResources loops = reactorResources.getLoopResources();
        EventLoop eventLoop = loops.onServer(LoopResources.DEFAULT_NATIVE).next();
        AtomicReference<Thread> thread = new AtomicReference<>();
        assertThatThrownBy(() -> eventLoop.submit(() -> {
            thread.set(Thread.currentThread());
            call.run();
            return "not detected";
        }).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(BlockingOperationError.class).hasMessageContaining("Blocking call");
        // The app's own server event loop (named webflux-http-* by Spring Boot), a Netty thread.
        assertThat(thread.get()).isInstanceOf(FastThreadLocalThread.class);
    }

    @Test
    void blockingStaysAllowedWhereBlockingIsExpected() {
        Mono<String> sleeping = Mono.fromCallable(() -> {
            Thread.sleep(1);
            return "slept";
        }).subscribeOn(Schedulers.boundedElastic());
        StepVerifier.create(sleeping).expectNext("slept").expectComplete().verify(Duration.ofSeconds(5));
    }
}
