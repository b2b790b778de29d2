package dev.steward.api.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
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
 *
 * <p>The per-request budget ({@link #tryConsumeRequest}) is checked against a bucket kept in memory between
 * synchronisations (Bucket4j's delaying optimisation): the store is written when a client has taken 1 % of its
 * budget (at most {@value #MAX_UNSYNCED} tokens) or {@link #MAX_UNSYNCED_DELAY} has passed since the last write. So a
 * busy client costs one store round trip per few dozen requests instead of one each, and N instances may together
 * let through at most N × 1 % more than the budget in a window. Budgets under 100 a window stay exact. Login and
 * survey-answer limits always use the store directly (few requests, and exactness matters there).
 */
@Component
public class SharedRateLimits implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimits.class);
    private static final int THREADS = 4;
    static final long MAX_UNSYNCED = 50;
    static final Duration MAX_UNSYNCED_DELAY = Duration.ofMillis(500);

    private final HikariDataSource dataSource;
    private final ProxyManager<String> buckets;
    private final Scheduler scheduler = Schedulers.newBoundedElastic(THREADS, 10_000, "rate-limits");
    private final RateLimits fallback;
    private final AtomicLong storeDownUntil = new AtomicLong();
    /** The per-request buckets with their unsynchronised state; a client idle for two minutes starts from the store. */
    private final Cache<String, BucketProxy> requestBuckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();

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

    /** Takes one token from a client's per-request budget, synchronised with the store every few requests (see above). */
    public Mono<RateLimits.Decision> tryConsumeRequest(String key, long capacity, Duration window) {
        long unsynced = Math.min(MAX_UNSYNCED, capacity / 100);
        if (unsynced < 1) {
            return tryConsume(key, capacity, window);
        }
        if (System.currentTimeMillis() < storeDownUntil.get()) {
            return Mono.just(local(key, capacity, window, 1));
        }
        return Mono.fromCallable(() -> {
            String id = bucketId(key, capacity, window);
            BucketProxy bucket = requestBuckets.get(id, ignored -> buckets.builder()
                    .withOptimization(Optimizations.delaying(new DelayParameters(unsynced, MAX_UNSYNCED_DELAY)))
                    .build(id, () -> configuration(capacity, window)));
            return RateLimits.decision(bucket.tryConsumeAndReturnRemaining(1), capacity, window);
        }).subscribeOn(scheduler).onErrorResume(e -> storeDown(e, key, capacity, window, 1));
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
            var bucket = buckets.builder().build(bucketId(key, capacity, window), () -> configuration(capacity, window));
            if (tokens == 0) {
                long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                return new RateLimits.Decision(nanos == 0, capacity, 0, seconds(nanos));
            }
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(tokens);
            return RateLimits.decision(probe, capacity, window);
        }).subscribeOn(scheduler).onErrorResume(e -> storeDown(e, key, capacity, window, tokens));
    }

    private Mono<RateLimits.Decision> storeDown(Throwable e, String key, long capacity, Duration window, int tokens) {
        storeDownUntil.set(System.currentTimeMillis() + 1000);
        log.warn("Rate-limit store unavailable, using this instance's limits for a second: {}", e.toString());
        return Mono.just(local(key, capacity, window, tokens));
    }

    private static String bucketId(String key, long capacity, Duration window) {
        return key + "|" + capacity + "|" + window.toSeconds();
    }

    private static BucketConfiguration configuration(long capacity, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
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
