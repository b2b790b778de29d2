package dev.steward.api.platform;

import dev.steward.api.contract.EventsApi;
import dev.steward.api.contract.model.ServerEventDto;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SSE stream: the caller's projects' events, plus a heartbeat (the first at once, so the client knows it is
 * connected). Key events only reach those who read every key (not a technician, who sees the keys they hold).
 * With {@code Last-Event-ID} the stream first replays what the client missed ({@link EventReplay}).
 * The stream ends when the instance stops or the client falls too far behind, with a {@code retry:} hint so the
 * client reconnects (to another instance) soon.
 */
@RestController
class EventsController implements EventsApi {

    static final Duration HEARTBEAT = Duration.ofSeconds(25);
    static final Duration RECONNECT = Duration.ofSeconds(1);

    private final ProjectScope scope;
    private final EventStream stream;
    private final StreamSlots slots;
    private final EventReplay replay;
    private final Clock clock;

    EventsController(ProjectScope scope, EventStream stream, StreamSlots slots, EventReplay replay, Clock clock) {
        this.scope = scope;
        this.stream = stream;
        this.slots = slots;
        this.replay = replay;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Flux<ServerEventDto> streamEvents(String lastEventIdHeader, String lastEventId, ServerWebExchange exchange) {
        // Only an event stream is offered: a client that accepts just JSON (or problem details) would otherwise be
        // sent the events as a JSON array that never ends. 406, as a problem.
        List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
        if (!accepted.isEmpty() && accepted.stream().noneMatch(MediaType.TEXT_EVENT_STREAM::isCompatibleWith)) {
            return Flux.error(new NotAcceptableStatusException(List.of(MediaType.TEXT_EVENT_STREAM)));
        }
        Long after = EventReplay.lastEventId(lastEventIdHeader, lastEventId);
        // The generated interface declares the events' type; Spring's SSE writer also takes ServerSentEvent
        // elements, which is how the closing retry hint gets out.
        Flux events = scope.current().flatMapMany(caller -> {
            slots.acquire(caller.userId());
            // Resumed: the missed events first (or a RESYNC), then live ones (EventReplay); else live only.
            Flux<ServerEventDto> relayed = after == null ? stream.events(caller.projectIds()) : replay.resume(caller.projectIds(), after);
            Flux<ServerEventDto> live = Flux.merge(
                    relayed.filter(e -> caller.seesAllKeys() || !isKeyEvent(e))
                            .filter(e -> e.getType() != ServerEventDto.TypeEnum.QUALITY_WARNING || caller.hasAny(QUALITY_READERS))
                            .filter(e -> e.getType() != ServerEventDto.TypeEnum.WEBHOOK_DISABLED || caller.has(Role.ADMIN)),
                    Flux.interval(Duration.ZERO, HEARTBEAT).map(i -> new ServerEventDto(ServerEventDto.TypeEnum.HEARTBEAT,
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))))
                    // A listener that fell too far behind is ended, heartbeat and all (not left connected without
                    // events): the retry hint below tells it to reconnect, and it reloads what it shows.
                    .onErrorResume(EventStream::fellBehind, e -> Flux.empty());
            // The SSE id is the event's number in the log: what the client sends back as Last-Event-ID.
            return live.map(EventsController::sse)
                    .takeUntilOther(stream.closing())
                    .concatWith(Mono.fromSupplier(() -> ServerSentEvent.<ServerEventDto>builder()
                            .retry(RECONNECT).comment("closing: reconnect").build()))
                    .doFinally(signal -> slots.release(caller.userId()));
        });
        return events;
    }

    private static ServerSentEvent<ServerEventDto> sse(ServerEventDto e) {
        ServerSentEvent.Builder<ServerEventDto> sse = ServerSentEvent.builder(e);
        return (e.getId() == null ? sse : sse.id(e.getId().toString())).build();
    }

    /** Who reads the quality picture, and so its warnings (the quality feature's readers). */
    private static final Role[] QUALITY_READERS = {Role.ADMIN, Role.MANAGER, Role.QUALITY_SUPERVISOR, Role.INTEGRATION};

    private static boolean isKeyEvent(ServerEventDto e) {
        return e.getType() == ServerEventDto.TypeEnum.KEY_CHANGED || e.getType() == ServerEventDto.TypeEnum.KEY_OVERDUE;
    }
}
