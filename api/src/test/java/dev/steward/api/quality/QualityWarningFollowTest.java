package dev.steward.api.quality;

import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.contract.model.ServerEventDto.TypeEnum;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The warning follower evaluates a project with events at most once per window, at the window's end (virtual time). */
class QualityWarningFollowTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private static Mono<ServerEventDto> at(int seconds, UUID project, TypeEnum type) {
        return Mono.just(new ServerEventDto(type, OffsetDateTime.now()).projectId(project)).delaySubscription(Duration.ofSeconds(seconds));
    }

    @Test
    void aBusyProjectIsEvaluatedOncePerWindowAndAQuietOneNever() {
        Duration every = Duration.ofMinutes(5);
        StepVerifier.withVirtualTime(() -> QualityWarningJob.toEvaluate(Flux.concat(
                        // A: 30 writes in its first window (a burst, then one every 10 s), one in its second, then quiet.
                        Flux.range(0, 30).concatMap(i -> at(i == 0 ? 0 : 10, A, TypeEnum.WORK_ORDER_CHANGED)),
                        at(20, B, TypeEnum.SLA_BREACHED),
                        at(60, A, TypeEnum.RECTIFICATION_CHANGED),
                        // Events that do not move a figure, and one with no project, start nothing.
                        at(1, UUID.randomUUID(), TypeEnum.KEY_CHANGED),
                        Mono.just(new ServerEventDto(TypeEnum.WORK_ORDER_CHANGED, OffsetDateTime.now())),
                        Flux.never()), every))
                // A's window opened at 0:00 with its first event: evaluated at 5:00 (its 30 writes once) and at 10:00 (its
                // write at 6:10); B's first event at 5:10 (A's later writes took 4:50) opened its window: evaluated at 10:10;
                // then nothing however long.
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(299))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(A)
                .expectNoEvent(Duration.ofSeconds(299))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(A)
                .expectNoEvent(Duration.ofSeconds(9))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(B)
                .expectNoEvent(Duration.ofHours(1))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }
}
