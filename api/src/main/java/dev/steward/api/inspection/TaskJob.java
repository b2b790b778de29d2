package dev.steward.api.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the plans' tasks made ahead (when the instance is ready, then every {@code steward.inspections.task-scan}, hourly
 * by default; plans also make theirs when created or changed) and marks missed ones ({@code steward.inspections.missed-scan}, every minute). Safe on every
 * instance at once: see {@link TaskGenerator}.
 */
@Component
class TaskJob {

    private static final Logger log = LoggerFactory.getLogger(TaskJob.class);

    private final TaskGenerator generator;
    private final Clock clock;

    TaskJob(TaskGenerator generator, Clock clock) {
        this.generator = generator;
        this.clock = clock;
    }

    /** Once the instance is ready (after the demo data, if any): the tasks for the coming days exist from the start. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        generate().subscribe();
    }

    @Scheduled(fixedDelayString = "${steward.inspections.task-scan}", initialDelayString = "${steward.inspections.task-scan}")
    Mono<Long> generate() {
        return generator.generate(now(), null)
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Created {} inspection tasks", n);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Inspection task generation failed; will retry: {}", e.toString());
                    return Mono.just(0L);
                });
    }

    @Scheduled(fixedDelayString = "${steward.inspections.missed-scan}", initialDelayString = "${steward.inspections.missed-scan}")
    Mono<Long> missed() {
        return generator.markMissed(now())
                .onErrorResume(e -> {
                    log.warn("Missed inspection task scan failed; will retry: {}", e.toString());
                    return Mono.just(0L);
                });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
