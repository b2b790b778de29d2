package dev.steward.api.quality;

import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The quality picture's own aggregates beside the other modules' figures: units of
 * the projects {@code $1} in [{@code $2}, {@code $3}) with {@code $4} = now, each grouped by a key like
 * {@link dev.steward.api.workorder.WorkOrderFigures} (project id, building id, month 'YYYY-MM' in the project's zone,
 * assignee id). A source without a building or assignee has no rows for that grouping.
 */
@Repository
class QualityRepository {

    /** Counts of one group of one source; the meaning of a…d depends on the source (see each query). */
    record Row(UUID projectId, String key, long a, long b, long c, long d, Double mean) {}

    private final DatabaseClient db;

    QualityRepository(DatabaseClient db) {
        this.db = db;
    }

    /** a = units (of the project or building). Months take the project's units; assignees have none. */
    Flux<Row> units(UUID[] projectIds, GroupBy by) {
        String key = switch (by) {
            case PROJECT, MONTH -> "u.project_id::text";
            case BUILDING -> "u.building_id::text";
            case ASSIGNEE -> null;
        };
        if (key == null) {
            return Flux.empty();
        }
        return rows("select u.project_id, " + key + " as key, count(*) as a, 0::bigint as b, 0::bigint as c, 0::bigint as d,"
                + " null::float8 as mean from units u where u.project_id = any($1) group by 1, 2", projectIds, null, null, null);
    }

    /** Complaints per week (Monday, project zone) and building ('none' without a unit) since {@code from}: a = how many. */
    Flux<Row> weeklyComplaints(UUID projectId, OffsetDateTime from) {
        return rows("""
                select w.project_id, to_char(date_trunc('week', w.created_at at time zone p.timezone), 'YYYY-MM-DD')
                           || '|' || coalesce(u.building_id::text, 'none') as key,
                       count(*) as a, 0::bigint as b, 0::bigint as c, 0::bigint as d, null::float8 as mean
                from work_orders w join projects p on p.id = w.project_id
                left join units u on u.id = w.unit_id
                where w.project_id = any($1) and w.type = 'COMPLAINT' and w.created_at >= $2
                group by 1, 2
                """, new UUID[] {projectId}, from, null, null);
    }

    record Targets(UUID projectId, BigDecimal resolutionOnTimeRate, BigDecimal rectificationRate, BigDecimal meanResponseMinutes,
            OffsetDateTime updatedAt) {}

    /** Every asked project's targets, the column defaults where the project has no row. */
    Flux<Targets> targets(UUID[] projectIds) {
        return db.sql("""
                        select p.id, coalesce(t.resolution_on_time_rate, 0.9) as r, coalesce(t.rectification_rate, 0.9) as x,
                               coalesce(t.mean_response_minutes, 30) as m, t.updated_at
                        from projects p left join quality_targets t on t.project_id = p.id
                        where p.id = any($1)
                        """)
                .bind(0, projectIds)
                .map(r -> new Targets(r.get("id", UUID.class), r.get("r", BigDecimal.class), r.get("x", BigDecimal.class),
                        r.get("m", BigDecimal.class), r.get("updated_at", OffsetDateTime.class)))
                .all();
    }

    Flux<Targets> saveTargets(UUID projectId, BigDecimal resolution, BigDecimal rectification, BigDecimal response, UUID by,
            OffsetDateTime at) {
        return db.sql("""
                        insert into quality_targets (project_id, resolution_on_time_rate, rectification_rate, mean_response_minutes,
                                                     updated_by, updated_at)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (project_id) do update set resolution_on_time_rate = excluded.resolution_on_time_rate,
                            rectification_rate = excluded.rectification_rate, mean_response_minutes = excluded.mean_response_minutes,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        returning project_id, resolution_on_time_rate, rectification_rate, mean_response_minutes, updated_at
                        """)
                .bind(0, projectId).bind(1, resolution).bind(2, rectification).bind(3, response).bind(4, by).bind(5, at)
                .map(r -> new Targets(r.get("project_id", UUID.class), r.get("resolution_on_time_rate", BigDecimal.class),
                        r.get("rectification_rate", BigDecimal.class), r.get("mean_response_minutes", BigDecimal.class),
                        r.get("updated_at", OffsetDateTime.class)))
                .all();
    }

    record Name(String id, String label) {}

    /** Names of buildings and users, for group labels. */
    Flux<Name> names(UUID[] ids) {
        return db.sql("""
                        select b.id::text as id, b.name as label from buildings b where b.id = any($1)
                        union all select u.id::text, u.display_name from users u where u.id = any($1)
                        """)
                .bind(0, ids).map(r -> new Name(r.get("id", String.class), r.get("label", String.class))).all();
    }

    private Flux<Row> rows(String sql, UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        var spec = db.sql(sql).bind(0, projectIds);
        spec = from == null ? spec : spec.bind(1, from);
        spec = to == null ? spec : spec.bind(2, to);
        spec = now == null ? spec : spec.bind(3, now);
        return spec.map(QualityRepository::row).all();
    }

    private static Row row(Readable r) {
        return new Row(r.get("project_id", UUID.class), r.get("key", String.class), n(r, "a"), n(r, "b"), n(r, "c"), n(r, "d"),
                r.get("mean", Double.class));
    }

    private static long n(Readable r, String name) {
        Long v = r.get(name, Long.class);
        return v == null ? 0 : v;
    }
}
