package dev.steward.api.workorder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the daily rollups of the work-order figures (V36, V37; read by {@link WorkOrderFigures} in every grouping): each run rolls
 * up the days marked since (an old order changed) and the days never rolled up, in batches of one transaction each,
 * until none is left. The database function takes an advisory lock: with several instances one rolls up, the others
 * find the lock taken and wait for their next run.
 */
@Component
class WorkOrderDaysJob {

    private static final Logger log = LoggerFactory.getLogger(WorkOrderDaysJob.class);

    private final DatabaseClient db;
    private final int batch;

    WorkOrderDaysJob(DatabaseClient db, @Value("${steward.work-orders.rollup-batch}") int batch) {
        this.db = db;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${steward.work-orders.rollup-scan}", initialDelayString = "${steward.work-orders.rollup-scan}")
    Mono<Long> scan() {
        return rollUp()
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Rolled up the work-order figures of {} days", n);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Rolling up the work-order figures failed; will retry: {}", e.toString());
                    return Mono.just(0L);
                });
    }

    /** Rolls up every day due now; how many it rolled up (0 when another instance holds the lock). */
    Mono<Long> rollUp() {
        return once().expand(n -> n == batch ? once() : Mono.empty()).reduce(0L, Long::sum);
    }

    private Mono<Integer> once() {
        return db.sql("select steward_roll_work_order_days($1) as n").bind(0, batch)
                .map(r -> r.get("n", Integer.class)).one();
    }
}
