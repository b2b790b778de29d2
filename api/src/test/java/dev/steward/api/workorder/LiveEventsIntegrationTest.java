package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.StewardApplication;
import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.platform.EventStream;
import dev.steward.api.support.TestDatabase;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Live updates: LISTEN/NOTIFY → SSE, scoped to the reader's projects, from any instance; SLA breaches once each. */
class LiveEventsIntegrationTest extends WorkOrderTestSupport {

    @Autowired
    EventStream stream;

    @Autowired
    SlaBreachJob breachJob;

    @Test
    void aNewOrderReachesTheManagersStreamButNotAnotherProjectsAgent() {
        awaitListening();
        Flux<ServerEventDto> manager = open(as("manager"));
        Flux<ServerEventDto> agent2 = open(as("agent2"));

        Map<String, Object> sgOrder = create("agent", repair(sg(), null, "直播 " + marker()));
        Map<String, Object> jlOrder = create("agent2", repair(jl(), null, "直播 " + marker()));

        ServerEventDto seen = firstAbout(manager, sgOrder);
        assertThat(seen.getType()).isEqualTo(ServerEventDto.TypeEnum.WORK_ORDER_CREATED);
        assertThat(seen.getCode()).isEqualTo(sgOrder.get("code"));

        // agent2's stream skips the SG order: the first work-order event it gets is its own JL order.
        ServerEventDto first = agent2.filter(e -> e.getType() != ServerEventDto.TypeEnum.HEARTBEAT)
                .blockFirst(Duration.ofSeconds(20));
        assertThat(first).isNotNull();
        assertThat(first.getWorkOrderId()).hasToString(jlOrder.get("id").toString());
    }

    @Test
    void changesArriveAsWorkOrderChanged() {
        awaitListening();
        Flux<ServerEventDto> manager = open(as("manager"));
        Map<String, Object> order = create("agent", repair(sg(), null, "变更 " + marker()));
        ok("agent", order.get("id"), "assign", Map.of("assigneeId", userId("tech1")));

        List<ServerEventDto> events = manager.filter(e -> order.get("id").toString().equals(String.valueOf(e.getWorkOrderId())))
                .take(2).collectList().block(Duration.ofSeconds(20));
        assertThat(events).extracting(ServerEventDto::getType)
                .containsExactly(ServerEventDto.TypeEnum.WORK_ORDER_CREATED, ServerEventDto.TypeEnum.WORK_ORDER_CHANGED);
        assertThat(events.get(1).getStatus()).hasToString("ASSIGNED");
    }

    @Test
    void aClientThatDoesNotAcceptAnEventStreamGets406NotAnEndlessJsonArray() {
        for (MediaType only : List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON)) {
            as("manager").get().uri("/api/v1/events/stream").accept(only)
                    .exchange().expectStatus().isEqualTo(406)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("NOT_ACCEPTABLE");
        }
    }

    @Test
    void aStoppedAndRestartedStreamDeliversAgain() {
        // The test framework pauses cached contexts (stop) and resumes them (start): the stream must survive that.
        stream.stop();
        stream.start();
        awaitListening();
        Flux<ServerEventDto> manager = open(as("manager"));
        Map<String, Object> order = create("agent", repair(sg(), null, "重启 " + marker()));
        assertThat(firstAbout(manager, order).getType()).isEqualTo(ServerEventDto.TypeEnum.WORK_ORDER_CREATED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void keyChangesArriveAsKeyChanged() {
        awaitListening();
        Flux<ServerEventDto> manager = open(as("manager"));
        Map<String, Object> key = as("custodian").post().uri("/api/v1/keys").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("projectId", sg(), "code", "SG-L-" + marker().substring(1, 7), "type", "OTHER", "facility", "直播库房"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        ServerEventDto seen = manager.filter(e -> key.get("id").toString().equals(String.valueOf(e.getKeyId())))
                .blockFirst(Duration.ofSeconds(20));
        assertThat(seen).isNotNull();
        assertThat(seen.getType()).isEqualTo(ServerEventDto.TypeEnum.KEY_CHANGED);
        assertThat(seen.getKeyCode()).isEqualTo(key.get("code"));
        assertThat(seen.getKeyEventType()).hasToString("REGISTERED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTechniciansStreamCarriesNoKeyEvents() {
        awaitListening();
        Flux<ServerEventDto> tech = open(as("tech1"));
        Map<String, Object> key = as("custodian").post().uri("/api/v1/keys").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("projectId", sg(), "code", "SG-T-" + marker().substring(1, 7), "type", "OTHER", "facility", "技工库房"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> order = create("agent", repair(sg(), null, "技工 " + marker()));

        // Events arrive in commit order: the key's came first, so the order's being first means it was left out.
        ServerEventDto first = tech.filter(e -> e.getKeyId() != null || order.get("id").toString().equals(String.valueOf(e.getWorkOrderId())))
                .blockFirst(Duration.ofSeconds(20));
        assertThat(first).isNotNull();
        assertThat(first.getKeyId()).as("key %s", key.get("code")).isNull();
        assertThat(first.getWorkOrderId()).hasToString(order.get("id").toString());
    }

    @Test
    void aSecondInstanceDeliversEventsCreatedThroughTheFirst() {
        // Command-line arguments outrank everything, so the second instance uses this test's database only.
        Map<String, Object> props = new HashMap<>(TestDatabase.get().springProperties());
        props.put("steward.database-url", TestDatabase.get().url());
        props.put("server.port", "0");
        props.put("steward.demo-data", "false");
        props.put("steward.sla.breach-scan", "P1D");
        props.put("steward.jwt.key-file", "");
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(StewardApplication.class).run(args)) {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            EventStream secondStream = second.getBean(EventStream.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!secondStream.isListening() && System.nanoTime() < deadline) {
                Mono.delay(Duration.ofMillis(100)).block();
            }
            WebTestClient other = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
            String token = other.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", "manager", "password", "steward-demo"))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                    .get("accessToken").toString();
            Flux<ServerEventDto> onSecond = open(other.mutate().defaultHeader("Authorization", "Bearer " + token).build());

            Map<String, Object> order = create("agent", repair(sg(), null, "双实例 " + marker()));

            ServerEventDto seen = firstAbout(onSecond, order);
            assertThat(seen.getType()).isEqualTo(ServerEventDto.TypeEnum.WORK_ORDER_CREATED);
        }
    }

    @Test
    void eachBreachIsRecordedOnceEvenWhenScansRace() {
        Map<String, Object> order = create("agent", repair(sg(), null, "超时 " + marker()));
        sql("update work_orders set response_due_at = now() - interval '2 minutes' where id = '" + order.get("id") + "'");

        Mono.zip(breachJob.scan(), breachJob.scan()).block(Duration.ofSeconds(20));
        breachJob.scan().block(Duration.ofSeconds(20));

        List<Map<String, Object>> breaches = events("manager", order.get("id")).stream()
                .filter(e -> "SLA_BREACHED".equals(e.get("type"))).toList();
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).get("note")).isEqualTo("RESPONSE");
        assertThat(breaches.get(0).get("actorName")).isEqualTo("系统");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBreachFoundLateIsStampedWithItsOwnTimeNotTheScans() {
        Map<String, Object> order = create("agent", order(sg(), null, "COMPLAINT", "NOISE", "NORMAL", "88 天前的投诉 " + marker()));
        sql("update work_orders set response_due_at = now() - interval '88 days' + interval '8 hours',"
                + " resolution_due_at = now() - interval '85 days' where id = '" + order.get("id") + "'");

        breachJob.scan().block(Duration.ofSeconds(20));

        assertThat(number("select count(*) from work_orders where id = '" + order.get("id") + "'"
                + " and response_breached_at = response_due_at and resolution_breached_at = resolution_due_at")).isEqualTo(1);
        List<Map<String, Object>> breaches = events("manager", order.get("id")).stream()
                .filter(e -> "SLA_BREACHED".equals(e.get("type"))).toList();
        assertThat(breaches).hasSize(2);
        for (Map<String, Object> breach : breaches) {
            assertThat(java.time.OffsetDateTime.parse(breach.get("at").toString()))
                    .isBefore(java.time.OffsetDateTime.now().minusDays(84));
        }

        // The complaint review shows the newest note: the resolution breach, 85 days ago, by the system (its id, for the client's language).
        Map<String, Object> review = as("manager").get().uri("/api/v1/work-orders/complaint-review?projectId=" + sg())
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> item = ((List<Map<String, Object>>) review.get("buckets")).stream()
                .flatMap(b -> ((List<Map<String, Object>>) b.get("items")).stream())
                .filter(i -> order.get("id").equals(i.get("id"))).findFirst().orElseThrow();
        Map<String, Object> note = (Map<String, Object>) item.get("lastNote");
        assertThat(note.get("actorId")).isEqualTo(SlaBreachRepository.SYSTEM_USER.toString());
        assertThat(java.time.OffsetDateTime.parse(note.get("at").toString())).isBefore(java.time.OffsetDateTime.now().minusDays(84));
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!stream.isListening() && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(100)).block();
        }
        assertThat(stream.isListening()).isTrue();
    }

    private static Flux<ServerEventDto> open(WebTestClient client) {
        return client.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/v1/events/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(ServerEventDto.class).getResponseBody();
    }

    private static ServerEventDto firstAbout(Flux<ServerEventDto> events, Map<String, Object> order) {
        ServerEventDto e = events.filter(x -> order.get("id").toString().equals(String.valueOf(x.getWorkOrderId())))
                .blockFirst(Duration.ofSeconds(20));
        assertThat(e).as("an event about " + order.get("code")).isNotNull();
        return e;
    }
}
