package dev.steward.api.key;

import dev.steward.api.identity.Staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Once a minute, records each checkout that has just passed its due time as one OVERDUE ledger entry (announced on
 * the live stream as KEY_OVERDUE). Marking and recording are one statement: a checkout is marked once, whichever
 * instance's job gets there first, and a second run finds nothing to do.
 */
@Component
class KeyOverdueJob {

    private static final Logger log = LoggerFactory.getLogger(KeyOverdueJob.class);
    /** The actor of automatic entries (created by migration V4). */
    private static final String SYSTEM_USER = Staff.SYSTEM_USER_ID.toString();

    private final DatabaseClient db;
    private final Clock clock;

    KeyOverdueJob(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${steward.keys.overdue-scan}", initialDelayString = "${steward.keys.overdue-scan}")
    Mono<Long> scan() {
        return recordOverdue(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Recorded {} overdue key checkouts", n);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Overdue key scan failed; will retry: {}", e.toString());
                    return Mono.just(0L);
                });
    }

    /** How many checkouts became overdue since the last run. */
    Mono<Long> recordOverdue(OffsetDateTime now) {
        return db.sql("""
                        with due as (
                            update key_checkouts set overdue_recorded_at = $1
                            where returned_at is null and overdue_recorded_at is null and due_at < $1
                            returning id, project_id, key_id, borrower_name, due_at)
                        insert into key_events (project_id, key_id, type, actor_id, at, checkout_id, details, prev_hash, hash, seq)
                        select project_id, key_id, 'OVERDUE', '%s'::uuid, $1, id,
                               jsonb_build_object('borrower', borrower_name,
                                                  'dueAt', to_char(due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
                               '', '', 0
                        from due
                        order by due_at, id
                        """.formatted(SYSTEM_USER))
                .bind(0, now).fetch().rowsUpdated();
    }
}
