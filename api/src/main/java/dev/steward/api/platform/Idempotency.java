package dev.steward.api.platform;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on creates. The key row is inserted in the same transaction as the
 * create itself: a replay returns the stored result; a concurrent duplicate waits on the key's
 * unique index and then replays; the same key with a different body (or endpoint) is a 422.
 * A failed create rolls its key back, so the client may retry with the same key.
 */
@Component
public class Idempotency {

    private static final Logger log = LoggerFactory.getLogger(Idempotency.class);
    static final Duration RETENTION = Duration.ofHours(48);

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final JsonMapper json;

    public Idempotency(DatabaseClient db, TransactionalOperator tx, JsonMapper json) {
        this.db = db;
        this.tx = tx;
        this.json = json;
    }

    public <T> Mono<ResponseEntity<T>> create(ServerWebExchange exchange, String key, Object request, Class<T> type,
            Supplier<Mono<ResponseEntity<T>>> action) {
        if (key == null) {
            return tx.transactional(Mono.defer(action)).switchIfEmpty(Mono.error(DatabaseOutage::outcomeUnknown));
        }
        String hash = hash(exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value() + "\n"
                + json.writeValueAsString(request));
        return userId().flatMap(user -> tx.transactional(db.sql("""
                        insert into idempotency_keys (user_id, idem_key, request_hash, status, body)
                        values ($1, $2, $3, 0, '') on conflict do nothing
                        """)
                .bind(0, user).bind(1, key).bind(2, hash)
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 1
                        ? Mono.defer(action).flatMap(response -> store(user, key, response).thenReturn(response))
                        : replay(user, key, hash, type))))
                // A connection dropped mid-statement can end a result with no row and no error; a create then has
                // nothing to answer, and an empty answer would be a 200 without a body. Say the outcome is unknown.
                .switchIfEmpty(Mono.error(DatabaseOutage::outcomeUnknown));
    }

    private Mono<Long> store(UUID user, String key, ResponseEntity<?> response) {
        URI location = response.getHeaders().getLocation();
        return db.sql("""
                        update idempotency_keys set status = $3, body = $4, location = $5, etag = $6
                        where user_id = $1 and idem_key = $2
                        """)
                .bind(0, user).bind(1, key)
                .bind(2, response.getStatusCode().value())
                .bind(3, json.writeValueAsString(response.getBody()))
                .bind(4, location == null ? "" : location.toString())
                .bind(5, response.getHeaders().getETag() == null ? "" : response.getHeaders().getETag())
                .fetch().rowsUpdated();
    }

    private <T> Mono<ResponseEntity<T>> replay(UUID user, String key, String hash, Class<T> type) {
        return db.sql("select request_hash, status, body, location, etag from idempotency_keys where user_id = $1 and idem_key = $2")
                .bind(0, user).bind(1, key)
                .map((row, meta) -> {
                    if (!hash.equals(row.get("request_hash", String.class))) {
                        throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
                                "Idempotency key reused",
                                "This Idempotency-Key was already used for a different request. Use a new key.");
                    }
                    int status = row.get("status", Integer.class);
                    if (status == 0) {
                        throw ApiException.conflict("IDEMPOTENCY_IN_PROGRESS", "The first request with this key is still running.");
                    }
                    ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).header("Idempotent-Replayed", "true");
                    String location = row.get("location", String.class);
                    if (location != null && !location.isEmpty()) {
                        builder.location(URI.create(location));
                    }
                    String etag = row.get("etag", String.class);
                    if (etag != null && !etag.isEmpty()) {
                        builder.eTag(etag);
                    }
                    return builder.body(json.readValue(row.get("body", String.class), type));
                })
                .one();
    }

    private static Mono<UUID> userId() {
        return ReactiveSecurityContextHolder.getContext()
                .map(ctx -> UUID.fromString(ctx.getAuthentication().getName()))
                .switchIfEmpty(Mono.error(() -> ApiException.unauthorized("UNAUTHENTICATED", "Log in first.")));
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys are kept at least 24 h (here 48 h), then purged; safe to run on every instance. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        db.sql("delete from idempotency_keys where created_at < now() - make_interval(hours => $1)")
                .bind(0, (int) RETENTION.toHours())
                .fetch().rowsUpdated()
                .subscribe(n -> log.debug("Purged {} idempotency keys", n), e -> log.warn("Idempotency purge failed", e));
    }
}
