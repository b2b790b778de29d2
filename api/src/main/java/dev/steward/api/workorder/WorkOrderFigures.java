package dev.steward.api.workorder;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
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
        PROJECT("w.project_id::text"),
        BUILDING("coalesce(u.building_id::text, 'none')"),
        MONTH("to_char(w.created_at at time zone p.timezone, 'YYYY-MM')"),
        ASSIGNEE("coalesce(w.assignee_id::text, 'none')");

        private final String key;

        GroupBy(String key) {
            this.key = key;
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
        return db.sql("""
                        select w.project_id, %s as key,
                               %s,
                               count(*) filter (where w.type = 'COMPLAINT') as complaints
                        from work_orders w
                        join projects p on p.id = w.project_id
                        left join units u on u.id = w.unit_id and u.project_id = w.project_id
                        where w.project_id = any($1) and w.created_at >= $2 and w.created_at < $3
                        group by 1, 2
                        order by 1, 2
                        """.formatted(by.key, WorkOrderStatsRepository.FIGURES))
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(WorkOrderFigures::counts)
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
