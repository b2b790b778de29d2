package dev.steward.api.property;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Imports: what the project holds (for the checks), the rows written in batches (one statement per 5,000 rows,
 * the values as arrays through {@code unnest}), and the record of each imported file.
 */
@Repository
class ImportRepository {

    static final int BATCH = 5_000;

    /** A file imported before: its counts. */
    record Done(String fileName, int rows, int unitsCreated, int unitsExisting, int residentsCreated, int residentsExisting,
            OffsetDateTime at) {}

    private final DatabaseClient db;

    ImportRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<ImportPlan.Existing> existing(UUID projectId) {
        Mono<Map<String, UUID>> buildings = db.sql("select code, id from buildings where project_id = $1").bind(0, projectId)
                .map(r -> Map.entry(r.get("code", String.class), r.get("id", UUID.class))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<Map<String, UUID>> units = units(projectId);
        Mono<Set<String>> residents = db.sql("select unit_id, name, phone from residents where project_id = $1 and moved_out_on is null")
                .bind(0, projectId)
                .map(r -> ImportPlan.Existing.residentKey(r.get("unit_id", UUID.class), r.get("name", String.class), r.get("phone", String.class)))
                .all().collect(Collectors.toSet());
        // One after the other: a request holds one connection at a time.
        return buildings.flatMap(b -> units.flatMap(u -> residents.map(r -> new ImportPlan.Existing(b, u, r))));
    }

    private Mono<Map<String, UUID>> units(UUID projectId) {
        return db.sql("select building_id, number, id from units where project_id = $1").bind(0, projectId)
                .map(r -> Map.entry(ImportPlan.Existing.unitKey(r.get("building_id", UUID.class), r.get("number", String.class)),
                        r.get("id", UUID.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** The project's first building code (by code), for the template's examples. */
    Mono<String> firstBuildingCode(UUID projectId) {
        return db.sql("select code from buildings where project_id = $1 order by code limit 1").bind(0, projectId)
                .map(r -> r.get("code", String.class)).one();
    }

    /** Claims the file for this project: empty when it was imported before (a concurrent claim waits for the first). */
    Mono<UUID> claim(UUID projectId, String sha256, String fileName, UUID userId) {
        var spec = db.sql("""
                insert into imports (project_id, sha256, file_name, created_by) values ($1, $2, $3, $4)
                on conflict (project_id, sha256) do nothing returning id
                """).bind(0, projectId).bind(1, sha256);
        spec = fileName == null ? spec.bindNull(2, String.class) : spec.bind(2, fileName);
        return spec.bind(3, userId).map(r -> r.get("id", UUID.class)).one();
    }

    Mono<Done> done(UUID projectId, String sha256) {
        return db.sql("select * from imports where project_id = $1 and sha256 = $2").bind(0, projectId).bind(1, sha256)
                .map(r -> new Done(r.get("file_name", String.class), r.get("rows", Integer.class), r.get("units_created", Integer.class),
                        r.get("units_existing", Integer.class), r.get("residents_created", Integer.class),
                        r.get("residents_existing", Integer.class), r.get("created_at", OffsetDateTime.class)))
                .one();
    }

    Mono<OffsetDateTime> record(UUID importId, ImportPlan plan) {
        return db.sql("""
                update imports set rows = $2, units_created = $3, units_existing = $4, residents_created = $5, residents_existing = $6
                where id = $1 returning created_at
                """).bind(0, importId).bind(1, plan.rows).bind(2, plan.units.size()).bind(3, plan.unitsExisting)
                .bind(4, plan.residents.size()).bind(5, plan.residentsExisting)
                .map(r -> r.get("created_at", OffsetDateTime.class)).one();
    }

    /** Adds the units, then the residents (to the units just added or those that existed). */
    Mono<Void> write(UUID projectId, ImportPlan plan) {
        Flux<Long> added = Flux.fromIterable(batches(plan.units)).concatMap(batch -> insertUnits(projectId, batch));
        return added.then(units(projectId))
                .flatMap(ids -> Flux.fromIterable(batches(plan.residents)).concatMap(batch -> insertResidents(projectId, batch, ids)).then());
    }

    private Mono<Long> insertUnits(UUID projectId, List<ImportPlan.NewUnit> batch) {
        int n = batch.size();
        String[] buildings = new String[n];
        String[] numbers = new String[n];
        String[] floors = new String[n];
        String[] areas = new String[n];
        String[] statuses = new String[n];
        for (int i = 0; i < n; i++) {
            ImportPlan.NewUnit u = batch.get(i);
            buildings[i] = u.buildingId().toString();
            numbers[i] = u.number();
            floors[i] = u.floor() == null ? null : u.floor().toString();
            areas[i] = u.area() == null ? null : u.area().toPlainString();
            statuses[i] = u.status();
        }
        return db.sql("""
                insert into units (project_id, building_id, number, label, sort_key, floor, area_m2, status)
                select b.project_id, b.id, t.number, b.code || '-' || t.number, lpad(b.code, 10, '0') || '-' || lpad(t.number, 10, '0'),
                       t.floor::integer, t.area::numeric, t.status
                from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as t(building_id, number, floor, area, status)
                join buildings b on b.id = t.building_id::uuid and b.project_id = $1
                on conflict (building_id, number) do nothing
                """).bind(0, projectId).bind(1, buildings).bind(2, numbers).bind(3, floors).bind(4, areas).bind(5, statuses)
                .fetch().rowsUpdated();
    }

    private Mono<Long> insertResidents(UUID projectId, List<ImportPlan.NewResident> batch, Map<String, UUID> unitIds) {
        int n = batch.size();
        String[] units = new String[n];
        String[] names = new String[n];
        String[] phones = new String[n];
        String[] relations = new String[n];
        String[] movedIn = new String[n];
        for (int i = 0; i < n; i++) {
            ImportPlan.NewResident r = batch.get(i);
            units[i] = unitIds.get(ImportPlan.Existing.unitKey(r.buildingId(), r.number())).toString();
            names[i] = r.name();
            phones[i] = r.phone();
            relations[i] = r.relation();
            movedIn[i] = r.movedInOn() == null ? null : r.movedInOn().toString();
        }
        return db.sql("""
                insert into residents (project_id, unit_id, name, phone, relation, moved_in_on)
                select $1, t.unit_id::uuid, t.name, t.phone, t.relation, t.moved_in_on::date
                from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as t(unit_id, name, phone, relation, moved_in_on)
                """).bind(0, projectId).bind(1, units).bind(2, names).bind(3, phones).bind(4, relations).bind(5, movedIn)
                .fetch().rowsUpdated();
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            out.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return out;
    }
}
