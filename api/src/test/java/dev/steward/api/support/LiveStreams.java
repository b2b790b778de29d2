package dev.steward.api.support;

import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.platform.EventStream;
import java.time.Duration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Opening the live stream in tests, as SSE events (with their {@code id:}), fresh or resumed. */
public final class LiveStreams {

    private LiveStreams() {}

    /** Waits until the instance's relay listens, so events committed from now on reach its streams. */
    public static void awaitListening(EventStream stream) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!stream.isListening() && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(100)).block();
        }
        if (!stream.isListening()) {
            throw new AssertionError("the live stream does not listen");
        }
    }

    /** The stream (heartbeats left out), resumed after {@code lastEventId} when it is not null (sent as the header). */
    public static Flux<ServerSentEvent<ServerEventDto>> open(WebTestClient client, String lastEventId) {
        return request(client, "/api/v1/events/stream", lastEventId).expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<ServerEventDto>>() {}).getResponseBody()
                .filter(e -> e.data() != null && e.data().getType() != ServerEventDto.TypeEnum.HEARTBEAT);
    }

    /** GET {@code uri} as an event stream, with {@code Last-Event-ID} when it is not null. */
    public static WebTestClient.ResponseSpec request(WebTestClient client, String uri, String lastEventId) {
        return client.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> {
                    if (lastEventId != null) {
                        h.set("Last-Event-ID", lastEventId);
                    }
                })
                .exchange();
    }
}
