package dev.steward.api.inspection;

import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inspection tasks. The status is derived in one SQL expression ({@link #STATUS}): DONE once its inspection was
 * submitted, else MISSED (应查未查) once past its due time, else IN_PROGRESS once an inspection was started, else OPEN.
 */
@Repository
class TaskRepository {

    /** The status at {@code $now} (a bound parameter named by the caller). */
    static String status(String now) {
        return "case when t.done_at is not null then 'DONE' when t.due_at < " + now + " then 'MISSED'"
                + " when t.inspection_id is not null then 'IN_PROGRESS' else 'OPEN' end";
    }

    record Row(UUID id, UUID projectId, UUID planId, String planName, String level, UUID templateId, Rubric.Text templateName,
            String method, LocalDate scheduledOn, UUID unitId, String unitLabel, String equipmentRoom, OffsetDateTime opensAt, OffsetDateTime dueAt, String status,
            boolean late, UUID inspectionId, String inspectionCode, String inspectionStatus, OffsetDateTime startedAt, OffsetDateTime doneAt,
            List<PlanRepository.Inspector> inspectors) {}

    record Query(UUID[] projectIds, String status, OffsetDateTime dueFrom, OffsetDateTime dueTo, UUID inspectorId, UUID planId, UUID unitId,
            Boolean late, OffsetDateTime now) {}

    /**
     * A task as another part needs it: its plan's template, its unit, its place (the unit's label or the equipment room; null
     * for a plain task) and whether it can still be done.
     */
    record Ref(UUID id, UUID projectId, UUID planId, String planName, UUID templateId, String method, LocalDate scheduledOn, UUID unitId,
            String place, UUID inspectionId, boolean done) {}

    private final DatabaseClient db;

    TaskRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Earliest due first, keyset-paged on (due_at, id). */
    Flux<Row> list(Query q, OffsetDateTime afterAt, UUID afterId, int fetch) {
        Where where = new Where();
        String now = where.param(q.now());
        where.and("t.project_id = any($?)", (Object) q.projectIds());
        if (q.status() != null) {
            where.and(switch (q.status()) {
                case "DONE" -> "t.done_at is not null";
                case "MISSED" -> "t.done_at is null and t.due_at < " + now;
                case "IN_PROGRESS" -> "t.done_at is null and t.due_at >= " + now + " and t.inspection_id is not null";
                default -> "t.done_at is null and t.due_at >= " + now + " and t.inspection_id is null";
            });
        }
        where.andIf(q.dueFrom(), "t.due_at >= $?");
        where.andIf(q.dueTo(), "t.due_at < $?");
        where.andIf(q.inspectorId(), "$? = any(p.inspector_ids)");
        where.andIf(q.planId(), "t.plan_id = $?");
        where.andIf(q.unitId(), "t.unit_id = $?");
        if (q.late() != null) {
            where.and(q.late() ? late(now) : "not " + late(now));
        }
        if (afterAt != null) {
            where.and("(t.due_at, t.id) > ($?, $?)", afterAt, afterId);
        }
        String sql = select(now) + " where " + where.sql() + " order by t.due_at, t.id limit " + where.param(fetch);
        return where.bind(db.sql(sql)).map(TaskRepository::toRow).all();
    }

    private static String select(String now) {
        return "select t.*, " + status(now) + " as status, " + late(now) + " as late, "
                + """
                       p.name as plan_name, p.level, p.template_id, p.method, tp.name_zh as template_zh, tp.name_en as template_en,
                       u.label as unit_label, x.code as inspection_code, x.status as inspection_status,
                       array(select i.id from users i where i.id = any(p.inspector_ids) order by i.display_name, i.id) as inspector_list,
                       array(select i.display_name from users i where i.id = any(p.inspector_ids) order by i.display_name, i.id) as inspector_names
                from inspection_tasks t
                join inspection_plans p on p.id = t.plan_id
                join inspection_templates tp on tp.id = p.template_id
                left join units u on u.id = t.unit_id
                left join inspections x on x.id = t.inspection_id
                """;
    }

    Mono<Ref> ref(UUID[] projectIds, UUID id) {
        return db.sql("""
                        select t.id, t.project_id, t.plan_id, p.name, p.template_id, p.method, t.scheduled_on, t.unit_id,
                               coalesce(u.label, t.equipment_room) as label,
                               t.inspection_id, t.done_at
                        from inspection_tasks t join inspection_plans p on p.id = t.plan_id left join units u on u.id = t.unit_id
                        where t.project_id = any($1) and t.id = $2
                        """)
                .bind(0, projectIds).bind(1, id)
                .map(r -> new Ref(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("plan_id", UUID.class),
                        r.get("name", String.class), r.get("template_id", UUID.class), r.get("method", String.class),
                        r.get("scheduled_on", LocalDate.class), r.get("unit_id", UUID.class), r.get("label", String.class),
                        r.get("inspection_id", UUID.class), r.get("done_at", OffsetDateTime.class) != null))
                .one();
    }

    /**
     * Records that the inspection carries out the task, if nobody started it yet: a conditional update, so of two starts
     * at once one wins (the other waits for the row, then finds it taken). False when already started.
     */
    Mono<Boolean> claim(UUID taskId, UUID inspectionId, OffsetDateTime at) {
        return db.sql("update inspection_tasks set inspection_id = $2, started_at = $3 where id = $1 and inspection_id is null")
                .bind(0, taskId).bind(1, inspectionId).bind(2, at).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** The inspection was submitted: its task (if any) is DONE. */
    Mono<Void> done(UUID inspectionId, OffsetDateTime at) {
        return db.sql("update inspection_tasks set done_at = $2 where inspection_id = $1 and done_at is null")
                .bind(0, inspectionId).bind(1, at).fetch().rowsUpdated().then();
    }

    record Counts(UUID projectId, long due, long done, long doneLate, long missed, long open) {}

    /**
     * The task summary's counts at {@code $4} = now: due, done, done late, missed (应查未查: not done by its due time, done
     * late or still undone past it — the list's {@code late}), open. {@code count(t.id)} so a left join's empty side counts 0.
     */
    static final String COUNTS = "count(t.id) as due, count(*) filter (where t.done_at is not null) as done,"
            + " count(*) filter (where t.done_at > t.due_at) as done_late, count(*) filter (where " + late("$4") + ") as missed,"
            + " count(*) filter (where t.done_at is null and t.due_at >= $4) as open";

    /** Late (missed): not done by its due time — the filter {@code late=true} and {@link #COUNTS}' missed. */
    static String late(String now) {
        return "((t.done_at is null and t.due_at < " + now + ") or t.done_at > t.due_at)";
    }

    /** Per project, the tasks due in [from, to) at {@code now}: due, done, done late, missed (应查未查), open. */
    Flux<Counts> counts(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        return db.sql("select pid as project_id, " + COUNTS + """

                        from unnest($1::uuid[]) as pid
                        left join inspection_tasks t on t.project_id = pid and t.due_at >= $2 and t.due_at < $3
                        group by pid order by pid
                        """)
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(TaskRepository::counts).all();
    }

    /**
     * {@link #counts} for a calendar month [from, to) in each project's own time zone (the monthly brief), with the same
     * definitions.
     */
    Flux<Counts> countsInMonth(UUID[] projectIds, LocalDateTime from, LocalDateTime to, OffsetDateTime now) {
        return db.sql("select p.id as project_id, " + COUNTS + """

                        from projects p
                        left join inspection_tasks t on t.project_id = p.id
                             and t.due_at >= ($2::timestamp at time zone p.timezone) and t.due_at < ($3::timestamp at time zone p.timezone)
                        where p.id = any($1)
                        group by p.id order by p.id
                        """)
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(TaskRepository::counts).all();
    }

    /** {@link #counts} of the tasks due in [from, to) per project and month of the due time (the project's zone): key 'YYYY-MM'. */
    Flux<Month> countsByMonth(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        return db.sql("select t.project_id, to_char(t.due_at at time zone p.timezone, 'YYYY-MM') as month, " + COUNTS + """

                        from inspection_tasks t join projects p on p.id = t.project_id
                        where t.project_id = any($1) and t.due_at >= $2 and t.due_at < $3
                        group by 1, 2 order by 1, 2
                        """)
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(r -> new Month(r.get("month", String.class), counts(r))).all();
    }

    record Month(String month, Counts counts) {}

    private static Counts counts(Readable r) {
        return new Counts(r.get("project_id", UUID.class), r.get("due", Long.class), r.get("done", Long.class),
                r.get("done_late", Long.class), r.get("missed", Long.class), r.get("open", Long.class));
    }

    private static Row toRow(Readable r) {
        UUID[] ids = r.get("inspector_list", UUID[].class);
        String[] names = r.get("inspector_names", String[].class);
        List<PlanRepository.Inspector> inspectors = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            inspectors.add(new PlanRepository.Inspector(ids[i], names[i]));
        }
        return new Row(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("plan_id", UUID.class), r.get("plan_name", String.class),
                r.get("level", String.class), r.get("template_id", UUID.class),
                new Rubric.Text(r.get("template_zh", String.class), r.get("template_en", String.class)), r.get("method", String.class),
                r.get("scheduled_on", LocalDate.class), r.get("unit_id", UUID.class), r.get("unit_label", String.class),
                r.get("equipment_room", String.class), r.get("opens_at", OffsetDateTime.class), r.get("due_at", OffsetDateTime.class), r.get("status", String.class),
                Boolean.TRUE.equals(r.get("late", Boolean.class)), r.get("inspection_id", UUID.class), r.get("inspection_code", String.class),
                r.get("inspection_status", String.class), r.get("started_at", OffsetDateTime.class), r.get("done_at", OffsetDateTime.class),
                inspectors);
    }
}
