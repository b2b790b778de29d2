package dev.steward.api.property;

import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Sql;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Projects, buildings, units and residents. Every query is bounded by project ids the caller may see. */
@Repository
class PropertyRepository {

    private static final String PROJECT = """
            select p.*, (select count(*) from buildings b where b.project_id = p.id) as building_count,
                   (select count(*) from units u where u.project_id = p.id) as unit_count
            from projects p
            """;
    private static final String BUILDING = """
            select b.*, (select count(*) from units u where u.project_id = b.project_id and u.building_id = b.id) as unit_count
            from buildings b
            """;
    static final String UNIT = """
            select u.*, b.code as building_code,
                   (select count(*) from residents r where r.project_id = u.project_id and r.unit_id = u.id and r.moved_out_on is null) as resident_count
            from units u join buildings b on b.id = u.building_id
            """;

    private final DatabaseClient db;

    PropertyRepository(DatabaseClient db) {
        this.db = db;
    }

    // Projects

    Flux<Project> projects(UUID[] visible, String afterCode, int fetch) {
        var spec = db.sql(PROJECT + " where p.id = any($1) and ($2::text is null or p.code > $2) order by p.code limit $3")
                .bind(0, visible);
        return Sql.bindNullable(spec, 1, afterCode, String.class).bind(2, fetch).map(PropertyRepository::toProject).all();
    }

    Mono<Project> project(UUID id) {
        return db.sql(PROJECT + " where p.id = $1").bind(0, id).map(PropertyRepository::toProject).one();
    }

    Mono<UUID> insertProject(String code, String name, String timezone, String address) {
        var spec = db.sql("""
                insert into projects (code, name, timezone, address) values ($1, $2, $3, $4)
                on conflict (code) do nothing returning id
                """).bind(0, code).bind(1, name).bind(2, timezone);
        return Sql.bindNullable(spec, 3, address, String.class).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    Mono<Long> updateProject(UUID id, long version, String name, String timezone, String address, Boolean afterPhotoRequired) {
        var spec = db.sql("""
                update projects set name = coalesce($3, name), timezone = coalesce($4, timezone),
                       address = coalesce($5, address),
                       after_photo_required = coalesce($6, after_photo_required), version = version + 1, updated_at = now()
                where id = $1 and version = $2
                """).bind(0, id).bind(1, version);
        spec = Sql.bindNullable(spec, 2, name, String.class);
        spec = Sql.bindNullable(spec, 3, timezone, String.class);
        spec = Sql.bindNullable(spec, 4, address, String.class);
        return Sql.bindNullable(spec, 5, afterPhotoRequired, Boolean.class).fetch().rowsUpdated();
    }

    // Buildings

    Flux<Building> buildings(UUID projectId, String afterCode, int fetch) {
        var spec = db.sql(BUILDING + " where b.project_id = $1 and ($2::text is null or b.code > $2) order by b.code limit $3")
                .bind(0, projectId);
        return Sql.bindNullable(spec, 1, afterCode, String.class).bind(2, fetch).map(PropertyRepository::toBuilding).all();
    }

    Mono<Building> building(UUID projectId, UUID id) {
        return db.sql(BUILDING + " where b.project_id = $1 and b.id = $2").bind(0, projectId).bind(1, id)
                .map(PropertyRepository::toBuilding).one();
    }

    Mono<UUID> insertBuilding(UUID projectId, String code, String name, Integer floors) {
        var spec = db.sql("""
                insert into buildings (project_id, code, name, floors) values ($1, $2, $3, $4)
                on conflict (project_id, code) do nothing returning id
                """).bind(0, projectId).bind(1, code).bind(2, name);
        return Sql.bindNullable(spec, 3, floors, Integer.class).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    Mono<Long> updateBuilding(UUID projectId, UUID id, long version, String name, Integer floors) {
        var spec = db.sql("""
                update buildings set name = coalesce($4, name), floors = coalesce($5, floors),
                       version = version + 1, updated_at = now()
                where project_id = $1 and id = $2 and version = $3
                """).bind(0, projectId).bind(1, id).bind(2, version);
        spec = Sql.bindNullable(spec, 3, name, String.class);
        return Sql.bindNullable(spec, 4, floors, Integer.class).fetch().rowsUpdated();
    }

    // Units

    Flux<Unit> units(UUID projectId, UUID buildingId, String q, String status, String afterSortKey, UUID afterId, int fetch) {
        var spec = db.sql(UNIT + """
                 where u.project_id = $1
                   and ($2::uuid is null or u.building_id = $2)
                   and ($3::text is null or u.label ilike '%' || $3 || '%')
                   and ($4::text is null or u.status = $4)
                   and ($5::text is null or (u.sort_key, u.id) > ($5, $6::uuid))
                 order by u.sort_key, u.id
                 limit $7
                """).bind(0, projectId);
        spec = Sql.bindNullable(spec, 1, buildingId, UUID.class);
        spec = Sql.bindNullable(spec, 2, q, String.class);
        spec = Sql.bindNullable(spec, 3, status, String.class);
        spec = Sql.bindNullable(spec, 4, afterSortKey, String.class);
        spec = Sql.bindNullable(spec, 5, afterId, UUID.class);
        return spec.bind(6, fetch).map(PropertyRepository::toUnit).all();
    }

    /** The units' change feed, with the list's filters. */
    Flux<ChangeFeed.Entry<Unit>> unitChanges(UUID projectId, UUID buildingId, String q, String status, ChangeFeed feed, int fetch) {
        Where where = new Where();
        where.and("u.project_id = $?", projectId);
        where.andIf(buildingId, "u.building_id = $?");
        where.andIf(q, "u.label ilike '%' || $? || '%'");
        where.andIf(status, "u.status = $?");
        return feed.read(db, UNIT, "u", where, fetch, PropertyRepository::toUnit);
    }

    Mono<Unit> unit(UUID projectId, UUID id) {
        return db.sql(UNIT + " where u.project_id = $1 and u.id = $2").bind(0, projectId).bind(1, id)
                .map(PropertyRepository::toUnit).one();
    }

    /** Empty when the building is not in this project; a duplicate number surfaces as a flag. */
    Mono<UUID> insertUnit(UUID projectId, UUID buildingId, String number, Integer floor, Double areaM2, String status) {
        var spec = db.sql("""
                insert into units (project_id, building_id, number, label, sort_key, floor, area_m2, status)
                select b.project_id, b.id, $3, b.code || '-' || $3, lpad(b.code, 10, '0') || '-' || lpad($3, 10, '0'), $4, $5, $6
                from buildings b where b.project_id = $1 and b.id = $2
                on conflict (building_id, number) do nothing
                returning id
                """).bind(0, projectId).bind(1, buildingId).bind(2, number);
        spec = Sql.bindNullable(spec, 3, floor, Integer.class);
        spec = Sql.bindNullable(spec, 4, areaM2 == null ? null : BigDecimal.valueOf(areaM2), BigDecimal.class);
        return spec.bind(5, status).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    Mono<Boolean> unitNumberTaken(UUID buildingId, String number) {
        return db.sql("select exists (select 1 from units where building_id = $1 and number = $2) as taken")
                .bind(0, buildingId).bind(1, number).map((row, meta) -> row.get("taken", Boolean.class)).one();
    }

    Mono<Long> updateUnit(UUID projectId, UUID id, long version, Integer floor, Double areaM2, String status) {
        var spec = db.sql("""
                update units set floor = coalesce($4, floor), area_m2 = coalesce($5, area_m2),
                       status = coalesce($6, status), version = version + 1, updated_at = now()
                where project_id = $1 and id = $2 and version = $3
                """).bind(0, projectId).bind(1, id).bind(2, version);
        spec = Sql.bindNullable(spec, 3, floor, Integer.class);
        spec = Sql.bindNullable(spec, 4, areaM2 == null ? null : BigDecimal.valueOf(areaM2), BigDecimal.class);
        return Sql.bindNullable(spec, 5, status, String.class).fetch().rowsUpdated();
    }

    private static Project toProject(Readable r) {
        return new Project(r.get("id", UUID.class), r.get("code", String.class), r.get("name", String.class),
                r.get("timezone", String.class), r.get("address", String.class),
                Boolean.TRUE.equals(r.get("after_photo_required", Boolean.class)), r.get("building_count", Long.class).intValue(),
                r.get("unit_count", Long.class).intValue(), r.get("version", Long.class), r.get("created_at", OffsetDateTime.class));
    }

    private static Building toBuilding(Readable r) {
        return new Building(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("code", String.class),
                r.get("name", String.class), r.get("floors", Integer.class), r.get("unit_count", Long.class).intValue(),
                r.get("version", Long.class));
    }

    static Unit toUnit(Readable r) {
        BigDecimal area = r.get("area_m2", BigDecimal.class);
        return new Unit(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("building_id", UUID.class),
                r.get("building_code", String.class), r.get("number", String.class), r.get("label", String.class),
                r.get("floor", Integer.class), area == null ? null : area.doubleValue(), r.get("status", String.class),
                r.get("resident_count", Long.class).intValue(), r.get("version", Long.class), r.get("sort_key", String.class));
    }
}
