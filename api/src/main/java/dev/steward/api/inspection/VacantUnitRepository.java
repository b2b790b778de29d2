package dev.steward.api.inspection;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The vacant-unit register (空置房台账): VACANT units with the responsible person, the last submitted patrol (an
 * inspection of one of the unit's tasks), its open findings (the last patrol's without a repair order, and any patrol's whose
 * repair order is not done), the next task (the first not yet due,
 * else the latest missed) and the unit's key.
 */
@Repository
class VacantUnitRepository {

    record Row(UUID unitId, UUID projectId, UUID buildingId, String label, String sortKey, UUID responsibleUserId, String responsibleName,
            UUID lastPatrolId, OffsetDateTime lastPatrolAt, String lastPatrolGrade, int openFindings, UUID nextTaskId, OffsetDateTime nextTaskDueAt,
            String nextTaskStatus, UUID nextTaskInspectionId, UUID keyId, String keyCode, String keyStatus) {}

    private static final String SELECT = """
            select u.id, u.project_id, u.building_id, u.label, u.sort_key, u.responsible_user_id, r.display_name as responsible_name,
                   lp.id as last_id, lp.submitted_at as last_at, lp.grade as last_grade,
                   (select count(*) from inspection_tasks ft join inspection_results ir on ir.inspection_id = ft.inspection_id
                     left join work_orders w on w.id = ir.repair_work_order_id
                     where ft.unit_id = u.id and ir.status = 'MISSING'
                       and (w.id is null and ft.inspection_id = lp.id
                            or w.status not in ('COMPLETED', 'CLOSED', 'CANCELLED'))) as open_findings,
                   nt.id as next_id, nt.due_at as next_due, nt.inspection_id as next_inspection, nt.status as next_status,
                   k.id as key_id, k.code as key_code, k.status as key_status
            from units u
            left join users r on r.id = u.responsible_user_id
            left join lateral (
                select x.id, x.submitted_at, x.grade from inspection_tasks t join inspections x on x.id = t.inspection_id
                where t.unit_id = u.id and x.status = 'SUBMITTED' order by x.submitted_at desc limit 1) lp on true
            left join lateral (
                select t.id, t.due_at, t.inspection_id, """ + TaskRepository.status("$2") + """
                 as status from inspection_tasks t
                where t.unit_id = u.id and t.done_at is null
                order by t.due_at < $2, case when t.due_at >= $2 then t.due_at end, t.due_at desc limit 1) nt on true
            left join lateral (
                select k.id, k.code, k.status from keys k where k.unit_id = u.id and k.status in ('AVAILABLE', 'CHECKED_OUT')
                order by k.code limit 1) k on true
            """;

    private final DatabaseClient db;

    VacantUnitRepository(DatabaseClient db) {
        this.db = db;
    }

    /** In unit order (keyset on (sort_key, id)). */
    Flux<Row> list(UUID[] projectIds, OffsetDateTime now, String afterKey, UUID afterId, int fetch) {
        GenericExecuteSpec spec = db.sql(SELECT + """
                 where u.project_id = any($1) and u.status = 'VACANT' and ($3::text is null or (u.sort_key, u.id) > ($3, $4))
                 order by u.sort_key, u.id limit $5
                """).bind(0, projectIds).bind(1, now);
        spec = afterKey == null ? spec.bindNull(2, String.class).bindNull(3, UUID.class) : spec.bind(2, afterKey).bind(3, afterId);
        return spec.bind(4, fetch).map(VacantUnitRepository::toRow).all();
    }

    Mono<Row> find(UUID[] projectIds, UUID unitId, OffsetDateTime now) {
        return db.sql(SELECT + " where u.project_id = any($1) and u.id = $3").bind(0, projectIds).bind(1, now).bind(2, unitId)
                .map(VacantUnitRepository::toRow).one();
    }

    /** The unit's project and status, if it is in these projects. */
    Mono<String[]> unit(UUID[] projectIds, UUID unitId) {
        return db.sql("select project_id::text, status from units where project_id = any($1) and id = $2").bind(0, projectIds).bind(1, unitId)
                .map((r, m) -> new String[] {r.get("project_id", String.class), r.get("status", String.class)}).one();
    }

    Mono<Void> setResponsible(UUID unitId, UUID userId, OffsetDateTime at) {
        GenericExecuteSpec spec = db.sql("update units set responsible_user_id = $2, updated_at = $3 where id = $1").bind(0, unitId);
        spec = userId == null ? spec.bindNull(1, UUID.class) : spec.bind(1, userId);
        return spec.bind(2, at).fetch().rowsUpdated().then();
    }

    record PatrolUnit(UUID unitId, String label) {}

    /** The unit whose task the inspection carried out, if any. */
    Mono<PatrolUnit> unitOf(UUID inspectionId) {
        return db.sql("select u.id, u.label from inspection_tasks t join units u on u.id = t.unit_id where t.inspection_id = $1")
                .bind(0, inspectionId).map((r, m) -> new PatrolUnit(r.get("id", UUID.class), r.get("label", String.class))).one();
    }

    /** The repair order already raised for the result, if any. */
    Mono<UUID> repairOrder(UUID resultId) {
        return db.sql("select repair_work_order_id from inspection_results where id = $1 and repair_work_order_id is not null")
                .bind(0, resultId).map((r, m) -> r.get("repair_work_order_id", UUID.class)).one();
    }

    Mono<Boolean> linkRepair(UUID resultId, UUID workOrderId) {
        return db.sql("update inspection_results set repair_work_order_id = $2 where id = $1 and repair_work_order_id is null")
                .bind(0, resultId).bind(1, workOrderId).fetch().rowsUpdated().map(n -> n == 1);
    }

    private static Row toRow(Readable r) {
        return new Row(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("building_id", UUID.class), r.get("label", String.class),
                r.get("sort_key", String.class), r.get("responsible_user_id", UUID.class), r.get("responsible_name", String.class),
                r.get("last_id", UUID.class), r.get("last_at", OffsetDateTime.class), r.get("last_grade", String.class),
                r.get("open_findings", Long.class).intValue(), r.get("next_id", UUID.class), r.get("next_due", OffsetDateTime.class),
                r.get("next_status", String.class), r.get("next_inspection", UUID.class), r.get("key_id", UUID.class),
                r.get("key_code", String.class), r.get("key_status", String.class));
    }
}
