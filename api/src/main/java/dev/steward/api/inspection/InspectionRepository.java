package dev.steward.api.inspection;

import dev.steward.api.platform.Sql;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Inspections and their results. Every query is bounded by project ids. */
@Repository
class InspectionRepository {

    record Row(UUID id, UUID projectId, String code, UUID templateId, UUID versionId, String method, String status, UUID inspectorId,
            String inspectorName, String location, String summary, OffsetDateTime startedAt, OffsetDateTime submittedAt,
            BigDecimal total, String grade, int findingCount, int rectificationCount, int openRectificationCount,
            Rubric.Text templateName, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt, UUID taskId, UUID taskUnitId) {}

    /** One check point's result, with its rectification if one was raised. */
    record Result(UUID id, UUID checkPointId, String status, BigDecimal deduction, String note, int photoCount, UUID rectificationId,
            String rectificationStatus, UUID workOrderId, String workOrderCode, OffsetDateTime dueAt, Integer rounds, UUID repairWorkOrderId,
            String repairWorkOrderCode) {}

    record Query(UUID[] projectIds, boolean drafts, String status, UUID templateId, UUID inspectorId, String grade, String method,
            OffsetDateTime from, OffsetDateTime to) {}

    private static final String SELECT = """
            select x.*, u.display_name as inspector_name, t.name_zh as template_zh, t.name_en as template_en,
                   (select k.unit_id from inspection_tasks k where k.id = x.task_id) as task_unit_id,
                   (select count(*) from rectifications r where r.inspection_id = x.id) as rectification_count,
                   (select count(*) from rectifications r join work_orders w on w.id = r.work_order_id
                     where r.inspection_id = x.id and r.closed_at is null and w.status <> 'CANCELLED') as open_rectification_count
            from inspections x
            join users u on u.id = x.inspector_id
            join inspection_template_versions t on t.id = x.template_version_id
            """;

    private final DatabaseClient db;

    InspectionRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Row> find(UUID[] projectIds, UUID id) {
        return db.sql(SELECT + " where x.project_id = any($1) and x.id = $2").bind(0, projectIds).bind(1, id)
                .map(InspectionRepository::toRow).one();
    }

    /** Newest first (by start), keyset-paged on (started_at, id). */
    Flux<Row> list(Query q, OffsetDateTime afterAt, UUID afterId, int fetch) {
        Where where = filters(q);
        if (afterAt != null) {
            where.and("(x.started_at, x.id) < ($?, $?)", afterAt, afterId);
        }
        String sql = SELECT + " where " + where.sql() + " order by x.started_at desc, x.id desc limit " + where.param(fetch);
        return where.bind(db.sql(sql)).map(InspectionRepository::toRow).all();
    }

    /** The inspections' change feed, with the list's filters. */
    Flux<ChangeFeed.Entry<Row>> changes(Query q, ChangeFeed feed, int fetch) {
        return feed.read(db, SELECT, "x", filters(q), fetch, InspectionRepository::toRow);
    }

    private static Where filters(Query q) {
        Where where = new Where();
        where.and("x.project_id = any($?)", (Object) q.projectIds());
        if (!q.drafts()) {
            where.and("x.status = 'SUBMITTED'");
        }
        where.andIf(q.status(), "x.status = $?");
        where.andIf(q.templateId(), "x.template_id = $?");
        where.andIf(q.inspectorId(), "x.inspector_id = $?");
        where.andIf(q.grade(), "x.grade = $?");
        where.andIf(q.method(), "x.method = $?");
        where.andIf(q.from(), "x.started_at >= $?");
        where.andIf(q.to(), "x.started_at < $?");
        return where;
    }

    /** In the rubric's order. */
    Flux<Result> results(UUID projectId, UUID inspectionId) {
        return db.sql("select r.id, r.check_point_id, r.status, r.deduction, r.note, r.photo_count, x.id as rectification_id, "
                        + RectificationRepository.STATUS + " as rectification_status, " + """
                               x.due_at, x.rounds, w.id as work_order_id, w.code as work_order_code,
                               r.repair_work_order_id, rw.code as repair_work_order_code
                        from inspection_results r
                        left join rectifications x on x.result_id = r.id
                        left join work_orders w on w.id = x.work_order_id
                        left join work_orders rw on rw.id = r.repair_work_order_id
                        where r.project_id = $1 and r.inspection_id = $2
                        order by r.position
                        """)
                .bind(0, projectId).bind(1, inspectionId)
                .map(r -> new Result(r.get("id", UUID.class), r.get("check_point_id", UUID.class), r.get("status", String.class),
                        r.get("deduction", BigDecimal.class), r.get("note", String.class), r.get("photo_count", Integer.class),
                        r.get("rectification_id", UUID.class), r.get("rectification_status", String.class), r.get("work_order_id", UUID.class),
                        r.get("work_order_code", String.class), r.get("due_at", OffsetDateTime.class), r.get("rounds", Integer.class),
                        r.get("repair_work_order_id", UUID.class), r.get("repair_work_order_code", String.class)))
                .all();
    }

    /** The next number of the project's day, in the caller's transaction (the counter row stays locked until commit). */
    Mono<Integer> nextNumber(UUID projectId, LocalDate day) {
        return db.sql("""
                        insert into inspection_counters (project_id, day, last) values ($1, $2, 1)
                        on conflict (project_id, day) do update set last = inspection_counters.last + 1
                        returning last
                        """)
                .bind(0, projectId).bind(1, day).map((r, m) -> r.get("last", Integer.class)).one();
    }

    record NewInspection(UUID projectId, String code, UUID templateId, UUID versionId, String method, UUID inspectorId, String location,
            OffsetDateTime startedAt, OffsetDateTime at, UUID taskId) {}

    /** The inspection and one unanswered result per check point of its version, in the rubric's order. */
    Mono<UUID> insert(NewInspection n) {
        GenericExecuteSpec spec = db.sql("""
                with x as (
                    insert into inspections (project_id, code, template_id, template_version_id, method, inspector_id, location,
                                             started_at, created_at, updated_at, task_id)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) returning id),
                r as (
                    insert into inspection_results (project_id, inspection_id, check_point_id, position)
                    select $1, x.id, c.id, row_number() over (order by s.position, i.position, c.position)
                    from x, inspection_check_points c
                    join inspection_items i on i.id = c.item_id
                    join inspection_sections s on s.id = i.section_id
                    where c.version_id = $4)
                select id from x
                """)
                .bind(0, n.projectId()).bind(1, n.code()).bind(2, n.templateId()).bind(3, n.versionId()).bind(4, n.method())
                .bind(5, n.inspectorId());
        spec = Sql.bindNullable(spec, 6, n.location(), String.class);
        spec = Sql.bindNullable(spec.bind(7, n.startedAt()).bind(8, n.at()), 9, n.taskId(), UUID.class);
        return spec.map((r, m) -> r.get("id", UUID.class)).one();
    }

    /**
     * Bumps the version of a DRAFT still at {@code expected} (locking its row until commit), with a new location or
     * summary when given ({@code clearSummary}: a blank one was sent). False when it is no longer that draft.
     */
    Mono<Boolean> touch(UUID id, long expected, String location, String summary, boolean clearSummary, OffsetDateTime at) {
        GenericExecuteSpec spec = db.sql("""
                update inspections set version = version + 1, updated_at = $3, location = coalesce($4, location),
                                       summary = case when $6 then null else coalesce($5, summary) end
                 where id = $1 and version = $2 and status = 'DRAFT'
                """)
                .bind(0, id).bind(1, expected).bind(2, at);
        spec = Sql.bindNullable(spec, 3, location, String.class);
        spec = Sql.bindNullable(spec, 4, summary, String.class);
        return spec.bind(5, clearSummary).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Replaces the listed check points' answers ({@code answers}: a JSON array of {cp, status, deduction, note}). */
    Mono<Long> answer(UUID id, String answers) {
        return db.sql("""
                        update inspection_results r set status = a.status, deduction = a.deduction, note = a.note
                        from jsonb_to_recordset($2::jsonb) as a(cp uuid, status text, deduction numeric, note text)
                        where r.inspection_id = $1 and r.check_point_id = a.cp
                        """)
                .bind(0, id).bind(1, answers).fetch().rowsUpdated();
    }

    /** Freezes a DRAFT still at {@code expected} with its score; false when it is no longer that draft. */
    Mono<Boolean> submit(UUID id, long expected, BigDecimal total, String grade, int findings, OffsetDateTime at) {
        return db.sql("""
                        update inspections set status = 'SUBMITTED', submitted_at = $3, total = $4, grade = $5, finding_count = $6,
                                               version = version + 1, updated_at = $3
                         where id = $1 and version = $2 and status = 'DRAFT'
                        """)
                .bind(0, id).bind(1, expected).bind(2, at).bind(3, total).bind(4, grade).bind(5, findings)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    /** INSPECTION_SUBMITTED on the live stream, sent when the transaction commits. */
    Mono<Void> announceSubmitted(Row x, String grade, OffsetDateTime at) {
        return db.sql("""
                        select steward_announce(json_build_object('type', 'INSPECTION_SUBMITTED', 'projectId', $1::uuid,
                               'inspectionId', $2::uuid, 'code', $3::text, 'grade', $4::text, 'at', $5::timestamptz))
                        """)
                .bind(0, x.projectId()).bind(1, x.id()).bind(2, x.code()).bind(3, grade).bind(4, at).then();
    }

    /** A result of the inspection, in the caller's projects: (project, inspection status, result status, its rectification). */
    record ResultRef(UUID projectId, UUID inspectionId, String inspectionStatus, UUID inspectorId, UUID resultId, UUID checkPointId,
            String status, UUID rectificationId, OffsetDateTime closedAt) {}

    Mono<ResultRef> result(UUID[] projectIds, UUID inspectionId, UUID resultId) {
        GenericExecuteSpec spec = db.sql("""
                select r.project_id, r.inspection_id, x.status as inspection_status, x.inspector_id, r.id, r.check_point_id, r.status,
                       c.id as rectification_id, c.closed_at
                from inspection_results r join inspections x on x.id = r.inspection_id
                left join rectifications c on c.result_id = r.id
                where r.project_id = any($1) and r.id = $2 and ($3::uuid is null or r.inspection_id = $3)
                """).bind(0, projectIds).bind(1, resultId);
        return Sql.bindNullable(spec, 2, inspectionId, UUID.class)
                .map(r -> new ResultRef(r.get("project_id", UUID.class), r.get("inspection_id", UUID.class),
                        r.get("inspection_status", String.class), r.get("inspector_id", UUID.class), r.get("id", UUID.class),
                        r.get("check_point_id", UUID.class), r.get("status", String.class), r.get("rectification_id", UUID.class),
                        r.get("closed_at", OffsetDateTime.class)))
                .one();
    }

    Mono<Void> addPhotos(UUID resultId, int count) {
        return db.sql("update inspection_results set photo_count = photo_count + $2 where id = $1").bind(0, resultId).bind(1, count)
                .fetch().rowsUpdated().then();
    }

    private static Row toRow(Readable r) {
        Integer findings = r.get("finding_count", Integer.class);
        return new Row(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("code", String.class), r.get("template_id", UUID.class),
                r.get("template_version_id", UUID.class), r.get("method", String.class), r.get("status", String.class),
                r.get("inspector_id", UUID.class), r.get("inspector_name", String.class), r.get("location", String.class),
                r.get("summary", String.class), r.get("started_at", OffsetDateTime.class), r.get("submitted_at", OffsetDateTime.class),
                r.get("total", BigDecimal.class), r.get("grade", String.class), findings == null ? 0 : findings,
                r.get("rectification_count", Long.class).intValue(), r.get("open_rectification_count", Long.class).intValue(),
                new Rubric.Text(r.get("template_zh", String.class), r.get("template_en", String.class)), r.get("version", Long.class),
                r.get("created_at", OffsetDateTime.class), r.get("updated_at", OffsetDateTime.class), r.get("task_id", UUID.class),
                r.get("task_unit_id", UUID.class));
    }
}
