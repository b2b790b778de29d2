package dev.steward.api.workorder;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class SlaBreachRepository {

    /** The actor of automatic timeline entries (created by migration V4; cannot log in). */
    static final UUID SYSTEM_USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final DatabaseClient db;

    SlaBreachRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Marks every breach that is due and not yet marked, and appends one SLA_BREACHED entry per breach
     * (note RESPONSE or RESOLUTION), in one statement. The {@code … is null} conditions are re-checked
     * under the row lock, so two instances running this at once still mark each breach exactly once.
     */
    Mono<Long> markBreaches(OffsetDateTime now) {
        return db.sql("""
                with breached as (
                    update work_orders w set
                        response_breached_at = case when w.response_breached_at is null and w.responded_at is null
                            and w.response_due_at < $1 and w.status not in ('COMPLETED', 'CLOSED', 'CANCELLED')
                            then $1 else w.response_breached_at end,
                        resolution_breached_at = case when w.resolution_breached_at is null and w.completed_at is null
                            and w.resolution_due_at < $1 and w.status <> 'CANCELLED'
                            then $1 else w.resolution_breached_at end
                    where (w.response_breached_at is null and w.responded_at is null and w.response_due_at < $1
                           and w.status not in ('COMPLETED', 'CLOSED', 'CANCELLED'))
                       or (w.resolution_breached_at is null and w.completed_at is null and w.resolution_due_at < $1
                           and w.status <> 'CANCELLED')
                    returning w.id, w.project_id, w.response_breached_at = $1 as response, w.resolution_breached_at = $1 as resolution
                )
                insert into work_order_events (project_id, work_order_id, type, actor_id, at, note)
                select project_id, id, 'SLA_BREACHED', $2, $1, 'RESPONSE' from breached where response
                union all
                select project_id, id, 'SLA_BREACHED', $2, $1, 'RESOLUTION' from breached where resolution
                """)
                .bind(0, now).bind(1, SYSTEM_USER)
                .fetch().rowsUpdated();
    }
}
