package dev.steward.api.platform;

import dev.steward.api.contract.model.ServerEventDto;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live stream resumed after the event a client last received ({@code Last-Event-ID}): the retained events of its
 * projects it missed, then live events, with no gap and no repeat. Live events are subscribed to (and held) before
 * the log is read; the read also takes the database's snapshot, and a held event whose transaction that snapshot
 * sees was in the read (or, on a RESYNC, is in what the client reloads), so it is dropped. Which rows the client
 * missed: see V33 and docs/decisions.md "Resuming the live stream".
 */
@Component
class EventReplay {

    /** Missed events replayed at most; a client that missed more is told to reload (RESYNC). */
    static final int MAX_REPLAY = 10_000;
    private static final Pattern ID = Pattern.compile("[0-9]{1,19}");

    private final DatabaseClient db;
    private final EventStream stream;
    private final JsonMapper json;
    private final Clock clock;

    EventReplay(DatabaseClient db, EventStream stream, JsonMapper json, Clock clock) {
        this.db = db;
        this.stream = stream;
        this.json = json;
        this.clock = clock;
    }

    /** The id to resume after, from the header (which wins) or the query parameter; null when neither is given (or blank). */
    static Long lastEventId(String header, String query) {
        boolean fromHeader = header != null && !header.isBlank();
        String field = fromHeader ? "Last-Event-ID" : "lastEventId";
        String value = fromHeader ? header : query;
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!ID.matcher(v).matches() || v.length() == 19 && v.compareTo(String.valueOf(Long.MAX_VALUE)) > 0) {
            throw ApiException.invalidField(field, "must be the id: of an event of this stream (a whole number)");
        }
        return Long.parseLong(v);
    }

    /** The projects' events after event {@code after}, then live ones. */
    Flux<ServerEventDto> resume(Set<UUID> projectIds, long after) {
        return Flux.defer(() -> {
            // Subscribed before the log is read, so nothing committed meanwhile is missed; held (bounded) until the
            // replay is out. A client that falls behind here ends like one that falls behind live.
            Sinks.Many<EventStream.Announced> held = Sinks.many().unicast()
                    .onBackpressureBuffer(Queues.<EventStream.Announced>get(EventStream.BUFFER).get());
            AtomicBoolean ended = new AtomicBoolean();
            Disposable live = stream.announced(projectIds).subscribe(a -> {
                if (held.tryEmitNext(a).isFailure() && ended.compareAndSet(false, true)) {
                    stream.fellBehind();
                    held.tryEmitError(Exceptions.failWithOverflow("fell behind while the missed events were replayed"));
                }
            }, held::tryEmitError, held::tryEmitComplete);
            return read(projectIds, after)
                    .flatMapMany(r -> Flux.fromIterable(r.events())
                            .concatWith(held.asFlux().filter(a -> !r.sees(a.xid())).map(EventStream.Announced::event)))
                    .doFinally(signal -> live.dispose());
        });
    }

    /** What the read found: the missed events (or a RESYNC) and the snapshot it was read in. */
    private record Replay(List<ServerEventDto> events, long xmin, long xmax, Set<Long> running) {
        /** Whether the read's snapshot saw the transaction's changes (it had ended by then). */
        boolean sees(long xid) {
            return xid < xmin || xid < xmax && !running.contains(xid);
        }
    }

    private Mono<Replay> read(Set<UUID> projectIds, long after) {
        // One statement, so one snapshot: the missed rows, whether event `after` is still kept, and the newest id.
        return db.sql("""
                        with l as (select id, xid, snapshot from live_events where id = $1),
                        s as (select pg_current_snapshot()::text as snap, (select max(id) from live_events) as newest,
                                     exists (select 1 from l) as known)
                        select s.snap, s.newest, s.known, e.id, e.payload::text as payload
                        from s left join lateral (
                            select e.id, e.payload from live_events e join l on e.xid >= pg_snapshot_xmin(l.snapshot)
                            where e.project_id = any($2::uuid[])
                              and ((e.xid = l.xid and e.id > l.id)
                                   or (e.xid <> l.xid and not pg_visible_in_snapshot(e.xid, l.snapshot)))
                            order by e.id
                            limit $3) e on true
                        """)
                .bind(0, after).bind(1, projectIds.toArray(UUID[]::new)).bind(2, MAX_REPLAY + 1)
                .map((row, meta) -> new Object[] {row.get("snap", String.class), row.get("newest", Long.class),
                        row.get("known", Boolean.class), row.get("id", Long.class), row.get("payload", String.class)})
                .all().collectList()
                .map(rows -> {
                    Object[] first = rows.get(0);
                    List<ServerEventDto> events = new ArrayList<>();
                    if (Boolean.TRUE.equals(first[2]) && rows.size() <= MAX_REPLAY) {
                        for (Object[] row : rows) {
                            if (row[3] != null) {
                                events.add(json.readValue((String) row[4], ServerEventDto.class).id((Long) row[3]));
                            }
                        }
                    } else {
                        events.add(resync((Long) first[1]));
                    }
                    return snapshot((String) first[0], events);
                });
    }

    /** RESYNC: the client reloads; its id, when the log has any event, is where it resumes from next time. */
    private ServerEventDto resync(Long newest) {
        return new ServerEventDto(ServerEventDto.TypeEnum.RESYNC, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .id(newest);
    }

    /** A pg_snapshot's text form, "xmin:xmax:xip,xip,...". */
    private static Replay snapshot(String text, List<ServerEventDto> events) {
        String[] parts = text.split(":", -1);
        Set<Long> running = new HashSet<>();
        if (parts.length > 2 && !parts[2].isEmpty()) {
            for (String xip : parts[2].split(",")) {
                running.add(Long.parseLong(xip));
            }
        }
        return new Replay(events, Long.parseLong(parts[0]), Long.parseLong(parts[1]), running);
    }
}
