package dev.steward.api.key;

import dev.steward.api.platform.Sql;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stock-takes: the snapshot of expected keys taken at the start, and every scan. */
@Repository
class KeyStocktakeRepository {

    /** The stock-take with its tally, counted from its snapshot and scans. */
    private static final String SELECT = """
            select s.*, c.name as cabinet_name, u.display_name as started_by_name,
                   (select count(*) from key_stocktake_items i where i.stocktake_id = s.id and i.expected) as expected,
                   (select count(*) from key_stocktake_scans x where x.stocktake_id = s.id and x.result in ('FOUND', 'WRONG_SLOT')) as found,
                   (select count(*) from key_stocktake_scans x where x.stocktake_id = s.id and x.result = 'WRONG_SLOT') as wrong_slot,
                   (select count(*) from key_stocktake_scans x where x.stocktake_id = s.id and x.result in ('UNKNOWN', 'NOT_EXPECTED'))
                       as unknown,
                   (select count(*) from key_stocktake_scans x where x.stocktake_id = s.id) as scans
            from key_stocktakes s
            left join key_cabinets c on c.id = s.cabinet_id
            join users u on u.id = s.started_by
            """;

    private final DatabaseClient db;

    KeyStocktakeRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<KeyStocktake.Summary> find(UUID[] projectIds, UUID id) {
        return db.sql(SELECT + " where s.project_id = any($1) and s.id = $2").bind(0, projectIds).bind(1, id)
                .map(KeyStocktakeRepository::toSummary).one();
    }

    /** Locks the stock-take row until commit, so that scans of one stock-take are judged one after another. */
    Mono<String> lock(UUID id) {
        return db.sql("select status from key_stocktakes where id = $1 for update").bind(0, id)
                .map((row, meta) -> row.get("status", String.class)).one();
    }

    Flux<KeyStocktake.Summary> list(UUID[] projectIds, String status, OffsetDateTime afterAt, UUID afterId, int fetch) {
        GenericExecuteSpec spec = db.sql(SELECT + """
                         where s.project_id = any($1) and ($2::text is null or s.status = $2)
                           and ($3::timestamptz is null or (s.started_at, s.id) < ($3, $4))
                         order by s.started_at desc, s.id desc
                         limit $5
                        """)
                .bind(0, projectIds);
        spec = Sql.bindNullable(spec, 1, status, String.class);
        spec = Sql.bindNullable(spec, 2, afterAt, OffsetDateTime.class);
        spec = Sql.bindNullable(spec, 3, afterId, UUID.class);
        return spec.bind(4, fetch).map(KeyStocktakeRepository::toSummary).all();
    }

    /** The new stock-take's id; empty when one is already open for this project and scope. */
    Mono<UUID> insert(UUID projectId, UUID cabinetId, UUID startedBy, OffsetDateTime at) {
        GenericExecuteSpec spec = db.sql("""
                        insert into key_stocktakes (project_id, cabinet_id, started_by, started_at) values ($1, $2, $3, $4)
                        on conflict (project_id, (coalesce(cabinet_id, '00000000-0000-0000-0000-000000000000'::uuid)))
                            where status = 'OPEN' do nothing
                        returning id
                        """)
                .bind(0, projectId);
        spec = Sql.bindNullable(spec, 1, cabinetId, UUID.class);
        return spec.bind(2, startedBy).bind(3, at).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    /**
     * The snapshot: every key of the scope that is not LOST or RETIRED. AVAILABLE keys are expected in their slots;
     * CHECKED_OUT ones are out on loan (with their holder). Without a cabinet the scope is the whole project.
     */
    Mono<Long> snapshot(UUID stocktakeId, UUID projectId, UUID cabinetId) {
        GenericExecuteSpec spec = db.sql("""
                        insert into key_stocktake_items (stocktake_id, key_id, code, type, label, cabinet_name, slot, expected, holder_name)
                        select $1, k.id, k.code, k.type, coalesce(u.label, k.facility), c.name, k.slot, k.status = 'AVAILABLE', o.borrower_name
                        from keys k
                        left join units u on u.id = k.unit_id
                        left join key_cabinets c on c.id = k.cabinet_id
                        left join key_checkouts o on o.key_id = k.id and o.returned_at is null
                        where k.project_id = $2 and k.status in ('AVAILABLE', 'CHECKED_OUT')
                          and ($3::uuid is null or k.cabinet_id = $3)
                        """)
                .bind(0, stocktakeId).bind(1, projectId);
        return Sql.bindNullable(spec, 2, cabinetId, UUID.class).fetch().rowsUpdated();
    }

    Mono<KeyStocktake.Item> item(UUID stocktakeId, String code) {
        return db.sql("select * from key_stocktake_items where stocktake_id = $1 and code = $2").bind(0, stocktakeId).bind(1, code)
                .map(KeyStocktakeRepository::toItem).one();
    }

    Flux<KeyStocktake.Item> items(UUID stocktakeId) {
        return db.sql("select * from key_stocktake_items where stocktake_id = $1 order by code").bind(0, stocktakeId)
                .map(KeyStocktakeRepository::toItem).all();
    }

    /** Whether the code was already counted (FOUND or WRONG_SLOT) in this stock-take. */
    Mono<Boolean> counted(UUID stocktakeId, String code) {
        return db.sql("""
                        select exists (select 1 from key_stocktake_scans
                                       where stocktake_id = $1 and key_code = $2 and result in ('FOUND', 'WRONG_SLOT')) as found
                        """)
                .bind(0, stocktakeId).bind(1, code).map((row, meta) -> Boolean.TRUE.equals(row.get("found", Boolean.class))).one();
    }

    Mono<UUID> insertScan(UUID stocktakeId, String code, UUID keyId, Integer slot, Integer expectedSlot, String result, UUID by,
            OffsetDateTime at) {
        GenericExecuteSpec spec = db.sql("""
                        insert into key_stocktake_scans (stocktake_id, key_code, key_id, slot, expected_slot, result, scanned_by, scanned_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8)
                        returning id
                        """)
                .bind(0, stocktakeId).bind(1, code);
        spec = Sql.bindNullable(spec, 2, keyId, UUID.class);
        spec = Sql.bindNullable(spec, 3, slot, Integer.class);
        spec = Sql.bindNullable(spec, 4, expectedSlot, Integer.class);
        return spec.bind(5, result).bind(6, by).bind(7, at).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    /** Newest first. */
    Flux<KeyStocktake.Scan> scans(UUID stocktakeId) {
        return db.sql("""
                        select x.*, u.display_name as scanned_by_name
                        from key_stocktake_scans x join users u on u.id = x.scanned_by
                        where x.stocktake_id = $1
                        order by x.scanned_at desc, x.id desc
                        """)
                .bind(0, stocktakeId)
                .map(r -> new KeyStocktake.Scan(r.get("id", UUID.class), r.get("key_code", String.class), r.get("key_id", UUID.class),
                        r.get("slot", Integer.class), r.get("expected_slot", Integer.class), r.get("result", String.class),
                        r.get("scanned_at", OffsetDateTime.class), r.get("scanned_by_name", String.class)))
                .all();
    }

    Mono<Boolean> complete(UUID id, UUID by, OffsetDateTime at) {
        return db.sql("update key_stocktakes set status = 'COMPLETED', completed_by = $2, completed_at = $3 where id = $1 and status = 'OPEN'")
                .bind(0, id).bind(1, by).bind(2, at).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Closes an OPEN stock-take without a report; false when it was not open. */
    Mono<Boolean> cancel(UUID id, UUID by, OffsetDateTime at, String reason) {
        return db.sql("""
                        update key_stocktakes set status = 'CANCELLED', completed_by = $2, completed_at = $3, cancel_reason = $4
                        where id = $1 and status = 'OPEN'
                        """)
                .bind(0, id).bind(1, by).bind(2, at).bind(3, reason).fetch().rowsUpdated().map(n -> n == 1);
    }

    private static KeyStocktake.Item toItem(Readable r) {
        return new KeyStocktake.Item(r.get("key_id", UUID.class), r.get("code", String.class), r.get("type", String.class),
                r.get("label", String.class), r.get("cabinet_name", String.class), r.get("slot", Integer.class),
                Boolean.TRUE.equals(r.get("expected", Boolean.class)), r.get("holder_name", String.class));
    }

    private static KeyStocktake.Summary toSummary(Readable r) {
        int expected = count(r, "expected");
        int found = count(r, "found");
        return new KeyStocktake.Summary(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("cabinet_id", UUID.class),
                r.get("cabinet_name", String.class), r.get("status", String.class), r.get("started_by", UUID.class),
                r.get("started_by_name", String.class), r.get("started_at", OffsetDateTime.class),
                r.get("completed_at", OffsetDateTime.class), r.get("cancel_reason", String.class),
                new KeyStocktake.Tally(expected, found, count(r, "wrong_slot"), expected - found, count(r, "unknown"), count(r, "scans")));
    }

    private static int count(Readable r, String name) {
        Long n = r.get(name, Long.class);
        return n == null ? 0 : n.intValue();
    }
}
