package dev.steward.api.platform;

import dev.steward.api.contract.model.ServerEventDto;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Relays the database's {@code steward_events} notifications (sent by triggers when a change commits)
 * to this instance's SSE clients. Every instance listens, so every client sees every event whichever
 * instance it is connected to. One pooled connection is held for LISTEN and re-opened if it drops.
 */
@Component
public class EventStream implements SmartLifecycle {

    static final String CHANNEL = "steward_events";
    /** Changes to what instances keep ({@link AnnouncedCache}): "<topic>:<key>", sent by V25's triggers. */
    static final String CACHE_CHANNEL = "steward_cache";
    /** Events a subscriber may fall behind before its stream is closed. */
    static final int BUFFER = 256;
    private static final Logger log = LoggerFactory.getLogger(EventStream.class);

    private final ConnectionFactory connections;
    private final JsonMapper json;
    /** Live streams ended because their client fell {@link #BUFFER} events behind (metric {@code steward.events.fell.behind}). */
    private final Counter streamsFellBehind;
    /**
     * Slow subscribers miss events rather than hold up the others (a client catches up by resuming, {@link EventReplay}).
     * A new sink per start: stop() completes the streams (so a graceful shutdown is not held up by them),
     * and a stopped context can be started again (the test framework pauses and resumes cached contexts).
     */
    private volatile Sinks.Many<Announced> sink = newSink();
    /** Fires at stop(): every open stream ends (with a retry hint), so a graceful shutdown is not held up by them. */
    private volatile Sinks.One<Boolean> closing = Sinks.one();
    private volatile boolean listening;
    /** Lives as long as the bean (not per start), so its subscribers keep their subscription across a stop and start. */
    private final Sinks.Many<String> cacheChanges = Sinks.many().multicast().directBestEffort();
    private Disposable subscription;

    public EventStream(ConnectionFactory connections, JsonMapper json, MeterRegistry meters) {
        this.connections = connections;
        this.json = json;
        this.streamsFellBehind = Counter.builder("steward.events.fell.behind")
                .description("Live streams ended because their client fell too many events behind").register(meters);
    }

    /**
     * Events of the given projects, from now on. The relay only filters and queues (never encodes or writes): each
     * subscriber has a bounded buffer drained on a worker thread, and a subscriber that falls {@link #BUFFER} events
     * behind gets an overflow error ({@link #fellBehind}) instead of slowing the relay or holding memory; the stream
     * then ends, and its client reconnects.
     */
    public Flux<ServerEventDto> events(Set<UUID> projectIds) {
        return announced(projectIds).map(Announced::event);
    }

    /** An event as relayed, with the id of the transaction that wrote it (to tell which a replay's snapshot saw). */
    record Announced(long xid, ServerEventDto event) {}

    /** {@link #events} with each event's transaction id. */
    Flux<Announced> announced(Set<UUID> projectIds) {
        return Flux.defer(() -> {
            AtomicBoolean ended = new AtomicBoolean();
            // Counted and logged once, when it happens; the stream ends once its client has taken what was queued.
            return sink.asFlux()
                    .filter(a -> a.event().getProjectId() != null && projectIds.contains(a.event().getProjectId()))
                    .onBackpressureBuffer(BUFFER, dropped -> {
                        if (ended.compareAndSet(false, true)) {
                            fellBehind();
                        }
                    }, BufferOverflowStrategy.ERROR);
        })
                .publishOn(Schedulers.parallel(), 16);
    }

    /** Every project's events, from now on, for a job of this instance (ends when the instance stops). */
    public Flux<ServerEventDto> all() {
        return Flux.defer(() -> sink.asFlux()).map(Announced::event);
    }

    /** Counts and logs a live stream ended because its client fell {@link #BUFFER} events behind. */
    void fellBehind() {
        streamsFellBehind.increment();
        log.info("Closing a live stream that fell {} events behind", BUFFER);
    }

    /** Whether the error is the one a subscriber gets when it falls too far behind. */
    public static boolean fellBehind(Throwable e) {
        return Exceptions.isOverflow(e);
    }

    /** Completes when this instance stops: streams end then, so a deploy is not held up by open connections. */
    public Mono<Boolean> closing() {
        return Mono.defer(() -> closing.asMono());
    }

    /**
     * What changed of the values instances keep, as "<topic>:<key>" ({@link AnnouncedCache}), and "*" every time the
     * listener (re)connects, since changes made while it was away were not heard. Relayed on the listener's thread:
     * subscribers only drop cache entries.
     */
    Flux<String> cacheChanges() {
        return cacheChanges.asFlux();
    }

    /** Whether LISTEN is in place (events committed from now on will be relayed). */
    public boolean isListening() {
        return listening;
    }

    @Override
    public void start() {
        sink = newSink();
        closing = Sinks.one();
        Sinks.Many<Announced> target = sink;
        subscription = Flux.usingWhen(connections.create(), this::listen, Connection::close)
                .doOnError(e -> {
                    listening = false;
                    log.warn("Lost the {} listener, reconnecting: {}", CHANNEL, e.toString());
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30)))
                .subscribe(target::tryEmitNext);
    }

    private Flux<Announced> listen(Connection connection) {
        PostgresqlConnection pg = unwrap(connection);
        return pg.createStatement("LISTEN " + CHANNEL + "; LISTEN " + CACHE_CHANNEL).execute()
                .flatMap(result -> result.getRowsUpdated())
                .then()
                .doOnSuccess(ignored -> {
                    listening = true;
                    cacheChanges.tryEmitNext("*");
                })
                .thenMany(pg.getNotifications())
                // A connection closed without an error must reconnect too: turn the end into an error for retryWhen.
                .concatWith(Flux.error(() -> new IllegalStateException("the listening connection closed")))
                .flatMap(n -> {
                    if (CACHE_CHANNEL.equals(n.getName())) {
                        cacheChanges.tryEmitNext(String.valueOf(n.getParameter()));
                        return Flux.empty();
                    }
                    try {
                        // The notification is the event plus its log id and, for the relay only, its transaction's id.
                        ObjectNode event = (ObjectNode) json.readTree(n.getParameter());
                        JsonNode xid = event.remove("xid");
                        return Flux.just(new Announced(xid == null ? 0 : xid.asLong(), json.treeToValue(event, ServerEventDto.class)));
                    } catch (RuntimeException e) {
                        log.warn("Ignored an unreadable {} payload: {}", CHANNEL, e.getMessage());
                        return Flux.empty();
                    }
                });
    }

    private static Sinks.Many<Announced> newSink() {
        return Sinks.many().multicast().directBestEffort();
    }

    @SuppressWarnings("unchecked")
    private static PostgresqlConnection unwrap(Connection connection) {
        Connection c = connection;
        while (!(c instanceof PostgresqlConnection) && c instanceof Wrapped<?> wrapped) {
            c = ((Wrapped<Connection>) wrapped).unwrap();
        }
        if (c instanceof PostgresqlConnection pg) {
            return pg;
        }
        throw new IllegalStateException("LISTEN needs a PostgreSQL R2DBC connection, got " + connection.getClass());
    }

    /**
     * Ends every open stream, off the shutdown thread: with hundreds of streams, ending them (the retry hint, the
     * last chunk) takes a moment, and the next shutdown phase, the web server's graceful drain, waits for them to
     * finish anyway, within its one time limit ({@code spring.lifecycle.timeout-per-shutdown-phase}). So SIGTERM
     * to exit is bounded by that limit, not by that limit plus the time to end the streams.
     */
    @Override
    public void stop() {
        listening = false;
        if (subscription != null) {
            subscription.dispose();
        }
        Sinks.One<Boolean> ending = closing;
        Sinks.Many<Announced> ended = sink;
        Thread closer = new Thread(() -> {
            ending.tryEmitValue(true);
            ended.tryEmitComplete();
        }, "event-stream-closing");
        closer.setDaemon(true);
        closer.start();
    }

    @Override
    public boolean isRunning() {
        return subscription != null && !subscription.isDisposed();
    }
}
