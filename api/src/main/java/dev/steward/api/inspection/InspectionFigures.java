package dev.steward.api.inspection;

import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The inspection module's figures for the quality picture, each with the module's own definition: the rectification
 * summary's counts ({@link RectificationStats}), the task summary's due and missed (应查未查, {@link TaskRepository#COUNTS})
 * and the monthly brief's inspection scores (submitted inspections by when they were started). Groups are keyed like
 * {@link dev.steward.api.workorder.WorkOrderFigures}: project id, building id ('none' without a unit), month 'YYYY-MM' in the
 * project's zone, assignee id ('none' unassigned).
 */
@Component
public class InspectionFigures {

    /** A group's rectifications raised in the period (cancelled left out): raised, closed, due, closed on time, open and overdue. */
    public record Rectifications(UUID projectId, String key, long raised, long closed, long due, long onTime, long overdue) {}

    /** A group's tasks due in the period: due, done, missed (not done by their due time: late, or still undone past it). */
    public record Tasks(UUID projectId, String key, long due, long done, long missed) {}

    /** A group's submitted inspections started in the period: how many and their mean total. */
    public record Scores(UUID projectId, String key, long count, Double mean) {}

    /** A project's open rectifications past their deadline now (the register's {@code overdue=true}), and the earliest deadline. */
    public record Overdue(UUID projectId, long count, OffsetDateTime earliestDue) {}

    private final RectificationStats rectifications;
    private final TaskRepository tasks;
    private final DatabaseClient db;

    InspectionFigures(RectificationStats rectifications, TaskRepository tasks, DatabaseClient db) {
        this.rectifications = rectifications;
        this.tasks = tasks;
        this.db = db;
    }

    public Flux<Rectifications> rectifications(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now, GroupBy by) {
        String key = switch (by) {
            case PROJECT -> "x.project_id::text";
            case BUILDING -> "coalesce(u.building_id::text, 'none')";
            case MONTH -> "to_char(x.raised_at at time zone p.timezone, 'YYYY-MM')";
            case ASSIGNEE -> "coalesce(w.assignee_id::text, 'none')";
        };
        return rectifications.byKey(projectIds, from, to, now, key).map(g -> {
            int bar = g.key().indexOf('|');
            return new Rectifications(UUID.fromString(g.key().substring(0, bar)), g.key().substring(bar + 1), g.raised(), g.closed(), g.due(),
                    g.onTime(), g.overdue());
        });
    }

    /** Tasks per project or month (a task has no building or assignee of its own: none for those groupings). */
    public Flux<Tasks> tasks(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now, GroupBy by) {
        return switch (by) {
            case PROJECT -> tasks.counts(projectIds, from, to, now)
                    .map(c -> new Tasks(c.projectId(), c.projectId().toString(), c.due(), c.done(), c.missed()));
            case MONTH -> tasks.countsByMonth(projectIds, from, to, now)
                    .map(m -> new Tasks(m.counts().projectId(), m.month(), m.counts().due(), m.counts().done(), m.counts().missed()));
            case BUILDING, ASSIGNEE -> Flux.empty();
        };
    }

    /** Scores per project or month of the start (inspections have no building or assignee: none for those groupings). */
    public Flux<Scores> scores(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, GroupBy by) {
        String key = switch (by) {
            case PROJECT -> "x.project_id::text";
            case MONTH -> "to_char(x.started_at at time zone p.timezone, 'YYYY-MM')";
            case BUILDING, ASSIGNEE -> null;
        };
        if (key == null) {
            return Flux.empty();
        }
        return db.sql("select x.project_id, " + key + " as key, count(*) as n, avg(x.total)::float8 as mean"
                        + " from inspections x join projects p on p.id = x.project_id"
                        + " where x.project_id = any($1) and " + MonthlyBriefRepository.SUBMITTED + " and x.started_at >= $2 and x.started_at < $3"
                        + " group by 1, 2")
                .bind(0, projectIds).bind(1, from).bind(2, to)
                .map(r -> new Scores(r.get("project_id", UUID.class), r.get("key", String.class), r.get("n", Long.class),
                        r.get("mean", Double.class)))
                .all();
    }

    public Mono<Overdue> overdue(UUID projectId, OffsetDateTime now) {
        return db.sql("select count(*) as n, min(x.due_at) as earliest from rectifications x join work_orders w on w.id = x.work_order_id"
                        + " where x.project_id = $1 and " + RectificationRepository.OVERDUE)
                .bind(0, projectId).bind(1, now)
                .map(r -> new Overdue(projectId, r.get("n", Long.class), r.get("earliest", OffsetDateTime.class))).one();
    }
}
