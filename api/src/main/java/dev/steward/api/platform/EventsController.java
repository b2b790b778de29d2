package dev.steward.api.platform;

import dev.steward.api.contract.EventsApi;
import dev.steward.api.contract.model.ServerEventDto;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;

/**
 * The SSE stream: the caller's projects' events, plus a heartbeat (the first at once, so the client knows it is
 * connected). Key events only reach those who read every key (not a technician, who sees the keys they hold).
 */
@RestController
class EventsController implements EventsApi {

    static final Duration HEARTBEAT = Duration.ofSeconds(25);

    private final ProjectScope scope;
    private final EventStream stream;
    private final Clock clock;

    EventsController(ProjectScope scope, EventStream stream, Clock clock) {
        this.scope = scope;
        this.stream = stream;
        this.clock = clock;
    }

    @Override
    public Flux<ServerEventDto> streamEvents(ServerWebExchange exchange) {
        return scope.current().flatMapMany(caller -> Flux.merge(
                stream.events(caller.projectIds()).filter(e -> caller.seesAllKeys() || !isKeyEvent(e)),
                Flux.interval(Duration.ZERO, HEARTBEAT).map(i -> new ServerEventDto(ServerEventDto.TypeEnum.HEARTBEAT,
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)))));
    }

    private static boolean isKeyEvent(ServerEventDto e) {
        return e.getType() == ServerEventDto.TypeEnum.KEY_CHANGED || e.getType() == ServerEventDto.TypeEnum.KEY_OVERDUE;
    }
}
