package dev.steward.api.property;

import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Sql;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Residents of units; rows are never deleted: a move-out sets {@code moved_out_on}. Every query is bound to a project. */
@Repository
class ResidentRepository {

    private final DatabaseClient db;

    ResidentRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * {@code status}: CURRENT (still living there), FORMER or ALL; current first, then the most recent move-outs (then
     * relation, registration), keyset-paged on that order as one text key (with the id).
     */
    Flux<Row> residents(UUID projectId, UUID unitId, String status, String afterKey, UUID afterId, int fetch) {
        var spec = db.sql("""
                select * from (
                    select r.*, (case when r.moved_out_on is null then '0'
                                      else '1' || to_char(date '9999-12-31' - r.moved_out_on, 'FM0000000') end
                                 || r.relation || to_char(r.created_at at time zone 'UTC', 'YYYYMMDDHH24MISSUS')) as unit_sort_key
                    from residents r
                    where r.project_id = $1 and r.unit_id = $2
                      and ($3 = 'ALL' or ($3 = 'CURRENT') = (r.moved_out_on is null))
                ) x
                where ($4::text is null or (x.unit_sort_key collate "C", x.id) > ($4 collate "C", $5::uuid))
                order by x.unit_sort_key collate "C", x.id
                limit $6
                """).bind(0, projectId).bind(1, unitId).bind(2, status);
        spec = Sql.bindNullable(spec, 3, afterKey, String.class);
        spec = Sql.bindNullable(spec, 4, afterId, UUID.class);
        return spec.bind(5, fetch).map(r -> new Row(toResident(r), r.get("unit_sort_key", String.class))).all();
    }

    /** Every unit's residents, by unit then id; keyset-paged on (the unit's sort key, id). */
    Flux<Row> page(UUID projectId, String status, String afterSortKey, UUID afterId, int fetch) {
        var spec = db.sql("""
                select r.*, u.sort_key as unit_sort_key from residents r join units u on u.id = r.unit_id
                where r.project_id = $1 and ($2 = 'ALL' or ($2 = 'CURRENT') = (r.moved_out_on is null))
                  and ($3::text is null or (u.sort_key, r.id) > ($3, $4::uuid))
                order by u.sort_key, r.id
                limit $5
                """).bind(0, projectId).bind(1, status);
        spec = Sql.bindNullable(spec, 2, afterSortKey, String.class);
        spec = Sql.bindNullable(spec, 3, afterId, UUID.class);
        return spec.bind(4, fetch).map(r -> new Row(toResident(r), r.get("unit_sort_key", String.class))).all();
    }

    /** A resident and their sort key in the list (the page's cursor). */
    record Row(Resident resident, String unitSortKey) {}

    /** The residents' change feed: a move-out is a change like any other. */
    Flux<ChangeFeed.Entry<Resident>> changes(UUID projectId, String status, ChangeFeed feed, int fetch) {
        Where where = new Where();
        where.and("r.project_id = $?", projectId);
        if (!"ALL".equals(status)) {
            where.and("CURRENT".equals(status) ? "r.moved_out_on is null" : "r.moved_out_on is not null");
        }
        return feed.read(db, "select r.* from residents r", "r", where, fetch, ResidentRepository::toResident);
    }

    Mono<Resident> resident(UUID projectId, UUID unitId, UUID id) {
        return db.sql("select * from residents where project_id = $1 and unit_id = $2 and id = $3")
                .bind(0, projectId).bind(1, unitId).bind(2, id).map(ResidentRepository::toResident).one();
    }

    Mono<Resident> insert(UUID projectId, UUID unitId, String name, String phone, String relation, LocalDate movedInOn) {
        var spec = db.sql("""
                insert into residents (project_id, unit_id, name, phone, relation, moved_in_on) values ($1, $2, $3, $4, $5, $6)
                returning *
                """).bind(0, projectId).bind(1, unitId).bind(2, name).bind(3, phone).bind(4, relation);
        return Sql.bindNullable(spec, 5, movedInOn, LocalDate.class).map(ResidentRepository::toResident).one();
    }

    /** Applies the non-null fields if the version matches; 0 rows when stale or missing. */
    Mono<Long> update(UUID projectId, UUID unitId, UUID id, long version, String name, String phone, String relation,
            LocalDate movedInOn) {
        var spec = db.sql("""
                update residents set name = coalesce($5, name), phone = coalesce($6, phone), relation = coalesce($7, relation),
                       moved_in_on = coalesce($8, moved_in_on), version = version + 1, updated_at = now()
                where project_id = $1 and unit_id = $2 and id = $3 and version = $4
                """).bind(0, projectId).bind(1, unitId).bind(2, id).bind(3, version);
        spec = Sql.bindNullable(spec, 4, name, String.class);
        spec = Sql.bindNullable(spec, 5, phone, String.class);
        spec = Sql.bindNullable(spec, 6, relation, String.class);
        return Sql.bindNullable(spec, 7, movedInOn, LocalDate.class).fetch().rowsUpdated();
    }

    /** Sets the move-out date once: 0 rows when the resident already moved out (or does not exist). */
    Mono<Long> moveOut(UUID projectId, UUID unitId, UUID id, LocalDate movedOutOn) {
        return db.sql("""
                update residents set moved_out_on = $4, version = version + 1, updated_at = now()
                where project_id = $1 and unit_id = $2 and id = $3 and moved_out_on is null
                """).bind(0, projectId).bind(1, unitId).bind(2, id).bind(3, movedOutOn).fetch().rowsUpdated();
    }

    static Resident toResident(Readable r) {
        return new Resident(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("unit_id", UUID.class),
                r.get("name", String.class), r.get("phone", String.class), r.get("relation", String.class),
                r.get("moved_in_on", LocalDate.class), r.get("moved_out_on", LocalDate.class), r.get("version", Long.class));
    }
}
