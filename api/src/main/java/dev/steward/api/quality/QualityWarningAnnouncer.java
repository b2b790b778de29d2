package dev.steward.api.quality;

import dev.steward.api.quality.QualityModel.Warning;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Announces each warning once (docs/quality.md "Live warnings"): the keys of a project's warnings now are compared with
 * those on record (table {@code quality_warnings_on}, V23) in one statement, which records the new ones and sends a
 * QUALITY_WARNING notification for each (sent when it commits), and forgets the ones that are gone (so a warning that
 * comes back is announced again). Of several instances evaluating at once, one inserts a key; the others find it there.
 */
@Repository
class QualityWarningAnnouncer {

    private final DatabaseClient db;

    QualityWarningAnnouncer(DatabaseClient db) {
        this.db = db;
    }

    /** How many of the warnings were new (and announced). */
    Mono<Long> announce(UUID projectId, List<Warning> warnings, OffsetDateTime now) {
        String[] keys = warnings.stream().map(Warning::key).toArray(String[]::new);
        String[] kinds = warnings.stream().map(w -> w.kind().name()).toArray(String[]::new);
        String[] metrics = warnings.stream().map(w -> w.metric() == null ? "" : w.metric()).toArray(String[]::new);
        String[] buildings = warnings.stream().map(w -> w.buildingId() == null ? "" : w.buildingId().toString()).toArray(String[]::new);
        return db.sql("""
                        with cur as (select * from unnest($2::text[], $3::text[], $4::text[], $5::text[]) as c(key, kind, metric, building)),
                        gone as (delete from quality_warnings_on o where o.project_id = $1 and not (o.key = any($2::text[]))),
                        added as (insert into quality_warnings_on (project_id, key, kind, first_seen)
                                  select $1, key, kind, $6 from cur on conflict (project_id, key) do nothing returning key)
                        select count(steward_announce(json_build_object('type', 'QUALITY_WARNING', 'projectId', $1::uuid,
                                   'warningKey', c.key, 'warningKind', c.kind, 'metric', nullif(c.metric, ''),
                                   'buildingId', nullif(c.building, '')::uuid, 'at', $6::timestamptz))) as n
                        from added a join cur c on c.key = a.key
                        """)
                .bind(0, projectId).bind(1, keys).bind(2, kinds).bind(3, metrics).bind(4, buildings).bind(5, now)
                .map(r -> r.get("n", Long.class)).one();
    }

    /** Every project (the job evaluates them all). */
    Flux<UUID> projects() {
        return db.sql("select id from projects order by id").map(r -> r.get("id", UUID.class)).all();
    }
}
