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
 * default: a week turning, a campaign closing, a deadline passing), and a project with work-order, rectification or
 * inspection events again at most once every {@code steward.quality.warning-follow} (5 min by default: its events of that
 * while are taken together; at 100 busy projects an evaluation after every settled burst was most of the background
 * load at 10M orders). Each warning is announced once, by whichever instance gets there first ({@link QualityWarningAnnouncer}).
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
    private final Duration follow;
    private volatile Disposable afterWrites;

    QualityWarningJob(QualityWarnings warnings, QualityWarningAnnouncer announcer, QualityService clock, EventStream events,
            @Value("${steward.quality.warning-follow}") Duration follow) {
        this.warnings = warnings;
        this.announcer = announcer;
        this.clock = clock;
        this.events = events;
        this.follow = follow;
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
     * After start-up (the live relay is in place then), for as long as the instance runs: a project with relevant events
     * is evaluated again at the end of the {@code follow} window they fell in. Re-subscribes if the relay restarts.
     */
    @EventListener(ApplicationReadyEvent.class)
    void followWrites() {
        afterWrites = toEvaluate(events.all(), follow)
                .concatMap(this::evaluate)
                .onErrorResume(e -> Flux.empty())
                .repeatWhen(done -> done.delayElements(Duration.ofSeconds(5)))
                .subscribe();
    }

    /** The projects to evaluate again: each at most once per {@code every}, at the end of a window in which it had events. */
    static Flux<UUID> toEvaluate(Flux<ServerEventDto> events, Duration every) {
        return events.filter(e -> e.getProjectId() != null && RELEVANT.contains(e.getType()))
                .groupBy(ServerEventDto::getProjectId)
                .flatMap(project -> project.sample(every), Integer.MAX_VALUE)
                .map(ServerEventDto::getProjectId);
    }

    @Override
    public void destroy() {
        Disposable d = afterWrites;
        if (d != null) {
            d.dispose();
        }
    }
}
