package dev.steward.api.workorder;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The aggregate queries behind the statistics: each reads one project's orders registered in a period through the
 * {@code (project_id, created_at desc, id desc)} index, once.
 */
@Repository
class WorkOrderStatsRepository {

    /** Raw numbers of one group (overall: {@code overall = true}); the service turns them into rates. */
    record Row(boolean overall, UUID assigneeId, String assigneeName, long total, long completed, long rework,
            long responseOnTime, long responseKnown, long resolutionOnTime, long resolutionKnown, Double meanResponse,
            Double p90Response, Double meanResolution, Double p90Resolution, long visited, long closed, long closedOnTime,
            Double meanSatisfaction) {}

    record CountRow(String dimension, String key, long count) {}

    record ReworkRow(UUID assigneeId, String assigneeName, long rework) {}

    record TrendRow(LocalDate start, long registered, long completed, long rework, long resolutionOnTime, long resolutionKnown,
            Double meanSatisfaction) {}

    private static final String PERIOD = "w.project_id = $1 and w.created_at >= $2 and w.created_at < $3";

    /**
     * The figures' columns over {@code w} (work_orders) with {@code $4} = now: the one definition of the statistics, also
     * used by {@link WorkOrderFigures} for the quality picture.
     */
    static final String FIGURES = """
            count(*) as total,
            count(*) filter (where w.completed_at is not null or w.reopen_count > 0) as completed,
            count(*) filter (where w.rework_of is not null or w.reopen_count > 0) as rework,
            count(*) filter (where w.status <> 'CANCELLED' and w.responded_at <= w.response_due_at) as response_on_time,
            count(*) filter (where w.status <> 'CANCELLED'
            and (w.responded_at is not null or w.response_due_at < $4)) as response_known,
            count(*) filter (where w.status <> 'CANCELLED' and w.completed_at <= w.resolution_due_at) as resolution_on_time,
            count(*) filter (where w.status <> 'CANCELLED'
            and (w.completed_at is not null or w.resolution_due_at < $4)) as resolution_known,
            avg(extract(epoch from w.responded_at - w.created_at) / 60)::float8 as mean_response,
            percentile_cont(0.9) within group (order by extract(epoch from w.responded_at - w.created_at) / 60)::float8
            as p90_response,
            avg(extract(epoch from w.completed_at - w.created_at) / 60)::float8 as mean_resolution,
            percentile_cont(0.9) within group (order by extract(epoch from w.completed_at - w.created_at) / 60)::float8
            as p90_resolution,
            count(*) filter (where w.satisfaction is not null) as visited,
            count(*) filter (where w.status = 'CLOSED') as closed,
            count(*) filter (where w.status = 'CLOSED' and w.closed_at <= w.return_visit_due_at) as closed_on_time,
            avg(w.satisfaction)::float8 as mean_satisfaction""";

    /**
     * Rework per technician whose work needed it, over the orders that match {@code %1$s} (a condition on {@code w}):
     * shared with {@link WorkOrderFigures}. ({@code w.rework_of is not null} is implied by the join; said, it lets the
     * planner see how few orders are rework: without it a project's month was planned as a parallel scan, 56–134 ms of
     * worker start-up for 10 ms of work.)
     */
    static final String REWORK_BY_TECHNICIAN = """
            select x.project_id, x.assignee_id, max(u.display_name) as assignee_name, count(distinct x.id) as rework
            from (select w.id, w.project_id, w.assignee_id
                  from work_orders w
                  where %1$s and w.reopen_count > 0 and w.assignee_id is not null
                  union all
                  select w.id, w.project_id, o.assignee_id
                  from work_orders w join work_orders o on o.id = w.rework_of and o.project_id = w.project_id
                  where %1$s and w.rework_of is not null and o.assignee_id is not null) x
            join users u on u.id = x.assignee_id
            group by x.project_id, x.assignee_id
            """;

    private final DatabaseClient db;

    WorkOrderStatsRepository(DatabaseClient db) {
        this.db = db;
    }

    /** One row for all orders (grouping set {@code ()}) and one per assignee; unassigned orders only count overall. */
    Flux<Row> figures(UUID projectId, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        return db.sql("""
                        select grouping(w.assignee_id)::int as overall, w.assignee_id, max(a.display_name) as assignee_name,
                               %s
                        from work_orders w
                        left join users a on a.id = w.assignee_id
                        where %s
                        group by grouping sets ((), (w.assignee_id))
                        """.formatted(FIGURES, PERIOD))
                .bind(0, projectId).bind(1, from).bind(2, to).bind(3, now)
                .map(r -> new Row(r.get("overall", Integer.class) == 1, r.get("assignee_id", UUID.class),
                        r.get("assignee_name", String.class), num(r, "total"), num(r, "completed"), num(r, "rework"),
                        num(r, "response_on_time"), num(r, "response_known"), num(r, "resolution_on_time"),
                        num(r, "resolution_known"), r.get("mean_response", Double.class), r.get("p90_response", Double.class),
                        r.get("mean_resolution", Double.class), r.get("p90_resolution", Double.class), num(r, "visited"),
                        num(r, "closed"), num(r, "closed_on_time"), r.get("mean_satisfaction", Double.class)))
                .all();
    }

    /**
     * Rework per technician whose work needed it: a reopened order counts for its assignee (a reopen keeps the
     * assignee), an order linked by {@code reworkOf} for the assignee of the earlier order; each order once per technician.
     */
    Flux<ReworkRow> reworkByTechnician(UUID projectId, OffsetDateTime from, OffsetDateTime to) {
        return db.sql(REWORK_BY_TECHNICIAN.formatted(PERIOD))
                .bind(0, projectId).bind(1, from).bind(2, to)
                .map(r -> new ReworkRow(r.get("assignee_id", UUID.class), r.get("assignee_name", String.class), num(r, "rework")))
                .all();
    }

    /** Per day or week ({@code unit}: 'day' or 'week') of the project's calendar, the days that have orders. */
    Flux<TrendRow> trend(UUID projectId, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now, String unit, String zone) {
        return db.sql("""
                        select date_trunc($5, w.created_at at time zone $6)::date as start, count(*) as registered,
                               count(*) filter (where w.completed_at is not null or w.reopen_count > 0) as completed,
                               count(*) filter (where w.rework_of is not null or w.reopen_count > 0) as rework,
                               count(*) filter (where w.status <> 'CANCELLED' and w.completed_at <= w.resolution_due_at) as resolution_on_time,
                               count(*) filter (where w.status <> 'CANCELLED'
                                                  and (w.completed_at is not null or w.resolution_due_at < $4)) as resolution_known,
                               avg(w.satisfaction)::float8 as mean_satisfaction
                        from work_orders w
                        where %s
                        group by 1
                        order by 1
                        """.formatted(PERIOD))
                .bind(0, projectId).bind(1, from).bind(2, to).bind(3, now).bind(4, unit).bind(5, zone)
                .map(r -> new TrendRow(r.get("start", LocalDate.class), num(r, "registered"), num(r, "completed"), num(r, "rework"),
                        num(r, "resolution_on_time"), num(r, "resolution_known"), r.get("mean_satisfaction", Double.class)))
                .all();
    }

    /** Orders per status, per type and per category, most first. */
    Flux<CountRow> counts(UUID projectId, OffsetDateTime from, OffsetDateTime to) {
        return db.sql("""
                        select case when grouping(w.status) = 0 then 'status' when grouping(w.type) = 0 then 'type' else 'category' end
                                   as dimension,
                               coalesce(w.status, w.type, w.category) as key, count(*) as count
                        from work_orders w
                        where %s
                        group by grouping sets ((w.status), (w.type), (w.category))
                        order by dimension, count desc, key
                        """.formatted(PERIOD))
                .bind(0, projectId).bind(1, from).bind(2, to)
                .map(r -> new CountRow(r.get("dimension", String.class), r.get("key", String.class), num(r, "count")))
                .all();
    }

    /** Open complaints (the complaint review's and the quality picture's): not yet completed, closed or cancelled. */
    static final String OPEN_COMPLAINT = "w.type = 'COMPLAINT' and w.status in ('"
            + String.join("', '", WorkOrderFigures.OPEN_COMPLAINT_STATUSES) + "')";

    /** A project's open complaints, oldest first (index {@code (project_id, status, created_at)}), each with its last note. */
    Flux<ComplaintReview.Item> openComplaints(UUID projectId, OffsetDateTime now, int max) {
        return db.sql("""
                        select w.id, w.code, w.title, u.label as unit_label, w.location, w.status, w.priority, w.first_responsible_id,
                               f.display_name as first_responsible_name, w.assignee_id, a.display_name as assignee_name, w.created_at,
                               w.response_due_at, w.resolution_due_at, w.responded_at,
                               n.at as note_at, n.type as note_type, n.actor_id as note_actor_id, n.actor_name as note_actor, n.note
                        from work_orders w
                        left join units u on u.id = w.unit_id and u.project_id = w.project_id
                        join users f on f.id = w.first_responsible_id
                        left join users a on a.id = w.assignee_id
                        left join lateral (
                            select e.at, e.type, e.actor_id, eu.display_name as actor_name, e.note
                            from work_order_events e join users eu on eu.id = e.actor_id
                            where e.work_order_id = w.id and e.project_id = w.project_id and e.note is not null
                            order by e.at desc, e.seq desc
                            limit 1) n on true
                        where w.project_id = $1 and %s
                        order by w.created_at, w.id
                        limit $2
                        """.formatted(OPEN_COMPLAINT))
                .bind(0, projectId).bind(1, max)
                .map(r -> {
                    OffsetDateTime created = r.get("created_at", OffsetDateTime.class);
                    OffsetDateTime responded = r.get("responded_at", OffsetDateTime.class);
                    boolean overdue = (responded == null && r.get("response_due_at", OffsetDateTime.class).isBefore(now))
                            || r.get("resolution_due_at", OffsetDateTime.class).isBefore(now);
                    OffsetDateTime noteAt = r.get("note_at", OffsetDateTime.class);
                    return new ComplaintReview.Item(r.get("id", UUID.class), r.get("code", String.class), r.get("title", String.class),
                            r.get("unit_label", String.class), r.get("location", String.class), r.get("status", String.class),
                            r.get("priority", String.class), r.get("first_responsible_id", UUID.class),
                            r.get("first_responsible_name", String.class), r.get("assignee_id", UUID.class),
                            r.get("assignee_name", String.class), created,
                            Math.max(0, java.time.Duration.between(created, now).toMinutes()), overdue,
                            noteAt == null ? null : new ComplaintReview.LastNote(noteAt, r.get("note_type", String.class),
                                    r.get("note_actor_id", UUID.class), r.get("note_actor", String.class), r.get("note", String.class)));
                })
                .all();
    }

    private static long num(Readable r, String name) {
        Long n = r.get(name, Long.class);
        return n == null ? 0 : n;
    }
}
