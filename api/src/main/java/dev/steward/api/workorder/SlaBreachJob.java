package dev.steward.api.workorder;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Once a minute, records each newly breached SLA as one SLA_BREACHED timeline entry, which the
 * database announces on the live event stream. Breach flags themselves are computed on read; this
 * job only makes breaches visible as events. Safe to run on every instance.
 */
@Component
class SlaBreachJob {

    private static final Logger log = LoggerFactory.getLogger(SlaBreachJob.class);

    private final SlaBreachRepository breaches;
    private final Clock clock;

    SlaBreachJob(SlaBreachRepository breaches, Clock clock) {
        this.breaches = breaches;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${steward.sla.breach-scan}", initialDelayString = "${steward.sla.breach-scan}")
    Mono<Long> scan() {
        return breaches.markBreaches(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Recorded {} SLA breaches", n);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("SLA breach scan failed; will retry: {}", e.toString());
                    return Mono.just(0L);
                });
    }
}
