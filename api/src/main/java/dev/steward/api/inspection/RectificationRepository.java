package dev.steward.api.inspection;

import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rectifications with what the register shows: the finding (check point, item, section of the inspection's version),
 * the owner and progress from the work order. The status is derived in one place ({@link #STATUS}).
 */
@Repository
class RectificationRepository {

    record Row(UUID id, UUID projectId, UUID inspectionId, String inspectionCode, UUID resultId, UUID checkPointId, String checkPointCode,
            Rubric.Text findingText, String findingNote, BigDecimal deduction, Rubric.Text itemName, String sectionCode, Rubric.Text sectionName,
            Rubric.Text templateName, UUID ownerId, String ownerName, UUID raisedById, String raisedByName, OffsetDateTime raisedAt,
            OffsetDateTime originalDueAt, OffsetDateTime dueAt, int rounds, String status, UUID workOrderId, String workOrderCode,
            String workOrderStatus, OffsetDateTime closedAt, Boolean closedOnTime) {}

    record Reinspection(UUID id, UUID rectificationId, int round, String result, String note, OffsetDateTime newDueAt, UUID inspectorId,
            String inspectorName, OffsetDateTime at) {}

    record Query(UUID[] projectIds, String status, Boolean overdue, UUID assigneeId, UUID inspectionId, String sectionCode,
            OffsetDateTime raisedFrom, OffsetDateTime raisedTo, UUID buildingId, Boolean cancelled, Boolean due, Boolean withoutUnit,
            Boolean unassigned, OffsetDateTime now) {

        Query(UUID[] projectIds, String status, Boolean overdue, UUID assigneeId, UUID inspectionId, String sectionCode, OffsetDateTime now) {
            this(projectIds, status, overdue, assigneeId, inspectionId, sectionCode, null, null, null, null, null, null, null, now);
        }
    }

    /** CLOSED once a re-inspection passed; else from the order: CANCELLED, done (AWAITING_REINSPECTION) or OPEN. */
    static final String STATUS = """
            (case when x.closed_at is not null then 'CLOSED' when w.status = 'CANCELLED' then 'CANCELLED'
                  when w.status in ('COMPLETED', 'CLOSED') then 'AWAITING_REINSPECTION' else 'OPEN' end)""";

    /** Open (the work not done, not cancelled) and past the deadline in force at {@code $2}: the register's {@code overdue=true}. */
    static final String OVERDUE = "x.closed_at is null and x.due_at < $2 and " + STATUS + " = 'OPEN'";

    /** Counted by the on-time rate at {@code $4}: closed, or past the original deadline. */
    static final String DUE = "(x.closed_at is not null or x.original_due_at < $4)";

    static final String FROM = """
            from rectifications x
            join inspections i on i.id = x.inspection_id
            join inspection_results r on r.id = x.result_id
            join inspection_check_points c on c.id = r.check_point_id
            join inspection_items it on it.id = c.item_id
            join inspection_sections s on s.id = it.section_id
            join inspection_template_versions v on v.id = i.template_version_id
            join work_orders w on w.id = x.work_order_id
            left join users ou on ou.id = w.assignee_id
            join users ru on ru.id = x.raised_by
            """;

    private static final String SELECT = """
            select x.id, x.project_id, x.inspection_id, i.code as inspection_code, x.result_id, r.check_point_id, c.code as check_point_code,
                   c.text_zh, c.text_en, r.note as finding_note, r.deduction, it.name_zh as item_zh, it.name_en as item_en,
                   s.code as section_code, s.name_zh as section_zh, s.name_en as section_en, v.name_zh as template_zh,
                   v.name_en as template_en, w.assignee_id, ou.display_name as owner_name, x.raised_by, ru.display_name as raised_by_name,
                   x.raised_at, x.original_due_at, x.due_at, x.rounds, x.closed_at, x.closed_on_time, x.work_order_id,
                   w.code as work_order_code, w.status as work_order_status, """ + STATUS + " as status\n" + FROM;

    private final DatabaseClient db;

    RectificationRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Row> find(UUID[] projectIds, UUID id) {
        return db.sql(SELECT + " where x.project_id = any($1) and x.id = $2").bind(0, projectIds).bind(1, id)
                .map(RectificationRepository::toRow).one();
    }

    /** The most urgent deadline first, keyset-paged on (due_at, id). */
    Flux<Row> list(Query q, OffsetDateTime afterDue, UUID afterId, int fetch) {
        Where where = new Where();
        where.and("x.project_id = any($?)", (Object) q.projectIds());
        if (q.status() != null) {
            // Only CLOSED has closed_at: said explicitly, the open ones come from their partial index.
            where.and(("CLOSED".equals(q.status()) ? "x.closed_at is not null" : "x.closed_at is null") + " and " + STATUS + " = $?", q.status());
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            where.and(OVERDUE.replace("$2", "$?"), q.now());
        } else if (q.overdue() != null) {
            where.and("not (" + STATUS + " = 'OPEN' and x.due_at < $?)", q.now());
        }
        where.andIf(q.assigneeId(), "w.assignee_id = $?");
        where.andIf(q.inspectionId(), "x.inspection_id = $?");
        where.andIf(q.sectionCode(), "s.code = $?");
        where.andIf(q.raisedFrom(), "x.raised_at >= $?");
        where.andIf(q.raisedTo(), "x.raised_at < $?");
        where.andIf(q.buildingId(), "w.unit_id in (select un.id from units un where un.building_id = $?)");
        // The quality picture's "none" groups: the order about no unit (its building 'none'), or with no assignee.
        if (q.withoutUnit() != null) {
            where.and(q.withoutUnit() ? "w.unit_id is null" : "w.unit_id is not null");
        }
        if (q.unassigned() != null) {
            where.and(q.unassigned() ? "w.assignee_id is null" : "w.assignee_id is not null");
        }
        if (q.cancelled() != null) {
            where.and((q.cancelled() ? "" : "not ") + "(" + STATUS + " = 'CANCELLED')");
        }
        if (q.due() != null) {
            where.and((q.due() ? "" : "not ") + DUE.replace("$4", "$?"), q.now());
        }
        if (afterDue != null) {
            where.and("(x.due_at, x.id) > ($?, $?)", afterDue, afterId);
        }
        String sql = SELECT + " where " + where.sql() + " order by x.due_at, x.id limit " + where.param(fetch);
        return where.bind(db.sql(sql)).map(RectificationRepository::toRow).all();
    }

    /**
     * Overdue at the end of a month (each project's month end in its own zone, or {@code now} if sooner): raised by then,
     * not cancelled, not closed and the work not done by then, and past the deadline in force. The earliest deadline first.
     */
    Flux<Row> overdueAt(UUID[] projectIds, LocalDateTime monthEnd, OffsetDateTime now, int limit) {
        // The ids first (one pass over the rectifications and their orders), then the register's joins for those only:
        // as one query the planner joined every rectification's finding before filtering (1.2 s on the bench, 70 ms so).
        return db.sql("with o as materialized (select x.id from rectifications x join projects p on p.id = x.project_id"
                        + " join work_orders w on w.id = x.work_order_id where x.project_id = any($1) and " + OVERDUE_AT
                        + " order by x.due_at, x.id limit $4) "
                        + SELECT.replace("from rectifications x\n", "from o join rectifications x on x.id = o.id\n") + " order by x.due_at, x.id")
                .bind(0, projectIds).bind(1, monthEnd).bind(2, now).bind(3, limit).map(RectificationRepository::toRow).all();
    }

    Mono<Long> countOverdueAt(UUID[] projectIds, LocalDateTime monthEnd, OffsetDateTime now) {
        return db.sql("select count(*) as n from rectifications x join projects p on p.id = x.project_id"
                        + " join work_orders w on w.id = x.work_order_id where x.project_id = any($1) and " + OVERDUE_AT)
                .bind(0, projectIds).bind(1, monthEnd).bind(2, now).map((r, m) -> r.get("n", Long.class)).one();
    }

    /**
     * $2: the month's end (local time), $3: now. An order done by then was awaiting re-inspection, not overdue (as the
     * register counts: overdue = OPEN past the deadline).
     */
    private static final String OVERDUE_AT = """
            x.raised_at < least($3, $2::timestamp at time zone p.timezone)
            and x.due_at < least($3, $2::timestamp at time zone p.timezone)
            and (x.closed_at is null or x.closed_at >= least($3, $2::timestamp at time zone p.timezone))
            and w.status <> 'CANCELLED'
            and not (w.status in ('COMPLETED', 'CLOSED') and w.completed_at < least($3, $2::timestamp at time zone p.timezone))""";

    Flux<Reinspection> reinspections(UUID[] rectificationIds) {
        return db.sql("""
                        select e.id, e.rectification_id, e.round, e.result, e.note, e.new_due_at, e.inspector_id, u.display_name, e.at
                        from rectification_reinspections e join users u on u.id = e.inspector_id
                        where e.rectification_id = any($1) order by e.rectification_id, e.round
                        """)
                .bind(0, rectificationIds)
                .map(r -> new Reinspection(r.get("id", UUID.class), r.get("rectification_id", UUID.class), r.get("round", Integer.class),
                        r.get("result", String.class), r.get("note", String.class), r.get("new_due_at", OffsetDateTime.class),
                        r.get("inspector_id", UUID.class), r.get("display_name", String.class), r.get("at", OffsetDateTime.class)))
                .all();
    }

    /** Holds the finding's result row until commit, so two raises of one finding run one after the other. */
    Mono<Void> lockResult(UUID resultId) {
        return db.sql("select id from inspection_results where id = $1 for update").bind(0, resultId).fetch().rowsUpdated().then();
    }

    /** A fresh id, from the database (Java's random UUIDs read the system's entropy with blocking I/O). */
    Mono<UUID> newId() {
        return db.sql("select gen_random_uuid() as id").map((r, m) -> r.get("id", UUID.class)).one();
    }

    Mono<Boolean> exists(UUID resultId) {
        return db.sql("select exists (select 1 from rectifications where result_id = $1) as found").bind(0, resultId)
                .map((r, m) -> Boolean.TRUE.equals(r.get("found", Boolean.class))).one();
    }

    Mono<Void> insert(UUID id, UUID projectId, UUID inspectionId, UUID resultId, UUID workOrderId, UUID raisedBy, OffsetDateTime at,
            OffsetDateTime dueAt) {
        return db.sql("""
                        insert into rectifications (id, project_id, inspection_id, result_id, work_order_id, raised_by, raised_at,
                                                    original_due_at, due_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $8)
                        """)
                .bind(0, id).bind(1, projectId).bind(2, inspectionId).bind(3, resultId).bind(4, workOrderId).bind(5, raisedBy)
                .bind(6, at).bind(7, dueAt).fetch().rowsUpdated().then();
    }

    /**
     * RECTIFICATION_CHANGED for a rectification just raised, sent at commit. (Later changes are announced by the trigger on
     * its order's timeline; the raise's own entries are written before the rectification row exists.)
     */
    Mono<Void> announceRaised(UUID id, UUID projectId, UUID inspectionId, UUID workOrderId, OffsetDateTime at) {
        return db.sql("""
                        select steward_announce(json_build_object('type', 'RECTIFICATION_CHANGED', 'projectId', $1::uuid,
                               'rectificationId', $2::uuid, 'inspectionId', $3::uuid, 'workOrderId', $4::uuid, 'rectificationStatus', 'OPEN',
                               'eventType', 'RECTIFICATION_RAISED', 'at', $5::timestamptz))
                        """)
                .bind(0, projectId).bind(1, id).bind(2, inspectionId).bind(3, workOrderId).bind(4, at).then();
    }

    /** A rectification as its re-inspection finds it, once locked. */
    record Locked(boolean closed, int rounds, OffsetDateTime originalDueAt) {}

    /** Locks the rectification until commit, so re-inspections of one rectification run one after the other. */
    Mono<Locked> lock(UUID id) {
        return db.sql("select closed_at, rounds, original_due_at from rectifications where id = $1 for update").bind(0, id)
                .map((r, m) -> new Locked(r.get("closed_at", OffsetDateTime.class) != null, r.get("rounds", Integer.class),
                        r.get("original_due_at", OffsetDateTime.class)))
                .one();
    }

    /** Records a re-inspection of the current round; PASS closes (销号), FAIL sets the new deadline and starts a round. */
    Mono<Void> reinspected(UUID id, UUID projectId, int round, boolean pass, String note, OffsetDateTime newDueAt, OffsetDateTime workDoneAt,
            boolean onTime, UUID inspectorId, OffsetDateTime at) {
        Mono<Long> change = pass
                ? db.sql("update rectifications set closed_at = $2, closed_on_time = $3, version = version + 1 where id = $1")
                        .bind(0, id).bind(1, at).bind(2, onTime).fetch().rowsUpdated()
                : db.sql("update rectifications set due_at = $2, rounds = rounds + 1, version = version + 1 where id = $1")
                        .bind(0, id).bind(1, newDueAt).fetch().rowsUpdated();
        var insert = db.sql("""
                        insert into rectification_reinspections (project_id, rectification_id, round, result, note, new_due_at,
                                                                 work_done_at, inspector_id, at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                        """)
                .bind(0, projectId).bind(1, id).bind(2, round).bind(3, pass ? "PASS" : "FAIL");
        insert = note == null ? insert.bindNull(4, String.class) : insert.bind(4, note);
        insert = newDueAt == null ? insert.bindNull(5, OffsetDateTime.class) : insert.bind(5, newDueAt);
        insert = workDoneAt == null ? insert.bindNull(6, OffsetDateTime.class) : insert.bind(6, workDoneAt);
        return change.then(insert.bind(7, inspectorId).bind(8, at).fetch().rowsUpdated()).then();
    }

    private static Row toRow(Readable r) {
        return new Row(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("inspection_id", UUID.class),
                r.get("inspection_code", String.class), r.get("result_id", UUID.class), r.get("check_point_id", UUID.class),
                r.get("check_point_code", String.class), text(r, "text"), r.get("finding_note", String.class),
                r.get("deduction", BigDecimal.class), text(r, "item"), r.get("section_code", String.class), text(r, "section"),
                text(r, "template"), r.get("assignee_id", UUID.class), r.get("owner_name", String.class), r.get("raised_by", UUID.class),
                r.get("raised_by_name", String.class), r.get("raised_at", OffsetDateTime.class), r.get("original_due_at", OffsetDateTime.class),
                r.get("due_at", OffsetDateTime.class), r.get("rounds", Integer.class), r.get("status", String.class),
                r.get("work_order_id", UUID.class), r.get("work_order_code", String.class), r.get("work_order_status", String.class),
                r.get("closed_at", OffsetDateTime.class), r.get("closed_on_time", Boolean.class));
    }

    static Rubric.Text text(Readable r, String prefix) {
        return new Rubric.Text(r.get(prefix + "_zh", String.class), r.get(prefix + "_en", String.class));
    }
}
