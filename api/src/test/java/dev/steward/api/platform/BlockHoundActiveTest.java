package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Proves BlockHound is armed in the integration tests, so their silence means something. */
class BlockHoundActiveTest extends IntegrationTest {

    @Test
    void blockingOnANonBlockingThreadFails() {
        Scheduler nonBlocking = Schedulers.newParallel("blockhound-check", 1);
        try {
            Mono<String> sleeping = Mono.fromCallable(() -> {
                Thread.sleep(1);
                return "";
            }).subscribeOn(nonBlocking);
            StepVerifier.create(sleeping)
                    .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("Blocking call"))
                    .verify(Duration.ofSeconds(5));
        } finally {
            nonBlocking.dispose();
        }
    }
}
