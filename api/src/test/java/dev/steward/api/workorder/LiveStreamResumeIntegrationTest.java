package dev.steward.api.workorder;

import static dev.steward.api.support.LiveStreams.awaitListening;
import static dev.steward.api.support.LiveStreams.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.platform.EventStream;
import dev.steward.api.support.LiveStreams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;

/** Resuming the live stream with Last-Event-ID: what was missed, in order and once, then live; only the caller's projects. */
class LiveStreamResumeIntegrationTest extends WorkOrderTestSupport {

    @Autowired
    EventStream stream;

    @Test
    void eventsMissedWhileAwayAreReplayedInOrderOnceThenLiveContinues() {
        awaitListening(stream);
        String m = marker();
        var first = open(as("manager"), null);
        Map<String, Object> a = create("agent", repair(sg(), null, "续传A " + m));
        ServerSentEvent<ServerEventDto> seenA = first.filter(about(a)).blockFirst(Duration.ofSeconds(20));
        assertThat(seenA).isNotNull();
        assertThat(seenA.id()).as("the SSE id is the event's id").isEqualTo(String.valueOf(seenA.data().getId()));

        // Away: an order is created and assigned.
        Map<String, Object> b = create("agent", repair(sg(), null, "续传B " + m));
        ok("agent", b.get("id"), "assign", Map.of("assigneeId", userId("tech1")));

        var resumed = open(as("manager"), seenA.id());
        Map<String, Object> d = create("agent", repair(sg(), null, "续传D " + m));
        List<ServerSentEvent<ServerEventDto>> got = resumed.takeUntil(about(d)).collectList().block(Duration.ofSeconds(30));

        List<ServerSentEvent<ServerEventDto>> ours = got.stream().filter(about(a).or(about(b)).or(about(d))).toList();
        assertThat(ours).extracting(e -> e.data().getWorkOrderId().toString() + " " + e.data().getType())
                .containsExactly(b.get("id") + " WORK_ORDER_CREATED", b.get("id") + " WORK_ORDER_CHANGED", d.get("id") + " WORK_ORDER_CREATED");
        assertThat(got).extracting(ServerSentEvent::id).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(got).allSatisfy(e -> assertThat(e.id()).isEqualTo(String.valueOf(e.data().getId())));
        assertThat(Long.parseLong(ours.get(0).id())).isGreaterThan(Long.parseLong(seenA.id()));
    }

    @Test
    void anotherProjectsEventsAreNeverReplayed() {
        awaitListening(stream);
        String m = marker();
        var first = open(as("manager"), null);
        Map<String, Object> a = create("agent", repair(sg(), null, "他项A " + m));
        ServerSentEvent<ServerEventDto> seenA = first.filter(about(a)).blockFirst(Duration.ofSeconds(20));
        assertThat(seenA).isNotNull();

        Map<String, Object> sgMissed = create("agent", repair(sg(), null, "他项B " + m));
        Map<String, Object> jlMissed = create("agent2", repair(jl(), null, "他项C " + m));

        // agent2 (JL only) resumes from the same id, by the query parameter: JL's missed order, never SG's.
        var resumed = LiveStreams.request(as("agent2"), "/api/v1/events/stream?lastEventId=" + seenA.id(), null)
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<ServerEventDto>>() {}).getResponseBody()
                .filter(e -> e.data() != null && e.data().getType() != ServerEventDto.TypeEnum.HEARTBEAT);
        Map<String, Object> jlLive = create("agent2", repair(jl(), null, "他项D " + m));
        List<ServerSentEvent<ServerEventDto>> got = resumed.takeUntil(about(jlLive)).collectList().block(Duration.ofSeconds(30));

        assertThat(got).extracting(e -> String.valueOf(e.data().getProjectId())).containsOnly(jl());
        assertThat(got).filteredOn(about(jlMissed)).hasSize(1);
        assertThat(got).filteredOn(about(sgMissed)).isEmpty();
    }

    private static Predicate<ServerSentEvent<ServerEventDto>> about(Map<String, Object> order) {
        return e -> order.get("id").toString().equals(String.valueOf(e.data().getWorkOrderId()));
    }
}
