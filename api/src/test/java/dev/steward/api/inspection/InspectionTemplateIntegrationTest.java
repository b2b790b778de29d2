package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.platform.EventStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.Disposable;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Mono;

/** Rubric templates (drafts, publishing, versions that never change) and the live events of inspections. */
class InspectionTemplateIntegrationTest extends InspectionTestSupport {

    @Autowired
    EventStream stream;

    private static Map<String, Object> draft(String name, double weightA, double weightB, double maxDeduction) {
        return Map.of("name", Map.of("zh", name, "en", "Lobby check"), "sections", List.of(
                Map.of("code", "A", "name", Map.of("zh", "大堂", "en", "Lobby"), "weightPercent", weightA, "items", List.of(
                        Map.of("code", "A-1", "name", Map.of("zh", "地面", "en", "Floor"), "kind", "SCORED", "maxPoints", 10, "checkPoints", List.of(
                                Map.of("code", "A-1-1", "text", Map.of("zh", "地面干净", "en", "Floor clean"), "deductionMin", 0.5,
                                        "deductionMax", maxDeduction))))),
                Map.of("code", "B", "name", Map.of("zh", "前台", "en", "Desk"), "weightPercent", weightB, "items", List.of(
                        Map.of("code", "B-1", "name", Map.of("zh", "接待", "en", "Reception"), "kind", "PASS_FAIL", "maxPoints", 5,
                                "checkPoints", List.of(Map.of("code", "B-1-1", "text", Map.of("zh", "主动问好", "en", "Greets first"))))))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorWritesAndPublishesAndVersionsInUseNeverChange() {
        post("manager", "/api/v1/inspection-templates", draft("大堂检查", 60, 40, 2)).expectStatus().isForbidden();
        post("admin", "/api/v1/inspection-templates", draft("大堂检查", 60, 40, 20)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sections[0].items[0].checkPoints[0].deductionMax");

        // A draft whose weights do not add up is saved, but cannot be published.
        EntityExchangeResult<Map> created = post("admin", "/api/v1/inspection-templates", draft("大堂检查", 60, 30, 2))
                .expectStatus().isCreated().expectBody(Map.class).returnResult();
        Map<String, Object> t = created.getResponseBody();
        String id = t.get("id").toString();
        assertThat(t).doesNotContainKey("currentVersion").containsKey("draft");
        as("admin").post().uri("/api/v1/inspection-templates/" + id + "/publish").header("If-Match", created.getResponseHeaders().getETag())
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sections");
        post("supervisor", "/api/v1/inspections", Map.of("projectId", sg(), "templateId", id, "method", "OPEN"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("INSPECTION_TEMPLATE_NOT_PUBLISHED");

        String etag = putDraft(id, created.getResponseHeaders().getETag(), draft("大堂检查", 60, 40, 2));
        Map<String, Object> v1 = publish(id, etag);
        Map<String, Object> current = (Map<String, Object>) v1.get("currentVersion");
        assertThat(current).containsEntry("number", 1).containsEntry("checkPointCount", 2);
        assertThat(v1).doesNotContainKey("draft");
        as("admin").post().uri("/api/v1/inspection-templates/" + id + "/publish").header("If-Match", "\"" + v1.get("version") + "\"")
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("INSPECTION_TEMPLATE_NO_DRAFT");

        // An inspection on version 1; then version 2 changes the floor check's range. The inspection keeps version 1.
        Read x = startWith("supervisor", sg(), id, "OPEN");
        String v2etag = putDraft(id, "\"" + v1.get("version") + "\"", draft("大堂检查（修订）", 50, 50, 1));
        Map<String, Object> v2 = publish(id, v2etag);
        assertThat((Map<String, Object>) v2.get("currentVersion")).containsEntry("number", 2);
        Read still = read("supervisor", x.id());
        assertThat(still.body()).containsEntry("templateVersionNumber", 1);
        assertThat(still.checkPoint("A-1-1")).containsEntry("deductionMax", 2.0);
        // Its answers are checked against version 1 (up to 2 points), not version 2's check points.
        Read answered = saved("supervisor", still, List.of(Map.of("checkPointId", still.checkPoint("A-1-1").get("id"), "status", "MISSING",
                "deduction", 2)));
        Read fresh = startWith("supervisor", sg(), id, "OPEN");
        save("supervisor", answered, List.of(Map.of("checkPointId", fresh.checkPoint("A-1-1").get("id"), "status", "MET")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("results[0].checkPointId");
        assertThat(get("tech1", "/api/v1/inspection-templates/" + id)).containsEntry("inspectionCount", 2);
    }

    @Test
    void submittingAndRectifyingAreAnnouncedLive() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!stream.isListening() && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(100)).block();
        }
        // One subscription to the stream, replayed to each wait below.
        ConnectableFlux<ServerEventDto> events = as("manager").mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/v1/events/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(ServerEventDto.class).getResponseBody().replay();
        Disposable connection = events.connect();
        Read x = start("supervisor", sg(), "NIGHT_PATROL", "UNANNOUNCED");
        Read done = submitted("supervisor", saved("supervisor", x, answers(x, cp -> "NP-03-2".equals(cp.get("code"))
                ? Map.of("status", "MISSING") : null)));
        ServerEventDto submittedEvent = events.filter(e -> x.id().equals(String.valueOf(e.getInspectionId())))
                .blockFirst(Duration.ofSeconds(20));
        assertThat(submittedEvent).isNotNull();
        assertThat(submittedEvent.getType()).isEqualTo(ServerEventDto.TypeEnum.INSPECTION_SUBMITTED);
        // 照明 40 % and 岗位 30 % in full, 门禁 (30 %) failed: 70.0.
        assertThat(submittedEvent.getGrade()).hasToString("FAIL");

        Map<?, ?> rect = post("supervisor", "/api/v1/inspections/" + x.id() + "/results/" + done.resultOf("NP-03-2").get("id")
                + "/rectification", Map.of("assigneeId", userId("tech2"), "dueAt", inDays(1))).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        ServerEventDto changed = events.filter(e -> rect.get("id").toString().equals(String.valueOf(e.getRectificationId())))
                .blockFirst(Duration.ofSeconds(20));
        assertThat(changed).isNotNull();
        assertThat(changed.getType()).isEqualTo(ServerEventDto.TypeEnum.RECTIFICATION_CHANGED);
        assertThat(changed.getRectificationStatus()).hasToString("OPEN");
        assertThat(String.valueOf(changed.getWorkOrderId())).isEqualTo(rect.get("workOrderId").toString());
        // The owner working the order moves the rectification too (announced from the order's timeline).
        post("tech2", "/api/v1/work-orders/" + rect.get("workOrderId") + "/start", Map.of()).expectStatus().isOk();
        ServerEventDto started = events.filter(e -> rect.get("id").toString().equals(String.valueOf(e.getRectificationId()))
                        && e.getEventType() != null && "STARTED".equals(e.getEventType().getValue()))
                .blockFirst(Duration.ofSeconds(20));
        assertThat(started).isNotNull();
        assertThat(started.getRectificationStatus()).hasToString("OPEN");
        connection.dispose();
    }

    private String putDraft(String id, String etag, Map<String, Object> body) {
        return as("admin").put().uri("/api/v1/inspection-templates/" + id + "/draft").header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseHeaders().getETag();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> publish(String id, String etag) {
        return as("admin").post().uri("/api/v1/inspection-templates/" + id + "/publish").header("If-Match", etag).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
