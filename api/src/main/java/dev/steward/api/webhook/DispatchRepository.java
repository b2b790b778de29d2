package dev.steward.api.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dispatcher's statements. Taking deliveries is one statement (FOR UPDATE SKIP LOCKED, then the lease committed), so
 * instances never take the same one; only the taker (its claim token) may record the outcome.
 */
@Repository
class DispatchRepository {

    /** A delivery taken for one attempt, with what is needed to send it. */
    record Taken(UUID id, UUID claim, int attempts, UUID subscriptionId, UUID eventId, String url, String secret,
            String previousSecret, OffsetDateTime previousUntil, String payload) {}

    /** A subscription's run of failures after an attempt was recorded. */
    record Streak(UUID subscriptionId, int failures, OffsetDateTime failingSince, boolean active, OffsetDateTime now) {}

    private final DatabaseClient db;

    DispatchRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Up to {@code limit} due deliveries of active subscriptions, leased to {@code claim} for {@code lease}. */
    Flux<Taken> take(int limit, Duration lease, UUID claim) {
        return db.sql("""
                        with due as (
                            select d.id from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
                            where d.status = 'PENDING' and d.next_attempt_at <= now() and s.active
                            order by d.next_attempt_at
                            limit $1
                            for update of d skip locked)
                        update webhook_deliveries d
                        set next_attempt_at = now() + $2 * interval '1 millisecond', claim = $3, attempts = d.attempts + 1,
                            last_attempt_at = now()
                        from due, webhook_subscriptions s, webhook_events e
                        where d.id = due.id and s.id = d.subscription_id and e.id = d.event_id
                        returning d.id, d.attempts, d.subscription_id, d.event_id, s.url, s.secret, s.previous_secret,
                                  s.previous_until, e.payload::text as payload
                        """)
                .bind(0, limit).bind(1, lease.toMillis()).bind(2, claim)
                .map((row, meta) -> new Taken(row.get("id", UUID.class), claim, row.get("attempts", Integer.class),
                        row.get("subscription_id", UUID.class), row.get("event_id", UUID.class), row.get("url", String.class),
                        row.get("secret", String.class), row.get("previous_secret", String.class),
                        row.get("previous_until", OffsetDateTime.class), row.get("payload", String.class)))
                .all();
    }

    /** Delivered: the delivery is done and the subscription's run of failures ends. */
    Mono<Void> delivered(Taken t, WebhookSender.Outcome o) {
        return db.sql("""
                        with d as (
                            update webhook_deliveries set status = 'DELIVERED', delivered_at = now(), claim = null,
                                   last_status = $3, last_duration_ms = $4, last_error = null
                            where id = $1 and claim = $2
                            returning subscription_id)
                        update webhook_subscriptions s set failures = 0, failing_since = null
                        from d where s.id = d.subscription_id and s.failures > 0
                        """)
                .bind(0, t.id()).bind(1, t.claim()).bind(2, o.status()).bind(3, (int) o.millis())
                .fetch().rowsUpdated().then();
    }

    /**
     * Failed: tried again after {@code wait}, or given up (FAILED) when that would be more than {@code maxAge} after the
     * delivery was made. Returns the subscription's run of failures (empty if the lease was lost meanwhile).
     */
    Mono<Streak> failed(Taken t, WebhookSender.Outcome o, Duration wait, Duration maxAge) {
        var spec = db.sql("""
                        with d as (
                            update webhook_deliveries
                            set status = case when created_at + $5 * interval '1 millisecond' < now() + $6 * interval '1 millisecond'
                                              then 'FAILED' else 'PENDING' end,
                                next_attempt_at = now() + $6 * interval '1 millisecond', claim = null,
                                last_status = $3, last_duration_ms = $4, last_error = $7
                            where id = $1 and claim = $2
                            returning subscription_id)
                        update webhook_subscriptions s set failures = s.failures + 1, failing_since = coalesce(s.failing_since, now())
                        from d where s.id = d.subscription_id
                        returning s.id, s.failures, s.failing_since, s.active, now() as now
                        """)
                .bind(0, t.id()).bind(1, t.claim());
        spec = o.status() == null ? spec.bindNull(2, Integer.class) : spec.bind(2, o.status());
        return spec.bind(3, (int) o.millis()).bind(4, maxAge.toMillis()).bind(5, wait.toMillis()).bind(6, o.error())
                .map((row, meta) -> new Streak(row.get("id", UUID.class), row.get("failures", Integer.class),
                        row.get("failing_since", OffsetDateTime.class), Boolean.TRUE.equals(row.get("active", Boolean.class)),
                        row.get("now", OffsetDateTime.class)))
                .one();
    }

    /** Disables a subscription that keeps failing; true if this call did (not already disabled). */
    Mono<Boolean> disable(UUID subscriptionId, String reason) {
        return db.sql("""
                        update webhook_subscriptions set active = false, disabled_reason = $2, disabled_at = now(),
                               version = version + 1, updated_at = now()
                        where id = $1 and active
                        returning project_ids
                        """)
                .bind(0, subscriptionId).bind(1, reason)
                .map((row, meta) -> row.get("project_ids", UUID[].class))
                .one()
                .flatMap(projects -> announceDisabled(subscriptionId, projects).thenReturn(true))
                .defaultIfEmpty(false);
    }

    /** WEBHOOK_DISABLED on the live stream of each of its projects (relayed to ADMINs only). */
    private Mono<Void> announceDisabled(UUID subscriptionId, UUID[] projects) {
        return db.sql("""
                        select count(steward_announce(json_build_object('type', 'WEBHOOK_DISABLED', 'projectId', p,
                               'webhookId', $1::uuid, 'at', now())))
                        from unnest($2::uuid[]) p
                        """)
                .bind(0, subscriptionId).bind(1, projects).fetch().rowsUpdated().then();
    }

    /** Removes events (and their deliveries) older than {@code age} that nothing waits to deliver. */
    Mono<Long> purge(Duration age) {
        return db.sql("""
                        delete from webhook_events e
                        where e.created_at < now() - $1 * interval '1 millisecond'
                          and not exists (select 1 from webhook_deliveries d where d.event_id = e.id and d.status = 'PENDING')
                        """)
                .bind(0, age.toMillis()).fetch().rowsUpdated();
    }
}
