package dev.steward.api.key;

import dev.steward.api.platform.Sql;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Checkouts (借用登记). At most one open checkout per key is a unique index, not a hope. */
@Repository
class KeyCheckoutRepository {

    private static final String SELECT = """
            select c.*, k.code as key_code, k.type as key_type, coalesce(ku.label, k.facility) as key_label,
                   coalesce(c.borrower_phone, b.phone) as contact_phone, a.display_name as approved_by_name,
                   i.display_name as issued_by_name, r.display_name as returned_to_name, w.code as work_order_code
            from key_checkouts c
            join keys k on k.id = c.key_id
            left join units ku on ku.id = k.unit_id
            left join users b on b.id = c.borrower_user_id
            join users a on a.id = c.approved_by
            join users i on i.id = c.issued_by
            left join users r on r.id = c.returned_to
            left join work_orders w on w.id = c.work_order_id
            """;

    record Query(UUID[] projectIds, UUID keyId, Boolean open, Boolean overdue, UUID borrowerUserId, Boolean late, OffsetDateTime checkedOutFrom,
            OffsetDateTime checkedOutTo, UUID buildingId, Boolean withoutUnit, OffsetDateTime now) {

        Query(UUID[] projectIds, UUID keyId, Boolean open, Boolean overdue, UUID borrowerUserId, OffsetDateTime now) {
            this(projectIds, keyId, open, overdue, borrowerUserId, null, null, null, null, null, now);
        }
    }

    /** Late at {@code $now}: returned after its due time, or still out past it (the quality picture's keysOverdue). */
    static String late(String now) {
        return "(c.returned_at > c.due_at or (c.returned_at is null and c.due_at < " + now + "))";
    }

    /** The key's unit is in the building {@code $?}. */
    static final String IN_BUILDING = "c.key_id in (select kb.id from keys kb join units ub on ub.id = kb.unit_id where ub.building_id = $?)";

    private final DatabaseClient db;

    KeyCheckoutRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<KeyCheckout> find(UUID[] projectIds, UUID id) {
        return db.sql(SELECT + " where c.project_id = any($1) and c.id = $2").bind(0, projectIds).bind(1, id)
                .map(KeyCheckoutRepository::toCheckout).one();
    }

    /** The open checkouts of these keys (one per key at most). */
    Flux<KeyCheckout> open(UUID[] keyIds) {
        return db.sql(SELECT + " where c.key_id = any($1) and c.returned_at is null").bind(0, keyIds)
                .map(KeyCheckoutRepository::toCheckout).all();
    }

    /** Newest first, keyset-paged on (checked_out_at desc, id desc). */
    Flux<KeyCheckout> list(Query q, OffsetDateTime afterAt, UUID afterId, int fetch) {
        Where where = filters(q);
        if (afterAt != null) {
            where.and("(c.checked_out_at, c.id) < ($?, $?)", afterAt, afterId);
        }
        String limit = where.param(fetch);
        return where.bind(db.sql(SELECT + " where " + where.sql() + " order by c.checked_out_at desc, c.id desc limit " + limit))
                .map(KeyCheckoutRepository::toCheckout).all();
    }

    /** The checkouts' change feed, with the list's filters: a return is a change of its checkout. */
    Flux<ChangeFeed.Entry<KeyCheckout>> changes(Query q, ChangeFeed feed, int fetch) {
        return feed.read(db, SELECT, "c", filters(q), fetch, KeyCheckoutRepository::toCheckout);
    }

    private static Where filters(Query q) {
        Where where = new Where();
        where.and("c.project_id = any($?)", (Object) q.projectIds());
        where.andIf(q.keyId(), "c.key_id = $?");
        where.andIf(q.borrowerUserId(), "c.borrower_user_id = $?");
        if (q.open() != null) {
            where.and(q.open() ? "c.returned_at is null" : "c.returned_at is not null");
        }
        if (q.overdue() != null) {
            where.and(q.overdue() ? "(c.returned_at is null and c.due_at < $?)" : "not (c.returned_at is null and c.due_at < $?)", q.now());
        }
        if (q.late() != null) {
            String now = where.param(q.now());
            where.and(q.late() ? late(now) : "not " + late(now));
        }
        where.andIf(q.checkedOutFrom(), "c.checked_out_at >= $?");
        where.andIf(q.checkedOutTo(), "c.checked_out_at < $?");
        where.andIf(q.buildingId(), IN_BUILDING);
        if (q.withoutUnit() != null) {
            // Checkouts of keys to no unit: the quality picture's "none" building.
            where.and(q.withoutUnit() ? "k.unit_id is null" : "k.unit_id is not null");
        }
        return where;
    }

    record NewCheckout(UUID projectId, UUID keyId, UUID borrowerUserId, String borrowerName, String borrowerPhone,
            String borrowerIdLast4, String borrowerCompany, String purpose, UUID workOrderId, boolean emergency,
            String emergencyReason, UUID approvedBy, UUID issuedBy, OffsetDateTime checkedOutAt, OffsetDateTime dueAt, String notes,
            UUID inspectionTaskId) {}

    /** The new checkout's id; empty when the key already has an open checkout (the partial unique index decides). */
    Mono<UUID> insert(NewCheckout c) {
        GenericExecuteSpec spec = db.sql("""
                        insert into key_checkouts (project_id, key_id, borrower_user_id, borrower_name, borrower_phone,
                            borrower_id_last4, borrower_company, purpose, work_order_id, emergency, emergency_reason, approved_by,
                            issued_by, checked_out_at, due_at, notes, inspection_task_id)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                        on conflict (key_id) where returned_at is null do nothing
                        returning id
                        """)
                .bind(0, c.projectId()).bind(1, c.keyId());
        spec = Sql.bindNullable(spec, 2, c.borrowerUserId(), UUID.class);
        spec = spec.bind(3, c.borrowerName());
        spec = Sql.bindNullable(spec, 4, c.borrowerPhone(), String.class);
        spec = Sql.bindNullable(spec, 5, c.borrowerIdLast4(), String.class);
        spec = Sql.bindNullable(spec, 6, c.borrowerCompany(), String.class);
        spec = spec.bind(7, c.purpose());
        spec = Sql.bindNullable(spec, 8, c.workOrderId(), UUID.class);
        spec = spec.bind(9, c.emergency());
        spec = Sql.bindNullable(spec, 10, c.emergencyReason(), String.class);
        spec = spec.bind(11, c.approvedBy()).bind(12, c.issuedBy()).bind(13, c.checkedOutAt()).bind(14, c.dueAt());
        spec = Sql.bindNullable(spec, 15, c.notes(), String.class);
        spec = Sql.bindNullable(spec, 16, c.inspectionTaskId(), UUID.class);
        return spec.map((row, meta) -> row.get("id", UUID.class)).one();
    }

    /** Closes the checkout if it is still open; false when someone else closed it first. */
    Mono<Boolean> close(UUID id, UUID returnedTo, String condition, String notes, OffsetDateTime at) {
        GenericExecuteSpec spec = db.sql("""
                        update key_checkouts set returned_at = $2, returned_to = $3, condition = $4,
                                                 notes = coalesce($5, notes)
                        where id = $1 and returned_at is null
                        """)
                .bind(0, id).bind(1, at).bind(2, returnedTo).bind(3, condition);
        return Sql.bindNullable(spec, 4, notes, String.class).fetch().rowsUpdated().map(n -> n == 1);
    }

    private static KeyCheckout toCheckout(Readable r) {
        return new KeyCheckout(r.get("id", UUID.class), r.get("key_id", UUID.class), r.get("key_code", String.class),
                r.get("key_type", String.class), r.get("key_label", String.class), r.get("project_id", UUID.class),
                r.get("borrower_user_id", UUID.class), r.get("borrower_name", String.class), r.get("contact_phone", String.class), r.get("borrower_id_last4", String.class),
                r.get("borrower_company", String.class), r.get("purpose", String.class), r.get("work_order_id", UUID.class),
                r.get("work_order_code", String.class), Boolean.TRUE.equals(r.get("emergency", Boolean.class)),
                r.get("emergency_reason", String.class), r.get("approved_by", UUID.class), r.get("approved_by_name", String.class),
                r.get("issued_by", UUID.class), r.get("issued_by_name", String.class), r.get("checked_out_at", OffsetDateTime.class),
                r.get("due_at", OffsetDateTime.class), r.get("returned_at", OffsetDateTime.class), r.get("returned_to", UUID.class),
                r.get("returned_to_name", String.class), r.get("condition", String.class), r.get("notes", String.class),
                r.get("inspection_task_id", UUID.class));
    }
}
