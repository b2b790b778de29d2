package dev.steward.api.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Open live streams on this instance, per user and in all. A stream is a connection to one instance, so the limits
 * are per instance: over the user's limit → 429 (close a tab), over the instance's → 503 (the client or the load
 * balancer tries another instance).
 */
@Component
class StreamSlots {

    /** Seconds a refused client should wait before reconnecting. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final int perUser;
    private final int perInstance;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<UUID, Integer> byUser = new ConcurrentHashMap<>();

    StreamSlots(@Value("${steward.events.max-streams-per-user}") int perUser,
            @Value("${steward.events.max-streams}") int perInstance) {
        this.perUser = perUser;
        this.perInstance = perInstance;
    }

    /** Takes a slot for the user, or throws the problem that refuses the stream; release it with {@link #release}. */
    void acquire(UUID user) {
        if (open.incrementAndGet() > perInstance) {
            open.decrementAndGet();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "TOO_MANY_STREAMS", "Too many live streams",
                    "This instance serves its maximum of " + perInstance + " live streams; reconnect in "
                            + RETRY_AFTER_SECONDS + " s.", List.of(), RETRY_AFTER_SECONDS);
        }
        boolean[] taken = {false};
        byUser.compute(user, (k, n) -> {
            int current = n == null ? 0 : n;
            if (current >= perUser) {
                return n;
            }
            taken[0] = true;
            return current + 1;
        });
        if (!taken[0]) {
            open.decrementAndGet();
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_STREAMS", "Too many live streams",
                    "You have " + perUser + " live streams open on this server; close one (e.g. another tab) first.",
                    List.of(), RETRY_AFTER_SECONDS);
        }
    }

    void release(UUID user) {
        byUser.computeIfPresent(user, (k, n) -> n <= 1 ? null : n - 1);
        open.decrementAndGet();
    }

    int open() {
        return open.get();
    }
}
