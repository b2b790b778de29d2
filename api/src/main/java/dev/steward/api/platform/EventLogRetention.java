package dev.steward.api.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes the live stream's logged events once they are older than {@code steward.events.retention} (24 h): a client
 * that comes back later is told to reload (RESYNC). Runs on every instance: a row is deleted once, whichever instance
 * gets there first, and the other finds nothing to do (like the idempotency keys' purge).
 */
@Component
class EventLogRetention {

    private static final Logger log = LoggerFactory.getLogger(EventLogRetention.class);

    private final DatabaseClient db;
    private final Duration retention;

    EventLogRetention(DatabaseClient db, @Value("${steward.events.retention}") Duration retention) {
        this.db = db;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${steward.events.retention-scan}", initialDelayString = "${steward.events.retention-scan}")
    Mono<Long> purge() {
        return db.sql("delete from live_events where at < now() - $1 * interval '1 millisecond'")
                .bind(0, retention.toMillis())
                .fetch().rowsUpdated()
                .doOnNext(n -> {
                    if (n > 0) {
                        log.debug("Deleted {} logged live events older than {}", n, retention);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Deleting old live events failed; will retry: {}", e.toString());
                    return Mono.just(0L);
                });
    }
}
