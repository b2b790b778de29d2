package dev.steward.api.key;

import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Sql;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keys, cabinets and owner deposits. Every query is bounded by project ids. */
@Repository
class KeyRepository {

    private static final String SELECT = """
            select k.*, u.label as unit_label, c.name as cabinet_name, cu.display_name as custodian_name
            from keys k
            left join units u on u.id = k.unit_id
            left join key_cabinets c on c.id = k.cabinet_id
            left join users cu on cu.id = k.custodian_id
            """;

    /** A list's filters; null means "no filter". {@code holderId}: keys out on loan to this user now. */
    record Query(UUID[] projectIds, String type, String status, UUID cabinetId, UUID holderId, Boolean overdue, String code,
            String search, OffsetDateTime lostFrom, OffsetDateTime lostTo, UUID buildingId, Boolean withoutUnit, OffsetDateTime now) {}

    /** A REPORTED_LOST custody event of the key {@code e.key_id} (the quality picture's keysLost counts these). */
    static final String LOST_EVENT = "e.type = 'REPORTED_LOST'";

    private final DatabaseClient db;

    KeyRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Key> find(UUID[] projectIds, UUID id) {
        return db.sql(SELECT + " where k.project_id = any($1) and k.id = $2").bind(0, projectIds).bind(1, id)
                .map(KeyRepository::toKey).one();
    }

    Mono<Key> findByCode(UUID projectId, String code) {
        return db.sql(SELECT + " where k.project_id = $1 and k.code = $2").bind(0, projectId).bind(1, code)
                .map(KeyRepository::toKey).one();
    }

    /** By code, then id; keyset-paged. */
    Flux<Key> list(Query q, String afterCode, UUID afterId, int fetch) {
        Where where = filters(q);
        if (afterCode != null) {
            where.and("(k.code, k.id) > ($?, $?)", afterCode, afterId);
        }
        String limit = where.param(fetch);
        return where.bind(db.sql(SELECT + " where " + where.sql() + " order by k.code, k.id limit " + limit))
                .map(KeyRepository::toKey).all();
    }

    /** The keys' change feed, with the list's filters (a retired or lost key stays in it with its status). */
    Flux<ChangeFeed.Entry<Key>> changes(Query q, ChangeFeed feed, int fetch) {
        return feed.read(db, SELECT, "k", filters(q), fetch, KeyRepository::toKey);
    }

    private static Where filters(Query q) {
        Where where = new Where();
        where.and("k.project_id = any($?)", (Object) q.projectIds());
        where.andIf(q.type(), "k.type = $?");
        where.andIf(q.status(), "k.status = $?");
        where.andIf(q.cabinetId(), "k.cabinet_id = $?");
        where.andIf(q.code(), "k.code = $?");
        if (q.holderId() != null) {
            where.and("exists (select 1 from key_checkouts o where o.key_id = k.id and o.returned_at is null and o.borrower_user_id = $?)",
                    q.holderId());
        }
        if (q.overdue() != null) {
            where.and((q.overdue() ? "" : "not ")
                    + "exists (select 1 from key_checkouts o where o.key_id = k.id and o.returned_at is null and o.due_at < $?)", q.now());
        }
        if (q.search() != null) {
            where.and("(k.code ilike $? or k.facility ilike $? or u.label ilike $?)", q.search(), q.search(), q.search());
        }
        if (q.lostFrom() != null || q.lostTo() != null) {
            // Reported lost in the period (whatever happened since): the keys behind keysLost.
            where.and("exists (select 1 from key_events e where e.key_id = k.id and e.project_id = k.project_id and " + LOST_EVENT
                    + (q.lostFrom() == null ? "" : " and e.at >= " + where.param(q.lostFrom()))
                    + (q.lostTo() == null ? "" : " and e.at < " + where.param(q.lostTo())) + ")");
        }
        where.andIf(q.buildingId(), "u.building_id = $?");
        if (q.withoutUnit() != null) {
            // Keys to no unit: the quality picture's "none" building.
            where.and(q.withoutUnit() ? "k.unit_id is null" : "k.unit_id is not null");
        }
        return where;
    }

    record NewKey(UUID projectId, String code, String type, UUID unitId, String facility, int copies, UUID cabinetId,
            Integer slot, UUID custodianId, OffsetDateTime now) {}

    Mono<UUID> insert(NewKey k) {
        GenericExecuteSpec spec = db.sql("""
                        insert into keys (project_id, code, type, unit_id, facility, copies, cabinet_id, slot, custodian_id,
                                          created_at, updated_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
                        returning id
                        """)
                .bind(0, k.projectId()).bind(1, k.code()).bind(2, k.type());
        spec = Sql.bindNullable(spec, 3, k.unitId(), UUID.class);
        spec = Sql.bindNullable(spec, 4, k.facility(), String.class);
        spec = spec.bind(5, k.copies());
        spec = Sql.bindNullable(spec, 6, k.cabinetId(), UUID.class);
        spec = Sql.bindNullable(spec, 7, k.slot(), Integer.class);
        spec = Sql.bindNullable(spec, 8, k.custodianId(), UUID.class);
        return spec.bind(9, k.now()).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    /** Writes the editable columns if the key still has {@code version}; false when someone else changed it first. */
    Mono<Boolean> update(Key k, OffsetDateTime now) {
        GenericExecuteSpec spec = db.sql("""
                        update keys set facility = $3, copies = $4, cabinet_id = $5, slot = $6, custodian_id = $7,
                                        version = version + 1, updated_at = $8
                        where id = $1 and version = $2 and status in ('AVAILABLE', 'CHECKED_OUT')
                        """)
                .bind(0, k.id()).bind(1, k.version());
        spec = Sql.bindNullable(spec, 2, k.facility(), String.class);
        spec = spec.bind(3, k.copies());
        spec = Sql.bindNullable(spec, 4, k.cabinetId(), UUID.class);
        spec = Sql.bindNullable(spec, 5, k.slot(), Integer.class);
        spec = Sql.bindNullable(spec, 6, k.custodianId(), UUID.class);
        return spec.bind(7, now).fetch().rowsUpdated().map(n -> n == 1);
    }

    /**
     * Moves the key from one of {@code from} to {@code to}; false when it is in none of them (someone else got there
     * first). {@code keepSlot} false frees its cabinet slot (a retired key).
     */
    Mono<Boolean> transition(UUID id, List<KeyStatus> from, KeyStatus to, boolean keepSlot, OffsetDateTime now) {
        return db.sql("""
                        update keys set status = $3, version = version + 1, updated_at = $4,
                                        cabinet_id = case when $5 then cabinet_id end, slot = case when $5 then slot end
                        where id = $1 and status = any($2)
                        """)
                .bind(0, id).bind(1, from.stream().map(Enum::name).toArray(String[]::new)).bind(2, to.name()).bind(3, now)
                .bind(4, keepSlot)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    Mono<Void> setLockChangeOrder(UUID id, UUID workOrderId) {
        return db.sql("update keys set lock_change_work_order_id = $2 where id = $1").bind(0, id).bind(1, workOrderId)
                .fetch().rowsUpdated().then();
    }

    /** Puts a found key in a (possibly new) slot. */
    Mono<Void> place(UUID id, UUID cabinetId, Integer slot) {
        GenericExecuteSpec spec = db.sql("update keys set cabinet_id = $2, slot = $3 where id = $1").bind(0, id);
        spec = Sql.bindNullable(spec, 1, cabinetId, UUID.class);
        return Sql.bindNullable(spec, 2, slot, Integer.class).fetch().rowsUpdated().then();
    }

    /** The key now in this slot, if any. */
    Mono<UUID> inSlot(UUID cabinetId, int slot) {
        return db.sql("select id from keys where cabinet_id = $1 and slot = $2").bind(0, cabinetId).bind(1, slot)
                .map((row, meta) -> row.get("id", UUID.class)).one();
    }

    // Cabinets

    /** By project, name and id, after the given ones (nulls: from the start); at most {@code fetch}. */
    Flux<KeyCabinet> cabinets(UUID[] projectIds, UUID afterProject, String afterName, UUID afterId, int fetch) {
        GenericExecuteSpec spec = db.sql(CABINETS + """
                        where c.project_id = any($1) and ($2::uuid is null or (c.project_id, c.name, c.id) > ($2, $3, $4::uuid))
                        group by c.id
                        order by c.project_id, c.name, c.id
                        limit $5
                        """).bind(0, projectIds);
        spec = Sql.bindNullable(spec, 1, afterProject, UUID.class);
        spec = Sql.bindNullable(spec, 2, afterName, String.class);
        spec = Sql.bindNullable(spec, 3, afterId, UUID.class);
        return spec.bind(4, fetch).map(KeyRepository::toCabinet).all();
    }

    private static final String CABINETS = """
            select c.*, array_remove(array_agg(k.slot order by k.slot), null) as occupied, count(k.id) as key_count
            from key_cabinets c left join keys k on k.cabinet_id = c.id and k.status <> 'RETIRED'
            """;

    Mono<KeyCabinet> cabinet(UUID projectId, UUID id) {
        return db.sql(CABINETS + " where c.project_id = $1 and c.id = $2 group by c.id").bind(0, projectId).bind(1, id)
                .map(KeyRepository::toCabinet).one();
    }

    /** The new cabinet's id; empty when the project already has one of that name. */
    Mono<UUID> insertCabinet(UUID projectId, String name, String location, int slots, OffsetDateTime now) {
        GenericExecuteSpec spec = db.sql("""
                        insert into key_cabinets (project_id, name, location, slots, created_at) values ($1, $2, $3, $4, $5)
                        on conflict (project_id, name) do nothing
                        returning id
                        """)
                .bind(0, projectId).bind(1, name);
        spec = Sql.bindNullable(spec, 2, location, String.class);
        return spec.bind(3, slots).bind(4, now).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    // Deposits

    /** The newest deposit of each of these keys. */
    Flux<KeyDeposit> latestDeposits(UUID[] keyIds) {
        return db.sql("""
                        select distinct on (d.key_id) d.*, u.display_name as received_by_name
                        from key_deposits d join users u on u.id = d.received_by
                        where d.key_id = any($1)
                        order by d.key_id, d.deposited_at desc, d.id desc
                        """)
                .bind(0, keyIds).map(KeyRepository::toDeposit).all();
    }

    Mono<KeyDeposit> latestDeposit(UUID keyId) {
        return latestDeposits(new UUID[] {keyId}).next();
    }

    record NewDeposit(UUID projectId, UUID keyId, String depositorName, String depositorPhone, String authorizationRef,
            LocalDate validUntil, List<String> allowedRoles, String allowedContractor, String ownerContact, String note,
            OffsetDateTime depositedAt, UUID receivedBy) {}

    Mono<UUID> insertDeposit(NewDeposit d) {
        GenericExecuteSpec spec = db.sql("""
                        insert into key_deposits (project_id, key_id, depositor_name, depositor_phone, authorization_ref, valid_until,
                                                  allowed_roles, allowed_contractor, owner_contact, note, deposited_at, received_by)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                        returning id
                        """)
                .bind(0, d.projectId()).bind(1, d.keyId()).bind(2, d.depositorName()).bind(3, d.depositorPhone())
                .bind(4, d.authorizationRef()).bind(5, d.validUntil()).bind(6, d.allowedRoles().toArray(String[]::new));
        spec = Sql.bindNullable(spec, 7, d.allowedContractor(), String.class);
        spec = Sql.bindNullable(spec, 8, d.ownerContact(), String.class);
        spec = Sql.bindNullable(spec, 9, d.note(), String.class);
        return spec.bind(10, d.depositedAt()).bind(11, d.receivedBy()).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    Mono<KeyDeposit> deposit(UUID id) {
        return db.sql("""
                        select d.*, u.display_name as received_by_name
                        from key_deposits d join users u on u.id = d.received_by where d.id = $1
                        """)
                .bind(0, id).map(KeyRepository::toDeposit).one();
    }

    private static Key toKey(Readable r) {
        return new Key(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("code", String.class), r.get("type", String.class),
                r.get("unit_id", UUID.class), r.get("unit_label", String.class), r.get("facility", String.class),
                r.get("copies", Integer.class), r.get("cabinet_id", UUID.class), r.get("cabinet_name", String.class),
                r.get("slot", Integer.class), r.get("custodian_id", UUID.class), r.get("custodian_name", String.class),
                KeyStatus.valueOf(r.get("status", String.class)), r.get("lock_change_work_order_id", UUID.class),
                r.get("version", Long.class), r.get("created_at", OffsetDateTime.class), r.get("updated_at", OffsetDateTime.class));
    }

    private static KeyCabinet toCabinet(Readable r) {
        return new KeyCabinet(r.get("id", UUID.class), r.get("project_id", UUID.class), r.get("name", String.class),
                r.get("location", String.class), r.get("slots", Integer.class), List.of(r.get("occupied", Integer[].class)),
                r.get("key_count", Long.class).intValue(), r.get("created_at", OffsetDateTime.class));
    }

    private static KeyDeposit toDeposit(Readable r) {
        return new KeyDeposit(r.get("id", UUID.class), r.get("key_id", UUID.class), r.get("depositor_name", String.class),
                r.get("depositor_phone", String.class), r.get("authorization_ref", String.class), r.get("valid_until", LocalDate.class),
                Arrays.asList(r.get("allowed_roles", String[].class)), r.get("allowed_contractor", String.class),
                r.get("owner_contact", String.class), r.get("note", String.class), r.get("deposited_at", OffsetDateTime.class),
                r.get("received_by", UUID.class), r.get("received_by_name", String.class));
    }
}
