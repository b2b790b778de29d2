package dev.steward.api.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Token buckets per key held in memory by this instance: the public survey page's limits, and the stand-in for
 * {@link SharedRateLimits} while its store cannot be reached.
 */
@Component
public class RateLimits {

    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {}

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** Seconds until one more request is allowed, or 0 if one is allowed now; consumes nothing. */
    public long secondsUntilAllowed(String key, long capacity, Duration window) {
        long nanos = bucket(key, capacity, window).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos == 0 ? 0 : Math.max(1, (long) Math.ceil(nanos / 1e9));
    }

    public Decision tryConsume(String key, long capacity, Duration window) {
        return decision(bucket(key, capacity, window).tryConsumeAndReturnRemaining(1), capacity, window);
    }

    static Decision decision(ConsumptionProbe probe, long capacity, Duration window) {
        long waitNanos = probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill();
        long reset = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
        if (probe.isConsumed()) {
            long missing = capacity - probe.getRemainingTokens();
            reset = Math.max(0, (long) Math.ceil(missing * (window.toNanos() / (double) capacity) / 1e9));
        }
        return new Decision(probe.isConsumed(), capacity, probe.getRemainingTokens(), reset);
    }

    private Bucket bucket(String key, long capacity, Duration window) {
        return buckets.get(key + "|" + capacity + "|" + window.toSeconds(), k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }
}
