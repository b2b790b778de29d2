package dev.steward.api.webhook;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Subscriptions, and the deliveries of one as its log shows them. Scoped by the caller's projects. */
@Repository
class SubscriptionRepository {

    private static final String COLUMNS = """
            s.id, s.url, s.description, s.event_types, s.project_ids, s.active, s.disabled_reason, s.disabled_at, s.failures,
            s.failing_since, s.previous_until, s.created_at, s.updated_at, s.version""";
    private static final String DELIVERY_COLUMNS = """
            d.id, d.subscription_id, d.event_id, e.type, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at,
            d.last_status, d.last_duration_ms, d.last_error, d.delivered_at, d.created_at, e.payload::text as payload""";

    private final DatabaseClient db;

    SubscriptionRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Subscription> insert(String url, String description, List<String> types, List<UUID> projects, String secret, UUID by,
            OffsetDateTime now) {
        var spec = db.sql("""
                        insert into webhook_subscriptions as s (id, url, description, event_types, project_ids, secret, created_by,
                                                           created_at, updated_at)
                        values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $7)
                        returning\s""" + COLUMNS)
                .bind(0, url);
        spec = description == null ? spec.bindNull(1, String.class) : spec.bind(1, description);
        return spec.bind(2, types.toArray(String[]::new)).bind(3, projects.toArray(UUID[]::new)).bind(4, secret).bind(5, by)
                .bind(6, now).map((row, meta) -> map(row)).one();
    }

    Mono<Subscription> find(UUID id, UUID[] scope) {
        return db.sql("select " + COLUMNS + " from webhook_subscriptions s where s.id = $1 and s.project_ids <@ $2")
                .bind(0, id).bind(1, scope).map((row, meta) -> map(row)).one();
    }

    /** Newest first, after the cursor's (created_at, id); limit + 1 rows. */
    Flux<Subscription> list(UUID[] scope, OffsetDateTime afterAt, UUID afterId, int limit) {
        var spec = db.sql("select " + COLUMNS + """
                         from webhook_subscriptions s
                        where s.project_ids <@ $1
                          and ($2::timestamptz is null or (s.created_at, s.id) < ($2, $3))
                        order by s.created_at desc, s.id desc
                        limit $4""").bind(0, scope);
        spec = afterAt == null ? spec.bindNull(1, OffsetDateTime.class).bindNull(2, UUID.class)
                : spec.bind(1, afterAt).bind(2, afterId);
        return spec.bind(3, limit + 1).map((row, meta) -> map(row)).all();
    }

    /** Applies the changes if the version is still {@code expected}; empty when it is not (or the row is gone). */
    Mono<Subscription> update(UUID id, long expected, String url, String description, boolean clearDescription,
            List<String> types, List<UUID> projects, Boolean active, OffsetDateTime now) {
        var spec = db.sql("""
                        update webhook_subscriptions s set
                            url = coalesce($3, s.url),
                            description = case when $5 then null else coalesce($4, s.description) end,
                            event_types = coalesce($6, s.event_types),
                            project_ids = coalesce($7, s.project_ids),
                            active = coalesce($8, s.active),
                            disabled_reason = case when $8 is null or $8 = s.active then s.disabled_reason else null end,
                            disabled_at = case when $8 is null or $8 = s.active then s.disabled_at when $8 then null else $9 end,
                            failures = case when $8 and not s.active then 0 else s.failures end,
                            failing_since = case when $8 and not s.active then null else s.failing_since end,
                            updated_at = $9, version = s.version + 1
                        where s.id = $1 and s.version = $2
                        returning\s""" + COLUMNS)
                .bind(0, id).bind(1, expected);
        spec = url == null ? spec.bindNull(2, String.class) : spec.bind(2, url);
        spec = description == null ? spec.bindNull(3, String.class) : spec.bind(3, description);
        spec = spec.bind(4, clearDescription);
        spec = types == null ? spec.bindNull(5, String[].class) : spec.bind(5, types.toArray(String[]::new));
        spec = projects == null ? spec.bindNull(6, UUID[].class) : spec.bind(6, projects.toArray(UUID[]::new));
        spec = active == null ? spec.bindNull(7, Boolean.class) : spec.bind(7, active);
        return spec.bind(8, now).map((row, meta) -> map(row)).one();
    }

    Mono<Long> delete(UUID id) {
        return db.sql("delete from webhook_subscriptions where id = $1").bind(0, id).fetch().rowsUpdated();
    }

    Mono<Subscription> rotate(UUID id, String secret, OffsetDateTime previousUntil, OffsetDateTime now) {
        return db.sql("""
                        update webhook_subscriptions s set previous_secret = s.secret, previous_until = $3, secret = $2,
                               updated_at = $4, version = s.version + 1
                        where s.id = $1
                        returning\s""" + COLUMNS)
                .bind(0, id).bind(1, secret).bind(2, previousUntil).bind(3, now).map((row, meta) -> map(row)).one();
    }

    /** A webhook.test event with one delivery to the subscription; the delivery's id. */
    Mono<UUID> queueTest(Subscription s, String payload) {
        return db.sql("""
                        with e as (
                            insert into webhook_events (type, project_id, payload) values ('webhook.test', $2, $3::jsonb)
                            returning id)
                        insert into webhook_deliveries (subscription_id, event_id, next_attempt_at, created_at)
                        select $1, e.id, clock_timestamp(), clock_timestamp() from e
                        returning id""")
                .bind(0, s.id()).bind(1, s.projectIds().get(0)).bind(2, payload)
                .map((row, meta) -> row.get("id", UUID.class)).one();
    }

    /** A new delivery of the same event to the same subscription; its id (empty when there is no such delivery). */
    Mono<UUID> replay(UUID subscriptionId, UUID deliveryId) {
        return db.sql("""
                        insert into webhook_deliveries (subscription_id, event_id, next_attempt_at, created_at)
                        select d.subscription_id, d.event_id, clock_timestamp(), clock_timestamp()
                        from webhook_deliveries d where d.id = $2 and d.subscription_id = $1
                        returning id""")
                .bind(0, subscriptionId).bind(1, deliveryId).map((row, meta) -> row.get("id", UUID.class)).one();
    }

    Mono<Delivery> delivery(UUID subscriptionId, UUID deliveryId) {
        return db.sql("select " + DELIVERY_COLUMNS + """
                         from webhook_deliveries d join webhook_events e on e.id = d.event_id
                        where d.id = $2 and d.subscription_id = $1""")
                .bind(0, subscriptionId).bind(1, deliveryId).map((row, meta) -> delivery(row)).one();
    }

    Flux<Delivery> deliveries(UUID subscriptionId, String status, OffsetDateTime afterAt, UUID afterId, int limit) {
        var spec = db.sql("select " + DELIVERY_COLUMNS + """
                         from webhook_deliveries d join webhook_events e on e.id = d.event_id
                        where d.subscription_id = $1
                          and ($2::text is null or d.status = $2)
                          and ($3::timestamptz is null or (d.created_at, d.id) < ($3, $4))
                        order by d.created_at desc, d.id desc
                        limit $5""").bind(0, subscriptionId);
        spec = status == null ? spec.bindNull(1, String.class) : spec.bind(1, status);
        spec = afterAt == null ? spec.bindNull(2, OffsetDateTime.class).bindNull(3, UUID.class)
                : spec.bind(2, afterAt).bind(3, afterId);
        return spec.bind(4, limit + 1).map((row, meta) -> delivery(row)).all();
    }

    private static Subscription map(Readable row) {
        return new Subscription(row.get("id", UUID.class), row.get("url", String.class), row.get("description", String.class),
                List.of(row.get("event_types", String[].class)), List.of(row.get("project_ids", UUID[].class)),
                Boolean.TRUE.equals(row.get("active", Boolean.class)), row.get("disabled_reason", String.class),
                row.get("disabled_at", OffsetDateTime.class), row.get("failures", Integer.class),
                row.get("failing_since", OffsetDateTime.class), row.get("previous_until", OffsetDateTime.class),
                row.get("created_at", OffsetDateTime.class), row.get("updated_at", OffsetDateTime.class),
                row.get("version", Long.class), null);
    }

    private static Delivery delivery(Readable row) {
        return new Delivery(row.get("id", UUID.class), row.get("subscription_id", UUID.class), row.get("event_id", UUID.class),
                row.get("type", String.class), row.get("status", String.class), row.get("attempts", Integer.class),
                row.get("next_attempt_at", OffsetDateTime.class), row.get("last_attempt_at", OffsetDateTime.class),
                row.get("last_status", Integer.class), row.get("last_duration_ms", Integer.class),
                row.get("last_error", String.class), row.get("delivered_at", OffsetDateTime.class),
                row.get("created_at", OffsetDateTime.class), row.get("payload", String.class));
    }
}
