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
 * time zone) or assignee, over the orders registered in [from, to). The definitions are the statistics' own
 * ({@link WorkOrderStatsRepository#FIGURES}), restated for the daily rollups in {@code work_order_segments} (V37);
 * WorkOrderDaysIntegrationTest holds both pages to the same figures in every grouping.
 */
@Component
public class WorkOrderFigures {

    public enum GroupBy {
        PROJECT("w.project_id::text", "", 'P', Spans.whole("p.id::text")),
        // The units are those of the asked projects (u.project_id = any($1)): else the planner hashes every unit of every
        // project to join one project's orders (237 → 80 ms for a project of 10M orders per building).
        BUILDING("coalesce(u.building_id::text, 'none')",
                "left join units u on u.id = w.unit_id and u.project_id = w.project_id and u.project_id = any($1)", 'B',
                Spans.whole("null::text")),
        // Each month of the project's calendar that overlaps the period, cut to the period.
        // (No open-complaint snapshot per month: no key of its own.)
        MONTH(null, null, 'P', """
                select p.id as project_id, to_char(m, 'YYYY-MM') as bucket, greatest($2::timestamptz, m at time zone p.timezone) as a,
                       least($3::timestamptz, (m + interval '1 month') at time zone p.timezone) as b
                from projects p
                cross join generate_series(date_trunc('month', $2::timestamptz at time zone p.timezone),
                                           ($3::timestamptz - interval '1 microsecond') at time zone p.timezone, interval '1 month') as m
                where p.id = any($1)"""),
        ASSIGNEE("coalesce(w.assignee_id::text, 'none')", "", 'A', Spans.whole("null::text"));

        private final String key;
        /** What the key needs joined to the orders {@code w}, and only that. */
        private final String join;
        /** The dimension of the daily rollups (V37) the grouping reads. */
        private final char dim;
        /**
         * The spans read (project_id, bucket, a, b): the orders registered in [a, b) of the project, filed under the
         * bucket, or under the rollups' key where the bucket is null.
         */
        private final String spans;

        GroupBy(String key, String join, char dim, String spans) {
            this.key = key;
            this.join = join;
            this.dim = dim;
            this.spans = spans;
        }
    }

    private static final class Spans {
        /** The whole period [$2, $3) of each project, filed under {@code bucket} (null: under the rollups' key). */
        static String whole(String bucket) {
            return "select p.id as project_id, " + bucket + " as bucket, $2::timestamptz as a, $3::timestamptz as b"
                    + " from unnest($1::uuid[]) as p(id)";
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

    /**
     * The daily rollups (V36, V37) of the whole UTC days of each span that no write has changed since, and the orders of
     * the other days read live ({@code work_order_segments}), combined. The figures are the statistics' own, exactly: a
     * 30-day portfolio of 100 projects of 10M orders reads ~3,000 rollups instead of ~412k orders
     * (bench/quality-10m.sh).
     */
    public Flux<Counts> counts(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now, GroupBy by) {
        return db.sql("""
                        with spans as (%1$s),
                        days as (
                            select s.project_id, s.bucket, (d at time zone 'UTC')::date as day,
                                   greatest(d, s.a) as lo, least(d + interval '1 day', s.b) as hi,
                                   d >= s.a and d + interval '1 day' <= s.b as whole
                            from spans s
                            cross join generate_series(date_trunc('day', s.a, 'UTC'), s.b - interval '1 microsecond', interval '1 day') as d
                        ),
                        -- Scalar subqueries and a fenced lateral read: one index probe per day. (The planner guesses 1,000
                        -- rows per generate_series and, with EXISTS and a join, hashed all 73k rollups of 10M orders per
                        -- request: 2 s for a project's 90 days per month.)
                        marked as (
                            select d.*, d.whole
                                   and coalesce((select true from work_order_days r where r.project_id = d.project_id and r.day = d.day), false)
                                   and coalesce((select false from work_order_days_dirty m where m.project_id = d.project_id and m.day = d.day
                                                 limit 1), true)
                                   as rolled
                            from days d
                        ),
                        segments as materialized (
                            select m.project_id, coalesce(m.bucket, f.key) as key, %2$s
                            from marked m cross join lateral (
                                select * from work_order_day_figures x where x.project_id = m.project_id and x.dim = '%3$s' and x.day = m.day
                                offset 0) f
                            where m.rolled
                            union all
                            select m.project_id, coalesce(m.bucket, f.key), %2$s
                            from marked m cross join lateral work_order_segments(m.project_id, m.lo, m.hi, '{%3$s}') f
                            where not m.rolled and m.lo < m.hi
                        ),
                        sums as (
                            select project_id, key, sum(total)::bigint as total, sum(completed)::bigint as completed,
                                   sum(rework)::bigint as rework, sum(response_on_time)::bigint as response_on_time,
                                   sum(response_done + (select count(*) from unnest(response_pending_due) x where x < $4))::bigint
                                       as response_known,
                                   sum(resolution_on_time)::bigint as resolution_on_time,
                                   sum(resolution_done + (select count(*) from unnest(resolution_pending_due) x where x < $4))::bigint
                                       as resolution_known,
                                   sum(visited)::bigint as visited, sum(closed)::bigint as closed,
                                   sum(closed_on_time)::bigint as closed_on_time,
                                   (sum(satisfaction_sum) / nullif(sum(visited), 0))::float8 as mean_satisfaction,
                                   sum(complaints)::bigint as complaints
                            from segments group by project_id, key
                        ),
                        -- Each group's values sorted on their own (the input ordered by group, a few thousand rows, then
                        -- unnested): one sort of every group's 412k values went to disk, and a lateral per group rescanned
                        -- all groups' rows (the portfolio's 100 projects: 470 → ~200 ms, bench/quality-10m.sh).
                        rt as (%4$s),
                        ct as (%5$s)
                        select s.*, rt.mean_response, rt.p90_response, ct.mean_resolution, ct.p90_resolution
                        from sums s
                        left join rt on rt.project_id = s.project_id and rt.key = s.key
                        left join ct on ct.project_id = s.project_id and ct.key = s.key
                        where s.total > 0
                        order by 1, 2
                        """.formatted(by.spans, SEGMENT_COLUMNS, by.dim, meanAndP90("response"), meanAndP90("resolution")))
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(WorkOrderFigures::counts)
                .all();
    }

    /** The mean and 90th percentile of the {@code <what>_minutes} of each group's segments, as mean_/p90_{@code <what>}. */
    private static String meanAndP90(String what) {
        return """
                select g.project_id, g.key, avg(v) as mean_%1$s, percentile_cont(0.9) within group (order by v) as p90_%1$s
                from (select project_id, key, %1$s_minutes from segments order by project_id, key) g
                cross join lateral unnest(g.%1$s_minutes) as v
                group by g.project_id, g.key""".formatted(what);
    }

    private static final String SEGMENT_COLUMNS = """
            f.total, f.completed, f.rework, f.response_on_time, f.response_done, f.response_pending_due, f.resolution_on_time,
            f.resolution_done, f.resolution_pending_due, f.response_minutes, f.resolution_minutes, f.visited, f.closed,
            f.closed_on_time, f.satisfaction_sum, f.complaints""";

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
