package dev.steward.api.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Values read from the database and kept by this instance until the database announces that they changed.
 * Triggers send {@code <topic>:<key>} (or {@code <topic>:*}) on the channel {@code steward_cache} when a change
 * commits ({@link EventStream#cacheChanges}); every instance drops the entry. While the announcements cannot be heard
 * (the listening connection is down) nothing is kept: every read goes to the database, so a value is never older
 * than the last change this instance could hear about. A read that started before a change is not kept.
 *
 * @param <K> the key, as it appears (by {@code toString}) in the announcement
 */
public final class AnnouncedCache<K, V> {

    private final String prefix;
    private final Function<String, K> keyOf;
    private final EventStream events;
    private final Cache<K, V> values;
    /** Counts the changes heard: a read that started before one must not keep what it read. */
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param topic the announcements' topic (the part before ':')
     * @param keyOf the key from an announcement's text (an unreadable one drops everything)
     */
    public AnnouncedCache(EventStream events, String topic, Function<String, K> keyOf, long maximumSize) {
        this.prefix = topic + ":";
        this.keyOf = keyOf;
        this.events = events;
        // A bound in time as well, as a last resort: the announcements are what keeps the entries right.
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(Duration.ofMinutes(10)).build();
        events.cacheChanges().subscribe(this::heard);
    }

    /** The kept value, or the loader's (kept if nothing changed meanwhile). An empty load is not kept. */
    public Mono<V> get(K key, Function<K, Mono<V>> loader) {
        if (!events.isListening()) {
            return loader.apply(key);
        }
        V known = values.getIfPresent(key);
        if (known != null) {
            return Mono.just(known);
        }
        long seen = changes.get();
        return loader.apply(key).doOnNext(value -> {
            if (changes.get() == seen && events.isListening()) {
                values.put(key, value);
            }
        });
    }

    /** Drops the key's value now, for a change this instance makes (the announcement follows at commit). */
    public void forget(K key) {
        changes.incrementAndGet();
        values.invalidate(key);
    }

    /** Drops every value now. */
    public void forgetAll() {
        changes.incrementAndGet();
        values.invalidateAll();
    }

    private void heard(String announcement) {
        if ("*".equals(announcement)) {
            forgetAll();
        } else if (announcement.startsWith(prefix)) {
            String key = announcement.substring(prefix.length());
            if ("*".equals(key)) {
                forgetAll();
                return;
            }
            try {
                forget(keyOf.apply(key));
            } catch (RuntimeException e) {
                forgetAll();
            }
        }
    }
}
