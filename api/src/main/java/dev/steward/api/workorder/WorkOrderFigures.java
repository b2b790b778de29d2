package dev.steward.api.workorder;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The work-order statistics' raw counts for the quality picture, grouped by project, building, month (the project's
 * time zone) or assignee, over the orders registered in [from, to). The columns are the statistics' own
 * ({@link WorkOrderStatsRepository#FIGURES}), so both pages agree by construction.
 */
@Component
public class WorkOrderFigures {

    public enum GroupBy {
        PROJECT("w.project_id::text", ""),
        // The units are those of the asked projects (u.project_id = any($1)): else the planner hashes every unit of every
        // project to join one project's orders (237 → 80 ms for a project of 10M orders per building).
        BUILDING("coalesce(u.building_id::text, 'none')",
                "left join units u on u.id = w.unit_id and u.project_id = w.project_id and u.project_id = any($1)"),
        MONTH("to_char(w.created_at at time zone p.timezone, 'YYYY-MM')", "join projects p on p.id = w.project_id"),
        ASSIGNEE("coalesce(w.assignee_id::text, 'none')", "");

        private final String key;
        /** What the key needs joined to the orders {@code w}, and only that. */
        private final String join;

        GroupBy(String key, String join) {
            this.key = key;
            this.join = join;
        }
    }

    /** One group's counts; the rates are {@code part / whole} as in the statistics. Minutes are unrounded. */
    public record Counts(UUID projectId, String key, long total, long completed, long rework, long responseOnTime, long responseKnown,
            long resolutionOnTime, long resolutionKnown, Double meanResponse, Double p90Response, Double meanResolution,
            Double p90Resolution, long visited, long closed, long closedOnTime, Double meanSatisfaction, long complaints) {}

    private final DatabaseClient db;

    WorkOrderFigures(DatabaseClient db) {
        this.db = db;
    }

    public Flux<Counts> counts(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now, GroupBy by) {
        if (by == GroupBy.PROJECT) {
            return perProject(projectIds, from, to, now);
        }
        return db.sql("""
                        select w.project_id, %s as key,
                               %s,
                               count(*) filter (where w.type = 'COMPLAINT') as complaints
                        from work_orders w
                        %s
                        where w.project_id = any($1) and w.created_at >= $2 and w.created_at < $3
                        group by 1, 2
                        order by 1, 2
                        """.formatted(by.key, WorkOrderStatsRepository.FIGURES, by.join))
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(WorkOrderFigures::counts)
                .all();
    }

    /**
     * Per project: the daily rollups of the whole UTC days in the period that no write has changed since (V36), and the
     * orders of the other days read live ({@code work_order_segment}), combined. The figures are the statistics' own,
     * exactly; a 30-day period of 100 projects of 10M orders reads ~3,000 rollups instead of ~412k orders
     * (bench/quality-10m.sh). Each project's values are sorted on their own for its percentiles (one sort of 100
     * projects' went to disk).
     */
    private Flux<Counts> perProject(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        return db.sql("""
                        with days as (
                            select p.id as project_id, (d at time zone 'UTC')::date as day,
                                   greatest(d, $2) as lo, least(d + interval '1 day', $3) as hi,
                                   d >= $2 and d + interval '1 day' <= $3 as whole
                            from unnest($1::uuid[]) as p(id)
                            cross join generate_series(date_trunc('day', $2::timestamptz, 'UTC'), $3::timestamptz - interval '1 microsecond',
                                                       interval '1 day') as d
                        ),
                        rolled as (
                            select r.* from days d
                            join work_order_days r on r.project_id = d.project_id and r.day = d.day
                            where d.whole and not exists (select 1 from work_order_days_dirty m where m.project_id = d.project_id and m.day = d.day)
                        ),
                        segments as materialized (
                            select project_id, total, completed, rework, response_on_time, response_done, response_pending_due,
                                   resolution_on_time, resolution_done, resolution_pending_due, response_minutes, resolution_minutes,
                                   visited, closed, closed_on_time, satisfaction_sum, complaints
                            from rolled
                            union all
                            select d.project_id, s.*
                            from days d cross join lateral work_order_segment(d.project_id, d.lo, d.hi) s
                            where d.lo < d.hi and not exists (select 1 from rolled r where r.project_id = d.project_id and r.day = d.day)
                        ),
                        sums as (
                            select project_id, sum(total)::bigint as total, sum(completed)::bigint as completed, sum(rework)::bigint as rework,
                                   sum(response_on_time)::bigint as response_on_time,
                                   sum(response_done + (select count(*) from unnest(response_pending_due) x where x < $4))::bigint
                                       as response_known,
                                   sum(resolution_on_time)::bigint as resolution_on_time,
                                   sum(resolution_done + (select count(*) from unnest(resolution_pending_due) x where x < $4))::bigint
                                       as resolution_known,
                                   sum(visited)::bigint as visited, sum(closed)::bigint as closed,
                                   sum(closed_on_time)::bigint as closed_on_time,
                                   (sum(satisfaction_sum) / nullif(sum(visited), 0))::float8 as mean_satisfaction,
                                   sum(complaints)::bigint as complaints
                            from segments group by project_id
                        )
                        select s.*, s.project_id::text as key, rt.*, ct.*
                        from sums s
                        cross join lateral (
                            select avg(v) as mean_response, percentile_cont(0.9) within group (order by v) as p90_response
                            from segments g cross join unnest(g.response_minutes) as v where g.project_id = s.project_id) rt
                        cross join lateral (
                            select avg(v) as mean_resolution, percentile_cont(0.9) within group (order by v) as p90_resolution
                            from segments g cross join unnest(g.resolution_minutes) as v where g.project_id = s.project_id) ct
                        where s.total > 0
                        order by 1
                        """)
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(WorkOrderFigures::counts)
                .all();
    }

    /** Open complaints now by age (the complaint review's buckets: under 1 day, 1–3, 3–7, 7 days and more), mean age in minutes. */
    public record OpenComplaints(UUID projectId, String key, long open, long[] byAge, Double meanAgeMinutes) {}

    /** The statuses of an open complaint (the complaint review's), for a list query. */
    public static final List<String> OPEN_COMPLAINT_STATUSES = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "REOPENED");

    /** The age buckets' lower bounds in days, oldest last. */
    public static final List<Integer> AGE_BUCKET_DAYS = java.util.Arrays.stream(ComplaintReview.Age.values()).map(a -> a.fromDays).toList();

    /**
     * The complaints open at {@code now} (whenever registered: a snapshot, like the complaint review) per project,
     * building or assignee; none per month.
     */
    public Flux<OpenComplaints> openComplaints(UUID[] projectIds, OffsetDateTime now, GroupBy by) {
        if (by == GroupBy.MONTH) {
            return Flux.empty();
        }
        StringBuilder buckets = new StringBuilder();
        ComplaintReview.Age[] ages = ComplaintReview.Age.values();
        for (int i = 0; i < ages.length; i++) {
            buckets.append(", count(*) filter (where w.created_at <= $2 - interval '").append(ages[i].fromDays).append(" days'");
            if (i + 1 < ages.length) {
                buckets.append(" and w.created_at > $2 - interval '").append(ages[i + 1].fromDays).append(" days'");
            }
            buckets.append(") as age").append(i);
        }
        return db.sql("""
                        select w.project_id, %s as key, count(*) as open%s,
                               avg(extract(epoch from $2 - w.created_at) / 60)::float8 as mean_age
                        from work_orders w
                        %s
                        where w.project_id = any($1) and %s
                        group by 1, 2
                        order by 1, 2
                        """.formatted(by.key, buckets, by.join, WorkOrderStatsRepository.OPEN_COMPLAINT))
                .bind(0, projectIds).bind(1, now)
                .map(r -> {
                    long[] byAge = new long[ages.length];
                    for (int i = 0; i < ages.length; i++) {
                        byAge[i] = n(r, "age" + i);
                    }
                    return new OpenComplaints(r.get("project_id", UUID.class), r.get("key", String.class), n(r, "open"), byAge,
                            r.get("mean_age", Double.class));
                })
                .all();
    }

    /** Rework attributed to whoever did the work that needed it: the statistics' per-technician rework. */
    public record Attributed(UUID projectId, UUID assigneeId, long rework) {}

    public Flux<Attributed> reworkByAssignee(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to) {
        return db.sql(WorkOrderStatsRepository.REWORK_BY_TECHNICIAN.formatted("w.project_id = any($1) and w.created_at >= $2 and w.created_at < $3"))
                .bind(0, projectIds).bind(1, from).bind(2, to)
                .map(r -> new Attributed(r.get("project_id", UUID.class), r.get("assignee_id", UUID.class), n(r, "rework")))
                .all();
    }

    private static Counts counts(Readable r) {
        return new Counts(r.get("project_id", UUID.class), r.get("key", String.class), n(r, "total"), n(r, "completed"), n(r, "rework"),
                n(r, "response_on_time"), n(r, "response_known"), n(r, "resolution_on_time"), n(r, "resolution_known"),
                r.get("mean_response", Double.class), r.get("p90_response", Double.class), r.get("mean_resolution", Double.class),
                r.get("p90_resolution", Double.class), n(r, "visited"), n(r, "closed"), n(r, "closed_on_time"),
                r.get("mean_satisfaction", Double.class), n(r, "complaints"));
    }

    private static long n(Readable r, String name) {
        Long v = r.get(name, Long.class);
        return v == null ? 0 : v;
    }
}
