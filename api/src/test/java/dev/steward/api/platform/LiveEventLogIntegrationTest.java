package dev.steward.api.platform;

import static dev.steward.api.support.LiveStreams.awaitListening;
import static dev.steward.api.support.LiveStreams.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.support.IntegrationTest;
import dev.steward.api.support.LiveStreams;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The live stream's event log (V33): commit-order races, retention, and ids that cannot be resumed from. Events are
 * announced here as the triggers do (steward_announce), as KEY_CHANGED with a key id of the test's own.
 */
class LiveEventLogIntegrationTest extends IntegrationTest {

    private static final String ANNOUNCE = "select steward_announce(json_build_object('type', 'KEY_CHANGED', 'projectId', $1::uuid,"
            + " 'keyId', $2::uuid, 'keyCode', 'LOG-TEST', 'keyEventType', 'REGISTERED', 'at', now()))";

    @Autowired
    EventStream stream;

    @Autowired
    EventLogRetention retention;

    @Autowired
    ConnectionFactory connections;

    @Autowired
    DatabaseClient db;

    @Test
    void anEventWrittenEarlierButCommittedLaterIsReplayedAfterALaterIdTheClientSaw() {
        awaitListening(stream);
        String sg = projectId("manager", "SG");
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        Connection slow = Mono.from(connections.create()).block();
        try {
            Mono.from(slow.beginTransaction()).block();
            long earlyId = announce(slow, sg, early);
            // Another transaction takes a larger id and commits first; the client sees it, then goes away.
            var first = open(as("manager"), null);
            long lateId = db.sql(ANNOUNCE).bind(0, UUID.fromString(sg)).bind(1, late).map(r -> r.get(0, Long.class)).one().block();
            assertThat(lateId).isGreaterThan(earlyId);
            ServerSentEvent<ServerEventDto> seen = first.filter(e -> late.equals(e.data().getKeyId())).blockFirst(Duration.ofSeconds(20));
            assertThat(seen.id()).isEqualTo(String.valueOf(lateId));
            Mono.from(slow.commitTransaction()).block();
        } finally {
            Mono.from(slow.close()).block();
        }

        // Resumed from the larger id: the smaller one, committed after it, is not lost; the seen one is not repeated.
        UUID live = UUID.randomUUID();
        var resumed = open(as("manager"), String.valueOf(idOf(late)));
        db.sql(ANNOUNCE).bind(0, UUID.fromString(sg)).bind(1, live).fetch().rowsUpdated().block();
        List<ServerSentEvent<ServerEventDto>> got = resumed.takeUntil(e -> live.equals(e.data().getKeyId()))
                .collectList().block(Duration.ofSeconds(30));
        assertThat(got).extracting(e -> e.data().getKeyId()).containsSubsequence(early, live).doesNotContain(late)
                .containsOnlyOnce(early, live);
    }

    @Test
    void anIdNoLongerKeptOrNeverGivenOutIsAnsweredWithResyncThenLive() {
        awaitListening(stream);
        String sg = projectId("manager", "SG");
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        db.sql(ANNOUNCE).bind(0, UUID.fromString(sg)).bind(1, old).fetch().rowsUpdated().block();
        db.sql(ANNOUNCE).bind(0, UUID.fromString(sg)).bind(1, recent).fetch().rowsUpdated().block();
        long oldId = idOf(old);
        db.sql("update live_events set at = now() - interval '25 hours' where id = $1").bind(0, oldId).fetch().rowsUpdated().block();

        // The retention job deletes what is older than 24 h, and only that.
        assertThat(retention.purge().block()).isGreaterThanOrEqualTo(1L);
        assertThat(count("select count(*) from live_events where id = " + oldId)).isZero();
        assertThat(count("select count(*) from live_events where id = " + idOf(recent))).isEqualTo(1);
        assertThat(count("select count(*) from live_events where at < now() - interval '24 hours'")).isZero();

        for (String gone : List.of(String.valueOf(oldId), "9000000000000000000")) {
            UUID live = UUID.randomUUID();
            // Kept from the start, so the RESYNC can be waited for first: an event committed before the stream read
            // the log is in what the client reloads and is (rightly) not sent after the RESYNC.
            ConnectableFlux<ServerSentEvent<ServerEventDto>> resumed = open(as("manager"), gone).replay();
            Disposable connection = resumed.connect();
            List<ServerSentEvent<ServerEventDto>> got;
            try {
                assertThat(resumed.blockFirst(Duration.ofSeconds(30)).data().getType()).isEqualTo(ServerEventDto.TypeEnum.RESYNC);
                db.sql(ANNOUNCE).bind(0, UUID.fromString(sg)).bind(1, live).fetch().rowsUpdated().block();
                got = resumed.takeUntil(e -> live.equals(e.data().getKeyId())).collectList().block(Duration.ofSeconds(30));
            } finally {
                connection.dispose();
            }
            ServerSentEvent<ServerEventDto> resync = got.get(0);
            assertThat(resync.data().getType()).as("after %s", gone).isEqualTo(ServerEventDto.TypeEnum.RESYNC);
            // Its id is the newest logged event: where the client resumes from next time.
            assertThat(Long.parseLong(resync.id())).isGreaterThanOrEqualTo(idOf(recent));
            assertThat(got).filteredOn(e -> e.data().getType() == ServerEventDto.TypeEnum.RESYNC).hasSize(1);
            assertThat(got.get(got.size() - 1).data().getKeyId()).isEqualTo(live);
        }
    }

    @Test
    void aMalformedIdIs400NamingTheField() {
        for (String bad : List.of("abc", "-1", "12345678901234567890", "1.5")) {
            LiveStreams.request(as("manager"), "/api/v1/events/stream", bad).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("Last-Event-ID");
        }
        LiveStreams.request(as("manager"), "/api/v1/events/stream?lastEventId=x7", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lastEventId");
        // Empty is no id: a fresh stream (its first event the heartbeat).
        ServerEventDto first = LiveStreams.request(as("manager"), "/api/v1/events/stream?lastEventId=", null).expectStatus().isOk()
                .returnResult(ServerEventDto.class).getResponseBody().blockFirst(Duration.ofSeconds(20));
        assertThat(first.getType()).isEqualTo(ServerEventDto.TypeEnum.HEARTBEAT);
    }

    private long announce(Connection c, String project, UUID key) {
        return Flux.from(c.createStatement(ANNOUNCE).bind("$1", UUID.fromString(project)).bind("$2", key).execute())
                .flatMap(r -> r.map((row, meta) -> row.get(0, Long.class))).single().block();
    }

    private long idOf(UUID key) {
        return count("select id from live_events where payload ->> 'keyId' = '" + key + "'");
    }

    private long count(String query) {
        Number n = db.sql(query).map(row -> (Number) row.get(0)).one().block();
        return n == null ? 0 : n.longValue();
    }
}
