package dev.steward.api.property;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.CallerText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The desk's caller lookup (来电登记): from what a caller says (a unit, a unit number, a phone number or its last
 * 4 digits, a name — see {@link CallerText}) to the units it may mean, each with all its residents and the ones
 * that matched. Two queries: the matching units (residents' matches first), then their residents.
 */
@Service
class UnitLookup {

    enum MatchedBy { PHONE, RESIDENT_NAME, UNIT }

    record Item(Unit unit, MatchedBy matchedBy, List<Resident> residents, List<UUID> matchedResidentIds) {}

    private static final String DIGITS = CallerText.digitsOf("r.phone");

    private final DatabaseClient db;

    UnitLookup(DatabaseClient db) {
        this.db = db;
    }

    Mono<List<Item>> find(Caller caller, UUID projectId, String q, Integer limit) {
        caller.requireProject(projectId, "project");
        CallerText said = CallerText.parse(q);
        if (said == null) {
            throw ApiException.invalidField("q", "must not be blank");
        }
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 50) {
            throw ApiException.invalidField("limit", "must be between 1 and 50");
        }
        List<Object> args = new ArrayList<>(List.of(projectId));
        String residents;
        String units;
        switch (said.kind()) {
            case PHONE -> {
                residents = "right(" + DIGITS + ", 4) = " + arg(args, said.lastFour()) + " and " + DIGITS + " like " + arg(args, "%" + said.digits());
                units = null;
            }
            case FOUR_DIGITS -> {
                residents = "right(" + DIGITS + ", 4) = " + arg(args, said.digits());
                units = "u.number = " + arg(args, said.digits());
            }
            case UNIT_NUMBER -> {
                residents = null;
                units = "u.number = " + arg(args, said.digits());
            }
            case UNIT -> {
                residents = null;
                units = "u.label = " + arg(args, said.unitLabel());
            }
            default -> {
                String pattern = "%" + said.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                residents = "r.name ilike " + arg(args, pattern);
                units = "u.label ilike " + arg(args, pattern);
            }
        }
        String how = said.kind() == CallerText.Kind.PHONE || said.kind() == CallerText.Kind.FOUR_DIGITS ? "PHONE" : "RESIDENT_NAME";
        List<String> parts = new ArrayList<>();
        if (residents != null) {
            parts.add("select r.unit_id, r.id as resident_id, '" + how + "' as how from residents r where r.project_id = $1 and r.moved_out_on is null and " + residents);
        }
        if (units != null) {
            parts.add("select u.id, null::uuid, 'UNIT' from units u where u.project_id = $1 and " + units);
        }
        String sql = "with matched (unit_id, resident_id, how) as (" + String.join(" union all ", parts) + "),"
                + " hits as (select unit_id, min(case how when 'PHONE' then 0 when 'RESIDENT_NAME' then 1 else 2 end) as rank,"
                + " array_remove(array_agg(resident_id), null) as resident_ids from matched group by unit_id) "
                + PropertyRepository.UNIT.replace("select u.*,", "select u.*, h.rank, h.resident_ids,")
                        .replace("from units u", "from hits h join units u on u.id = h.unit_id and u.project_id = $1")
                + " order by h.rank, u.sort_key, u.id limit " + arg(args, size);
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
        for (int i = 0; i < args.size(); i++) {
            spec = spec.bind(i, args.get(i));
        }
        return spec.map((row, meta) -> new Hit(PropertyRepository.toUnit(row), row.get("rank", Integer.class),
                        Arrays.asList(row.get("resident_ids", UUID[].class))))
                .all().collectList()
                .flatMap(hits -> hits.isEmpty() ? Mono.just(List.<Item>of()) : withResidents(projectId, hits));
    }

    private record Hit(Unit unit, int rank, List<UUID> residentIds) {}

    private Mono<List<Item>> withResidents(UUID projectId, List<Hit> hits) {
        UUID[] unitIds = hits.stream().map(h -> h.unit().id()).toArray(UUID[]::new);
        return db.sql("select * from residents where project_id = $1 and unit_id = any($2) and moved_out_on is null order by relation, created_at, id")
                .bind(0, projectId).bind(1, unitIds)
                .map((row, meta) -> ResidentRepository.toResident(row)).all().collectList()
                .map(all -> {
                    Map<UUID, List<Resident>> byUnit = new LinkedHashMap<>();
                    all.forEach(r -> byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r.masked()));
                    return hits.stream().map(h -> new Item(h.unit(), MatchedBy.values()[h.rank()],
                            byUnit.getOrDefault(h.unit().id(), List.of()), h.residentIds())).toList();
                });
    }

    private static String arg(List<Object> args, Object value) {
        args.add(value);
        return "$" + args.size();
    }
}
