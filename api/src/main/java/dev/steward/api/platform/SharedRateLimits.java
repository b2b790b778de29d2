package dev.steward.api.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Token buckets kept in PostgreSQL through Bucket4j, so every instance draws on the same budget. Bucket4j's
 * PostgreSQL store is JDBC: each check runs on a small bounded scheduler with its own small pool, never on an event
 * loop. If the store cannot be reached the check falls back to this instance's in-memory buckets for a second
 * (the request then meets the outage itself, as a 503, rather than a rate-limit error).
 */
@Component
public class SharedRateLimits implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimits.class);
    private static final int THREADS = 4;

    private final HikariDataSource dataSource;
    private final ProxyManager<String> buckets;
    private final Scheduler scheduler = Schedulers.newBoundedElastic(THREADS, 10_000, "rate-limits");
    private final RateLimits fallback;
    private final AtomicLong storeDownUntil = new AtomicLong();

    public SharedRateLimits(RateLimits fallback, @Value("${spring.flyway.url}") String jdbcUrl,
            @Value("${spring.flyway.user}") String user, @Value("${spring.flyway.password:}") String password) {
        this.fallback = fallback;
        HikariConfig config = new HikariConfig();
        config.setPoolName("rate-limits");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(THREADS);
        config.setMinimumIdle(1);
        // Connections opened for a burst close after 30 s without use (Hikari's default keeps them 10 min).
        config.setIdleTimeout(30_000);
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1);
        this.dataSource = new HikariDataSource(config);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** One check before traffic arrives, so the first request does not pay for the pool and Bucket4j warming up. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        call("warm-up", 1, Duration.ofSeconds(1), 0).block(Duration.ofSeconds(10));
    }

    /** Takes one token from the key's bucket ({@code capacity} per {@code window}, refilled smoothly). */
    public Mono<RateLimits.Decision> tryConsume(String key, long capacity, Duration window) {
        return call(key, capacity, window, 1);
    }

    /** Whether one more token could be taken now, without taking it: the seconds to wait, or 0. */
    public Mono<Long> secondsUntilAllowed(String key, long capacity, Duration window) {
        return call(key, capacity, window, 0).map(d -> d.allowed() ? 0L : d.resetSeconds());
    }

    private Mono<RateLimits.Decision> call(String key, long capacity, Duration window, int tokens) {
        if (System.currentTimeMillis() < storeDownUntil.get()) {
            return Mono.just(local(key, capacity, window, tokens));
        }
        return Mono.fromCallable(() -> {
            BucketConfiguration config = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                    .build();
            var bucket = buckets.builder().withOptimization(Optimizations.batching()).build(key + "|" + capacity + "|" + window.toSeconds(), () -> config);
            if (tokens == 0) {
                long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                return new RateLimits.Decision(nanos == 0, capacity, 0, seconds(nanos));
            }
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(tokens);
            return RateLimits.decision(probe, capacity, window);
        }).subscribeOn(scheduler).onErrorResume(e -> {
            storeDownUntil.set(System.currentTimeMillis() + 1000);
            log.warn("Rate-limit store unavailable, using this instance's limits for a second: {}", e.toString());
            return Mono.just(local(key, capacity, window, tokens));
        });
    }

    private RateLimits.Decision local(String key, long capacity, Duration window, int tokens) {
        if (tokens == 0) {
            long wait = fallback.secondsUntilAllowed(key, capacity, window);
            return new RateLimits.Decision(wait == 0, capacity, 0, wait);
        }
        return fallback.tryConsume(key, capacity, window);
    }

    /** Deletes buckets that have been full for a while (any instance may run it; rows are claimed with SKIP LOCKED). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    Mono<Integer> removeExpired() {
        return Mono.fromCallable(() -> {
            int removed = 0;
            int batch;
            do {
                batch = ((ExpiredEntriesCleaner) buckets).removeExpired(1000);
                removed += batch;
            } while (batch == 1000);
            return removed;
        }).subscribeOn(scheduler).onErrorResume(e -> Mono.just(0));
    }

    private static long seconds(long nanos) {
        return nanos == 0 ? 0 : Math.max(1, (long) Math.ceil(nanos / 1e9));
    }

    @Override
    public void destroy() {
        scheduler.dispose();
        dataSource.close();
    }
}
