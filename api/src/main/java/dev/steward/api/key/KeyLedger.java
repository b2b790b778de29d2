package dev.steward.api.key;

import dev.steward.api.platform.Sql;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The custody ledger: append-only, numbered and SHA-256 chained per project by the database (trigger
 * {@code key_events_chain}); this class appends, reads, and re-checks the chain.
 */
@Repository
class KeyLedger {

    /** The hash the first entry of a project links to. */
    static final String GENESIS = "0".repeat(64);
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final DatabaseClient db;
    private final JsonMapper json;

    KeyLedger(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Void> append(KeyEvent.Draft e, UUID actorId, OffsetDateTime at) {
        GenericExecuteSpec spec = db.sql("""
                        insert into key_events (project_id, key_id, type, actor_id, at, checkout_id, stocktake_id, note, details,
                                                prev_hash, hash, seq)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, '', '', 0)
                        """)
                .bind(0, e.projectId());
        spec = Sql.bindNullable(spec, 1, e.keyId(), UUID.class);
        spec = spec.bind(2, e.type()).bind(3, actorId).bind(4, at);
        spec = Sql.bindNullable(spec, 5, e.checkoutId(), UUID.class);
        spec = Sql.bindNullable(spec, 6, e.stocktakeId(), UUID.class);
        spec = Sql.bindNullable(spec, 7, e.note(), String.class);
        spec = Sql.bindNullable(spec, 8, e.details() == null || e.details().isEmpty() ? null : json.writeValueAsString(e.details()),
                String.class);
        return spec.fetch().rowsUpdated().then();
    }

    /** A key's entries, oldest first. */
    Flux<KeyEvent> forKey(UUID projectId, UUID keyId, long afterSeq, int max) {
        return db.sql("""
                        select e.*, e.details::text as details_text, k.code as key_code, u.display_name as actor_name
                        from key_events e join users u on u.id = e.actor_id left join keys k on k.id = e.key_id
                        where e.project_id = $1 and e.key_id = $2 and e.seq > $4
                        order by e.seq
                        limit $3
                        """)
                .bind(0, projectId).bind(1, keyId).bind(2, max).bind(3, afterSeq).map(this::toEvent).all();
    }

    /** One row per entry of the project in order: stored and recomputed hash, and the previous entry's hash and number. */
    record Check(UUID id, long seq, String hash, String prevHash, String recomputed, String previousHash, Long previousSeq) {}

    Flux<Check> chain(UUID projectId) {
        return db.sql("""
                        select e.id, e.seq, e.hash, e.prev_hash, key_event_hash(e) as recomputed,
                               lag(e.hash) over (order by e.seq) as previous_hash, lag(e.seq) over (order by e.seq) as previous_seq
                        from key_events e
                        where e.project_id = $1
                        order by e.seq
                        """)
                .bind(0, projectId)
                .map(r -> new Check(r.get("id", UUID.class), r.get("seq", Long.class), r.get("hash", String.class),
                        r.get("prev_hash", String.class), r.get("recomputed", String.class), r.get("previous_hash", String.class),
                        r.get("previous_seq", Long.class)))
                .all();
    }

    /** The chain's head as the database keeps it: the number and hash of the last entry (empty before the first). */
    Mono<Check> head(UUID projectId) {
        return db.sql("select last_seq, last_hash from key_ledger_heads where project_id = $1").bind(0, projectId)
                .map(r -> new Check(null, r.get("last_seq", Long.class), r.get("last_hash", String.class), null, null, null, null))
                .one();
    }

    private KeyEvent toEvent(Readable r) {
        String details = r.get("details_text", String.class);
        return new KeyEvent(r.get("id", UUID.class), r.get("seq", Long.class), r.get("project_id", UUID.class), r.get("key_id", UUID.class),
                r.get("key_code", String.class), r.get("type", String.class), r.get("actor_id", UUID.class),
                r.get("actor_name", String.class), r.get("at", OffsetDateTime.class), r.get("checkout_id", UUID.class),
                r.get("stocktake_id", UUID.class), r.get("note", String.class),
                details == null ? null : json.readValue(details, DETAILS), r.get("hash", String.class), r.get("prev_hash", String.class));
    }
}
