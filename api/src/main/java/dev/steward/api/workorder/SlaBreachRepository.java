package dev.steward.api.workorder;

import dev.steward.api.identity.Staff;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class SlaBreachRepository {

    /** The actor of automatic timeline entries (created by migration V4; cannot log in). */
    static final UUID SYSTEM_USER = Staff.SYSTEM_USER_ID;

    private final DatabaseClient db;

    SlaBreachRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Marks every breach that is due and not yet marked, and appends one SLA_BREACHED entry per breach
     * (note RESPONSE or RESOLUTION). A breach is stamped with its own time — the moment the deadline
     * passed — not with the time of the scan, so an order found late (after a restart, on old data)
     * still shows when it actually went overdue. The due orders are locked first, skipping those another scan (or a
     * user's write) holds: two scans at once (two instances, or a scan while the last one still runs) take disjoint
     * orders and never wait on each other. An UPDATE that locked them as it found them deadlocked when two ran at
     * once (seen in CI: the losing scan recorded nothing until the next minute). The {@code … is null} conditions
     * are re-checked under the lock, so each breach is marked exactly once; a skipped order is taken by the next scan.
     */
    Mono<Long> markBreaches(OffsetDateTime now) {
        Mono<Long> response = db.sql("""
                with due as (
                    select w.id from work_orders w
                    where w.response_breached_at is null and w.responded_at is null and w.response_due_at < $1
                      and w.status not in ('COMPLETED', 'CLOSED', 'CANCELLED')
                    for update skip locked
                ), breached as (
                    update work_orders w set response_breached_at = w.response_due_at
                    from due where w.id = due.id
                    returning w.id, w.project_id, w.response_due_at as due_at
                )
                insert into work_order_events (project_id, work_order_id, type, actor_id, at, note)
                select project_id, id, 'SLA_BREACHED', $2, due_at, 'RESPONSE' from breached
                """).bind(0, now).bind(1, SYSTEM_USER).fetch().rowsUpdated();
        Mono<Long> resolution = db.sql("""
                with due as (
                    select w.id from work_orders w
                    where w.resolution_breached_at is null and w.completed_at is null and w.resolution_due_at < $1
                      and w.status <> 'CANCELLED'
                    for update skip locked
                ), breached as (
                    update work_orders w set resolution_breached_at = w.resolution_due_at
                    from due where w.id = due.id
                    returning w.id, w.project_id, w.resolution_due_at as due_at
                )
                insert into work_order_events (project_id, work_order_id, type, actor_id, at, note)
                select project_id, id, 'SLA_BREACHED', $2, due_at, 'RESOLUTION' from breached
                """).bind(0, now).bind(1, SYSTEM_USER).fetch().rowsUpdated();
        // One after the other: a scan holds one connection at a time, and its two statements do not skip each other's rows.
        return response.zipWhen(r -> resolution, Long::sum);
    }
}
