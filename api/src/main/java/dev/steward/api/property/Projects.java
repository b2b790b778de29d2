package dev.steward.api.property;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What other features may ask about projects. */
@Component
public class Projects {

    public record Summary(UUID id, String code, String name, String timezone) {}

    private final DatabaseClient db;

    Projects(DatabaseClient db) {
        this.db = db;
    }

    public Flux<Summary> summaries(Collection<UUID> ids) {
        return db.sql("select id, code, name, timezone from projects where id = any($1) order by code")
                .bind(0, ids.toArray(UUID[]::new))
                .map((row, meta) -> new Summary(row.get("id", UUID.class), row.get("code", String.class),
                        row.get("name", String.class), row.get("timezone", String.class)))
                .all();
    }

    /** The projects' time zones (the exports show times in them). */
    public Mono<Map<UUID, ZoneId>> zones(Collection<UUID> ids) {
        return summaries(ids).collectMap(Summary::id, p -> ZoneId.of(p.timezone()));
    }

    /** One project's summary; empty when there is no such project. */
    public Mono<Summary> summary(UUID id) {
        return summaries(List.of(id)).next();
    }

    /** Whether completing a REPAIR in this project needs an AFTER photo (false for an unknown project). */
    public Mono<Boolean> afterPhotoRequired(UUID projectId) {
        return db.sql("select after_photo_required from projects where id = $1").bind(0, projectId)
                .map((row, meta) -> Boolean.TRUE.equals(row.get("after_photo_required", Boolean.class)))
                .one().defaultIfEmpty(false);
    }

    /** Whether the unit belongs to the project. */
    public Mono<Boolean> hasUnit(UUID projectId, UUID unitId) {
        return db.sql("select exists (select 1 from units where project_id = $1 and id = $2) as found")
                .bind(0, projectId).bind(1, unitId)
                .map((row, meta) -> Boolean.TRUE.equals(row.get("found", Boolean.class)))
                .one();
    }

    public Mono<Boolean> hasBuilding(UUID projectId, UUID buildingId) {
        return db.sql("select exists (select 1 from buildings where project_id = $1 and id = $2) as found")
                .bind(0, projectId).bind(1, buildingId)
                .map((row, meta) -> Boolean.TRUE.equals(row.get("found", Boolean.class)))
                .one();
    }

    /** Someone living in a unit, to call back. */
    public record Contact(String name, String phone) {}

    /** The unit's main resident (the owner first, then a tenant, then family, earliest first); empty when nobody is registered. */
    public Mono<Contact> mainResident(UUID projectId, UUID unitId) {
        return db.sql("""
                select name, phone from residents where project_id = $1 and unit_id = $2
                order by case relation when 'OWNER' then 0 when 'TENANT' then 1 else 2 end, created_at, id limit 1
                """)
                .bind(0, projectId).bind(1, unitId)
                .map((row, meta) -> new Contact(row.get("name", String.class), row.get("phone", String.class)))
                .one();
    }

    /** A unit's building, if the unit belongs to the project. */
    public Mono<UUID> buildingOf(UUID projectId, UUID unitId) {
        return db.sql("select building_id from units where project_id = $1 and id = $2")
                .bind(0, projectId).bind(1, unitId)
                .map((row, meta) -> row.get("building_id", UUID.class))
                .one();
    }
}
