package dev.steward.api.property;

import dev.steward.api.platform.Sql;
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

    /** {@code status}: CURRENT (still living there), FORMER or ALL; current first, then the most recent move-outs. */
    Flux<Resident> residents(UUID projectId, UUID unitId, String status) {
        return db.sql("""
                select * from residents where project_id = $1 and unit_id = $2
                  and ($3 = 'ALL' or ($3 = 'CURRENT') = (moved_out_on is null))
                order by moved_out_on desc nulls first, relation, created_at, id
                """)
                .bind(0, projectId).bind(1, unitId).bind(2, status).map(ResidentRepository::toResident).all();
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
