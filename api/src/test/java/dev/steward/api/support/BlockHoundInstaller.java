package dev.steward.api.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Arms BlockHound once, before any test class runs. Any blocking call on a Reactor or Netty
 * event-loop thread then fails the test that caused it.
 */
public class BlockHoundInstaller implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        BlockHound.builder()
                // The Reactor, Netty and Spring integrations (ServiceLoader) mark their event-loop threads as
                // non-blocking; builder() alone marks no thread at all, so nothing would ever be reported.
                .loadIntegrations()
                // Logback may take a lock while appending; that is not I/O on the loop in practice.
                .allowBlockingCallsInside("ch.qos.logback.classic.Logger", "callAppenders")
                // Jackson builds a type's deserializer once under a short lock; concurrent first requests may wait on it.
                .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer")
                // Netty 4.2's adaptive buffer allocator takes a short StampedLock when concurrent requests grow its magazines.
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines")
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free")
                // Cancelling a timer (a stream's heartbeat interval, when its client goes) removes the task from the
                // scheduler's queue under that queue's short lock; contended, the lock parks for microseconds.
                .allowBlockingCallsInside("java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask", "cancel")
                // Hibernate Validator caches a bean type's constraints once under a segment lock; concurrent first
                // validations of one type may wait on it for microseconds.
                .allowBlockingCallsInside("org.hibernate.validator.internal.util.ConcurrentReferenceHashMap$Segment", "put")
                // Caffeine clears a cache (AnnouncedCache.forgetAll, on a project's or a member's change) and does its
                // maintenance under its short eviction lock; contended, the lock parks for microseconds.
                .allowBlockingCallsInside("com.github.benmanes.caffeine.cache.BoundedLocalCache", "clear")
                .allowBlockingCallsInside("com.github.benmanes.caffeine.cache.BoundedLocalCache", "performCleanUp")
                .install();
    }
}
