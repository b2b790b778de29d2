package dev.steward.api.quality;

import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.platform.EventStream;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finds new warnings and puts them on the live stream: every project every {@code steward.quality.warning-scan} (hourly by
 * default: a week turning, a campaign closing, a deadline passing), and a project again once its writes settle (no work
 * order, rectification or inspection event for {@code steward.quality.warning-settle}, 30 s by default). Each warning is
 * announced once, by whichever instance gets there first ({@link QualityWarningAnnouncer}).
 */
@Component
class QualityWarningJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(QualityWarningJob.class);
    private static final Set<ServerEventDto.TypeEnum> RELEVANT = Set.of(ServerEventDto.TypeEnum.WORK_ORDER_CREATED,
            ServerEventDto.TypeEnum.WORK_ORDER_CHANGED, ServerEventDto.TypeEnum.SLA_BREACHED, ServerEventDto.TypeEnum.RECTIFICATION_CHANGED,
            ServerEventDto.TypeEnum.INSPECTION_SUBMITTED, ServerEventDto.TypeEnum.INSPECTION_TASKS_MISSED);

    private final QualityWarnings warnings;
    private final QualityWarningAnnouncer announcer;
    private final QualityService clock;
    private final EventStream events;
    private final Duration settle;
    private volatile Disposable afterWrites;

    QualityWarningJob(QualityWarnings warnings, QualityWarningAnnouncer announcer, QualityService clock, EventStream events,
            @Value("${steward.quality.warning-settle}") Duration settle) {
        this.warnings = warnings;
        this.announcer = announcer;
        this.clock = clock;
        this.events = events;
        this.settle = settle;
    }

    /** Evaluates one project's warnings and announces the new ones: how many were new. */
    Mono<Long> evaluate(UUID projectId) {
        return warnings.evaluate(projectId).flatMap(r -> announcer.announce(projectId, r.warnings(), clock.now()))
                .onErrorResume(e -> {
                    log.warn("Quality warnings of project {} not evaluated; will retry: {}", projectId, e.toString());
                    return Mono.just(0L);
                });
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        scan().subscribe();
    }

    @Scheduled(fixedDelayString = "${steward.quality.warning-scan}", initialDelayString = "${steward.quality.warning-scan}")
    Mono<Long> scan() {
        return announcer.projects().concatMap(this::evaluate).reduce(0L, Long::sum)
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Announced {} new quality warnings", n);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Quality warning scan failed; will retry: {}", e.toString());
                    return Mono.just(0L);
                });
    }

    /**
     * After start-up (the live relay is in place then), for as long as the instance runs: each project's relevant events,
     * once they settle, re-evaluate it. Re-subscribes if the relay restarts.
     */
    @EventListener(ApplicationReadyEvent.class)
    void followWrites() {
        afterWrites = events.all().filter(e -> e.getProjectId() != null && RELEVANT.contains(e.getType()))
                .groupBy(ServerEventDto::getProjectId)
                .flatMap(project -> project.sampleTimeout(e -> Mono.delay(settle)))
                .concatMap(e -> evaluate(e.getProjectId()))
                .onErrorResume(e -> Flux.empty())
                .repeatWhen(done -> done.delayElements(Duration.ofSeconds(5)))
                .subscribe();
    }

    @Override
    public void destroy() {
        Disposable d = afterWrites;
        if (d != null) {
            d.dispose();
        }
    }
}
