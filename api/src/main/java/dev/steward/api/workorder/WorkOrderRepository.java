package dev.steward.api.workorder;

import dev.steward.api.platform.CallerText;
import dev.steward.api.platform.Sql;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Work orders and their code counters (their timelines: {@link WorkOrderTimeline}). Every query is bounded by project ids. */
@Repository
class WorkOrderRepository {

    private static final String SELECT = """
            select w.*, u.label as unit_label, f.display_name as first_responsible_name, a.display_name as assignee_name
            from work_orders w
            left join units u on u.id = w.unit_id and u.project_id = w.project_id
            join users f on f.id = w.first_responsible_id
            left join users a on a.id = w.assignee_id
            """;

    /** Response or resolution due and not yet met; cancelled orders are never overdue. */
    private static final String OVERDUE = """
            (w.status <> 'CANCELLED' and ((w.responded_at is null and w.response_due_at < $?)
                                          or (w.completed_at is null and w.resolution_due_at < $?)))""";

    /** Rework as the statistics count it (WorkOrderStatsRepository): linked to an earlier order, or reopened. */
    private static final String REWORK = "(w.rework_of is not null or w.reopen_count > 0)";

    private final DatabaseClient db;

    WorkOrderRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<WorkOrder> find(UUID[] projectIds, UUID id) {
        return db.sql(SELECT + " where w.project_id = any($1) and w.id = $2")
                .bind(0, projectIds).bind(1, id)
                .map(WorkOrderRepository::toWorkOrder).one();
    }

    /**
     * In the query's sort (newest first by default), keyset-paged on (sort column, id). Only the filters present
     * become SQL predicates, so each combination gets a plan of its own that can use the matching index. Over
     * several projects, each project's first rows are taken from its own index (a lateral join per project) and
     * only those are merged: no sort of every row the caller may see.
     */
    Flux<WorkOrder> list(WorkOrderQuery q, OffsetDateTime afterValue, UUID afterId, int fetch) {
        Where where = new Where();
        boolean single = q.projectIds().length == 1;
        where.and(single ? "w.project_id = $?" : "w.project_id = p.id", single ? new Object[] {q.projectIds()[0]} : new Object[0]);
        String projects = single ? null : where.param(q.projectIds());
        if (q.statuses() != null) {
            where.and("w.status = any($?)", (Object) q.statuses());
        }
        WorkOrderQuery.Sort sort = q.sort();
        if (sort == WorkOrderQuery.Sort.RETURN_VISIT_DUE_AT) {
            where.and("w.status = 'COMPLETED' and w.return_visit_due_at is not null");
        }
        filters(q, where);
        if (afterValue != null) {
            where.and("(" + sort.column + ", w.id) " + (sort.descending ? "<" : ">") + " ($?, $?)", afterValue, afterId);
        }
        String limit = where.param(fetch);
        String order = sort.orderBy() + " limit " + limit;
        String sql = single ? SELECT + " where " + where.sql() + order
                : SELECT.replace("from work_orders w", "from unnest(" + projects + "::uuid[]) as p(id)"
                        + " cross join lateral (select w.* from work_orders w where " + where.sql() + order + ") w")
                        + order;
        return where.bind(db.sql(sql)).map(WorkOrderRepository::toWorkOrder).all();
    }

    /** The orders' change feed, with the list's filters (its sort ignored): cancelled and closed orders stay in it. */
    Flux<ChangeFeed.Entry<WorkOrder>> changes(WorkOrderQuery q, ChangeFeed feed, int fetch) {
        Where where = new Where();
        where.and("w.project_id = any($?)", (Object) q.projectIds());
        if (q.statuses() != null) {
            where.and("w.status = any($?)", (Object) q.statuses());
        }
        filters(q, where);
        return feed.read(db, SELECT, "w", where, fetch, WorkOrderRepository::toWorkOrder);
    }

    /** Per status, the orders matching {@code q} (its statuses ignored) and how many of them are overdue. */
    Flux<StatusCount> countByStatus(WorkOrderQuery q) {
        Where where = new Where();
        where.and("w.project_id = any($?)", (Object) q.projectIds());
        filters(q, where);
        String overdue = where.param(q.now());
        String sql = "select w.status, count(*) as total, count(*) filter (where " + OVERDUE.replace("$?", overdue)
                + ") as overdue from work_orders w where " + where.sql() + " group by w.status";
        return where.bind(db.sql(sql))
                .map(r -> new StatusCount(WorkOrderStatus.valueOf(r.get("status", String.class)), r.get("total", Long.class),
                        r.get("overdue", Long.class)))
                .all();
    }

    record StatusCount(WorkOrderStatus status, long total, long overdue) {}

    /** The list filters shared by {@link #list} and {@link #countByStatus}: every one but project and status. */
    private static void filters(WorkOrderQuery q, Where where) {
        where.andIf(q.type(), "w.type = $?");
        where.andIf(q.category(), "w.category = $?");
        where.andIf(q.priority(), "w.priority = $?");
        where.andIf(q.assigneeId(), "w.assignee_id = $?");
        where.andIf(q.firstResponsibleId(), "w.first_responsible_id = $?");
        where.andIf(q.unitId(), "w.unit_id = $?");
        if (q.technicianId() != null) {
            where.and("(w.assignee_id = $? or (w.assignee_id is null and w.status in ('NEW', 'REOPENED')))", q.technicianId());
        }
        if (q.overdue() != null) {
            where.and(q.overdue() ? OVERDUE : "not " + OVERDUE, q.now(), q.now());
        }
        if (q.late() != null) {
            where.and(q.late().sql, q.now());
        }
        if (q.rework() != null) {
            where.and(q.rework() ? REWORK : "not " + REWORK);
        }
        where.andIf(q.code(), "w.code = $?");
        if (q.search() != null) {
            where.and("(w.code ilike $? or w.title ilike $? or w.description ilike $? or w.reporter_name ilike $?)",
                    q.search(), q.search(), q.search(), q.search());
        }
        if (q.caller() != null) {
            callerFilter(q.caller(), q.projectIds(), where);
        }
        where.andIf(q.createdFrom(), "w.created_at >= $?");
        where.andIf(q.createdTo(), "w.created_at < $?");
        where.andIf(q.buildingId(), "w.unit_id = any(array(select u.id from units u where u.building_id = $?))");
        if (q.returnVisitDueBefore() != null) {
            where.and("w.status = 'COMPLETED' and w.return_visit_due_at < $?", q.returnVisitDueBefore());
        }
        if (q.withoutUnit() != null) {
            where.and(q.withoutUnit() ? "w.unit_id is null" : "w.unit_id is not null");
        }
        if (q.unassigned() != null) {
            where.and(q.unassigned() ? "w.assignee_id is null" : "w.assignee_id is not null");
        }
    }

    /**
     * A phone (its last 4 digits through work_orders_project_phone4, then the whole number), a unit typed as people
     * say it, or a unit number (every building's unit with that number).
     */
    private static void callerFilter(CallerText c, UUID[] projectIds, Where where) {
        String phone4 = "right(" + CallerText.digitsOf("w.reporter_phone") + ", 4) = $?";
        // Uncorrelated (the caller's projects), so it runs once and the unit ids become an index condition.
        String units = "w.unit_id = any(array(select u.id from units u where u.project_id = any($?) and ";
        switch (c.kind()) {
            case PHONE -> where.and("(" + phone4 + " and " + CallerText.digitsOf("w.reporter_phone") + " like $?)",
                    c.lastFour(), "%" + c.digits());
            // Two index scans (phone's last 4, the unit's orders) merged into an id list: an OR would read the whole project.
            case FOUR_DIGITS -> where.and("w.id = any(array(select x.id from work_orders x where x.project_id = any($?) and right("
                    + CallerText.digitsOf("x.reporter_phone") + ", 4) = $? union all select x.id from work_orders x"
                    + " where x.project_id = any($?) and x.unit_id = any(array(select u.id from units u where u.project_id = any($?)"
                    + " and u.number = $?))))", projectIds, c.digits(), projectIds, projectIds, c.digits());
            case UNIT_NUMBER -> where.and(units + "u.number = $?))", projectIds, c.digits());
            case UNIT -> where.and(units + "u.label = $?))", projectIds, c.unitLabel());
            case WORDS -> throw new IllegalArgumentException("words are searched with a pattern");
        }
    }

    /** The latest REPAIR of this unit and category completed in [since, until], if any (返修). */
    Mono<UUID> reworkTarget(UUID projectId, UUID unitId, String category, OffsetDateTime since, OffsetDateTime until) {
        return db.sql("""
                        select id from work_orders
                        where project_id = $1 and unit_id = $2 and category = $3 and type = 'REPAIR'
                          and completed_at >= $4 and completed_at <= $5
                        order by completed_at desc, id desc
                        limit 1
                        """)
                .bind(0, projectId).bind(1, unitId).bind(2, category).bind(3, since).bind(4, until)
                .map((row, meta) -> row.get("id", UUID.class)).one();
    }

    record NewRow(UUID projectId, String code, UUID unitId, String location, String type, String category, String priority,
            String channel, String title, String description, String reporterName, String reporterPhone,
            UUID firstResponsibleId, OffsetDateTime responseDueAt, OffsetDateTime resolutionDueAt, UUID reworkOf,
            UUID surveyCommentId, UUID rectificationId, OffsetDateTime createdAt, String externalId) {}

    /** The order the first-responsible caller registered under this external id, if any. */
    Mono<UUID> findByExternalId(UUID firstResponsibleId, String externalId) {
        return db.sql("select id from work_orders where first_responsible_id = $1 and external_id = $2")
                .bind(0, firstResponsibleId).bind(1, externalId).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    Mono<UUID> insert(NewRow r) {
        // The order and its CREATED timeline entry in one statement (one round trip); the entry's trigger announces it.
        GenericExecuteSpec spec = db.sql("""
                with o as (
                    insert into work_orders (project_id, code, unit_id, location, type, category, priority, channel, title,
                                             description, reporter_name, reporter_phone, first_responsible_id, status,
                                             response_due_at, resolution_due_at, rework_of, survey_comment_id, rectification_id,
                                             created_at, updated_at, external_id)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'NEW', $14, $15, $16, $18, $19, $17, $17, $20)
                    -- a twin registration with the same external id (racing, or just committed) inserts nothing
                    on conflict (first_responsible_id, external_id) where external_id is not null do nothing
                    returning id, project_id, first_responsible_id, created_at)
                insert into work_order_events (project_id, work_order_id, type, actor_id, at, to_status)
                select project_id, id, 'CREATED', first_responsible_id, created_at, 'NEW' from o
                returning work_order_id as id
                """)
                .bind(0, r.projectId()).bind(1, r.code());
        spec = Sql.bindNullable(spec, 2, r.unitId(), UUID.class);
        spec = Sql.bindNullable(spec, 3, r.location(), String.class);
        spec = spec.bind(4, r.type()).bind(5, r.category()).bind(6, r.priority()).bind(7, r.channel()).bind(8, r.title());
        spec = Sql.bindNullable(spec, 9, r.description(), String.class);
        spec = spec.bind(10, r.reporterName()).bind(11, r.reporterPhone()).bind(12, r.firstResponsibleId())
                .bind(13, r.responseDueAt()).bind(14, r.resolutionDueAt());
        spec = Sql.bindNullable(spec, 15, r.reworkOf(), UUID.class);
        spec = Sql.bindNullable(spec, 17, r.surveyCommentId(), UUID.class);
        spec = Sql.bindNullable(spec, 18, r.rectificationId(), UUID.class);
        spec = Sql.bindNullable(spec, 19, r.externalId(), String.class);
        return spec.bind(16, r.createdAt()).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    /**
     * Writes every mutable column of {@code next} if the row is still exactly {@code current} (same status and
     * version): of simultaneous changes exactly one wins, the others update nothing and see {@code false}.
     */
    Mono<Boolean> update(WorkOrder current, WorkOrder next, OffsetDateTime now) {
        GenericExecuteSpec spec = db.sql("""
                update work_orders
                   set unit_id = $5, location = $6, category = $7, priority = $8, title = $9, description = $10,
                       assignee_id = $11, status = $12, response_due_at = $13, resolution_due_at = $14,
                       -- a new deadline (priority changed, rework) may be breached anew: the breach job records it again
                       response_breached_at = case when response_due_at = $13 then response_breached_at end,
                       resolution_breached_at = case when resolution_due_at = $14 then resolution_breached_at end,
                       return_visit_due_at = $15, responded_at = $16, completed_at = $17, closed_at = $18,
                       resolution = $19, fee_fen = $20, reopen_count = $21, satisfaction = $22,
                       version = version + 1, updated_at = $23
                 where project_id = $1 and id = $2 and status = $3 and version = $4
                """)
                .bind(0, current.projectId()).bind(1, current.id()).bind(2, current.status().name()).bind(3, current.version());
        spec = Sql.bindNullable(spec, 4, next.unitId(), UUID.class);
        spec = Sql.bindNullable(spec, 5, next.location(), String.class);
        spec = spec.bind(6, next.category()).bind(7, next.priority()).bind(8, next.title());
        spec = Sql.bindNullable(spec, 9, next.description(), String.class);
        spec = Sql.bindNullable(spec, 10, next.assigneeId(), UUID.class);
        spec = spec.bind(11, next.status().name()).bind(12, next.responseDueAt()).bind(13, next.resolutionDueAt());
        spec = Sql.bindNullable(spec, 14, next.returnVisitDueAt(), OffsetDateTime.class);
        spec = Sql.bindNullable(spec, 15, next.respondedAt(), OffsetDateTime.class);
        spec = Sql.bindNullable(spec, 16, next.completedAt(), OffsetDateTime.class);
        spec = Sql.bindNullable(spec, 17, next.closedAt(), OffsetDateTime.class);
        spec = Sql.bindNullable(spec, 18, next.resolution(), String.class);
        spec = Sql.bindNullable(spec, 19, next.feeFen(), Long.class);
        spec = spec.bind(20, next.reopenCount());
        spec = Sql.bindNullable(spec, 21, next.satisfaction() == null ? null : next.satisfaction().shortValue(), Short.class);
        return spec.bind(22, now).fetch().rowsUpdated().map(n -> n == 1);
    }

    private static WorkOrder toWorkOrder(Readable r) {
        Short satisfaction = r.get("satisfaction", Short.class);
        return new WorkOrder(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("code", String.class),
                r.get("unit_id", UUID.class), r.get("unit_label", String.class), r.get("location", String.class),
                r.get("type", String.class), r.get("category", String.class), r.get("priority", String.class),
                r.get("channel", String.class), r.get("title", String.class), r.get("description", String.class),
                r.get("reporter_name", String.class), r.get("reporter_phone", String.class),
                r.get("first_responsible_id", UUID.class), r.get("first_responsible_name", String.class),
                r.get("assignee_id", UUID.class), r.get("assignee_name", String.class),
                WorkOrderStatus.valueOf(r.get("status", String.class)),
                r.get("response_due_at", OffsetDateTime.class), r.get("resolution_due_at", OffsetDateTime.class),
                r.get("return_visit_due_at", OffsetDateTime.class), r.get("responded_at", OffsetDateTime.class),
                r.get("completed_at", OffsetDateTime.class), r.get("closed_at", OffsetDateTime.class),
                r.get("resolution", String.class), r.get("fee_fen", Long.class), r.get("rework_of", UUID.class),
                r.get("reopen_count", Integer.class), satisfaction == null ? null : satisfaction.intValue(),
                r.get("survey_comment_id", UUID.class), r.get("rectification_id", UUID.class), r.get("external_id", String.class),
                r.get("version", Long.class), r.get("created_at", OffsetDateTime.class), r.get("updated_at", OffsetDateTime.class));
    }
}
