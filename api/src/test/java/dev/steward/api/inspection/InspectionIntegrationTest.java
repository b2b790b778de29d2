package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.Races;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Inspections over HTTP: scoring a real rubric, bad input refused whole, who sees and changes what, one submit of two. */
class InspectionIntegrationTest extends InspectionTestSupport {

    /**
     * 客户服务督导评分细则, in JL: CS-01 misses two check points (2 + 1.5), CS-03 one (1), CS-14 经营管理活动 does not apply
     * (no paid services). Internal 45 %: 45 − 4.5 = 40.5 / 45; on-site 40 %: 35 / 35 (CS-14's 5 points leave the
     * maximum); other 15 %: 15 / 15. Total = (45 × 40.5/45 + 40 + 15) ÷ 100 × 100 = 95.5 → EXCELLENT, no team bonus.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theCustomerServiceRubricScoresAsTheSheetSays() {
        Read x = start("supervisor", jl(), "CUSTOMER_SERVICE", "UNANNOUNCED");
        Read done = submitted("supervisor", saved("supervisor", x, workedExample(x)));
        assertThat(done.score()).containsEntry("total", 95.5).containsEntry("grade", "EXCELLENT").containsEntry("teamBonus", false)
                .containsEntry("findingCount", 3).containsEntry("answeredCount", 72).containsEntry("checkPointCount", 72);
        assertThat((Map<String, Object>) done.score().get("consequence")).containsEntry("zh", "奖励：项目经理 1000 元，分管副经理 800 元，部门主任/副主任 600 元");
        List<Map<String, Object>> sections = (List<Map<String, Object>>) done.score().get("sections");
        assertThat(sections).extracting(s -> s.get("code") + " " + s.get("score") + "/" + s.get("max"))
                .containsExactly("CS-INTERNAL 40.5/45.0", "CS-ONSITE 35.0/35.0", "CS-OTHER 15.0/15.0");
        Map<String, Object> listed = ((List<Map<String, Object>>) get("agent2", "/api/v1/inspections?projectId=" + jl() + "&grade=EXCELLENT&limit=200")
                .get("items")).stream().filter(i -> x.id().equals(i.get("id"))).findFirst().orElseThrow();
        assertThat(listed).containsEntry("total", 95.5).containsEntry("findingCount", 3).containsEntry("rectificationCount", 0);
    }

    /** A deduction out of its range, a check point of another version, a repeated one: 400 naming the field, nothing saved. */
    @Test
    void badAnswersAreRefusedWholeAndNamed() {
        Read x = start("supervisor", sg(), "CUSTOMER_SERVICE", "OPEN");
        Read other = start("supervisor", sg(), "FACILITIES", "OPEN");
        Object cs01 = x.checkPoint("CS-01-1").get("id");
        Object cs02 = x.checkPoint("CS-02-1").get("id");   // 0.5–1
        save("supervisor", x, List.of(Map.of("checkPointId", cs01, "status", "MET"),
                Map.of("checkPointId", cs02, "status", "MISSING", "deduction", 1.5))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("results[1].deduction");
        save("supervisor", x, List.of(Map.of("checkPointId", other.checkPoint("FAC-01-1").get("id"), "status", "MET")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("results[0].checkPointId");
        save("supervisor", x, List.of(Map.of("checkPointId", cs01, "status", "MET"), Map.of("checkPointId", cs01, "status", "MISSING",
                "deduction", 1))).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("results[1].checkPointId");
        save("supervisor", x, List.of(Map.of("checkPointId", cs01, "status", "MET", "deduction", 1)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("results[0].deduction");
        save("supervisor", x, List.of(Map.of("checkPointId", cs01, "status", "MISSING")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("results[0].deduction");
        Read tmc = start("supervisor", sg(), "TEN_MUST_CHECKS", "OPEN");
        save("supervisor", tmc, List.of(Map.of("checkPointId", tmc.checkPoint("TMC-01-1").get("id"), "status", "MISSING", "deduction", 1)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("results[0].deduction");
        // Nothing was written: no answer, same version.
        Read after = read("supervisor", x.id());
        assertThat(after.etag()).isEqualTo(x.etag());
        assertThat(after.results()).allSatisfy(r -> assertThat(r).doesNotContainKey("status"));

        // If-Match: missing → 428, stale → 412.
        as("supervisor").put().uri("/api/v1/inspections/" + x.id() + "/results").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("results", List.of())).exchange().expectStatus().isEqualTo(428);
        Read moved = saved("supervisor", x, List.of(Map.of("checkPointId", cs01, "status", "MET")));
        save("supervisor", x, List.of(Map.of("checkPointId", cs02, "status", "MET"))).expectStatus().isEqualTo(412);

        // Submitting with unanswered check points names them.
        submit("supervisor", moved).expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("INSPECTION_INCOMPLETE")
                .jsonPath("$.errors[0].field").isEqualTo("results[CS-01-2]");
        // Another inspector may not touch it.
        save("manager", moved, List.of()).expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("INSPECTION_NOT_YOURS");
    }

    /** Submitted is final: another save or submit is a 409, and the database refuses a change anyway. */
    @Test
    void aSubmittedInspectionNeverChanges() {
        Read x = start("supervisor", sg(), "NIGHT_PATROL", "UNANNOUNCED");
        Read done = submitted("supervisor", saved("supervisor", x, answers(x, cp -> null)));
        assertThat(done.score()).containsEntry("total", 100.0).containsEntry("teamBonus", true);
        save("supervisor", done, List.of(Map.of("checkPointId", done.checkPoint("NP-01-1").get("id"), "status", "MISSING")))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("INSPECTION_SUBMITTED");
        submit("supervisor", done).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("INSPECTION_SUBMITTED");
        // A finding photo after submission is refused too; a result that is not a finding takes no rectification.
        uploadPhoto("supervisor", x.id(), done.resultOf("NP-01-1").get("id"), "BEFORE").expectStatus().isEqualTo(409);
        post("supervisor", "/api/v1/inspections/" + x.id() + "/results/" + done.resultOf("NP-01-1").get("id") + "/rectification",
                Map.of("assigneeId", userId("tech1"), "dueAt", inDays(1))).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_A_FINDING");
    }

    /** Two submits at once with the same ETag: exactly one wins, the other is told it is already submitted. */
    @Test
    void ofTwoParallelSubmitsOneWins() throws Exception {
        Read x = start("supervisor", sg(), "VACANT_UNIT_PATROL", "OPEN");
        Read ready = saved("supervisor", x, answers(x, cp -> "VU-03-1".equals(cp.get("code")) ? Map.of("status", "MISSING") : null));
        token("supervisor");
        List<Integer> statuses = Races.race(2, i -> submit("supervisor", ready).returnResult(String.class).getStatus().value());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        Read after = read("supervisor", x.id());
        assertThat(after.body()).containsEntry("status", "SUBMITTED");
        // Vacant-unit patrol: four sections of 25 %; 漏水 has VU-03 failed (0 / 5) and VU-04 (5 / 5): 87.5.
        assertThat(after.score()).containsEntry("total", 87.5).containsEntry("grade", "GOOD");
    }

    /** One finding, two raises at once: one rectification (and one order); then two PASS re-inspections at once: one 销号. */
    @Test
    void parallelRaisesAndReinspectionsKeepOne() throws Exception {
        Read x = start("supervisor", sg(), "NIGHT_PATROL", "UNANNOUNCED");
        Read done = submitted("supervisor", saved("supervisor", x, answers(x, cp -> "NP-04-2".equals(cp.get("code"))
                ? Map.of("status", "MISSING", "note", "3号巡更点漏打卡") : null)));
        String raise = "/api/v1/inspections/" + x.id() + "/results/" + done.resultOf("NP-04-2").get("id") + "/rectification";
        String tech2 = userId("tech2");
        token("tech2");
        List<Integer> raised = Races.race(2, i -> post("supervisor", raise, Map.of("assigneeId", tech2, "dueAt", inDays(2)))
                .returnResult(String.class).getStatus().value());
        assertThat(raised).containsExactlyInAnyOrder(201, 409);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rects = (List<Map<String, Object>>) get("supervisor", "/api/v1/rectifications?limit=200&inspectionId=" + x.id())
                .get("items");
        assertThat(rects).hasSize(1);
        Map<String, Object> rect = rects.get(0);
        post("tech2", "/api/v1/work-orders/" + rect.get("workOrderId") + "/start", Map.of()).expectStatus().isOk();
        post("tech2", "/api/v1/work-orders/" + rect.get("workOrderId") + "/complete", Map.of("resolution", "已补打卡并培训")).expectStatus().isOk();
        List<Integer> passed = Races.race(2, i -> post("supervisor", "/api/v1/rectifications/" + rect.get("id") + "/reinspection",
                Map.of("result", "PASS")).returnResult(String.class).getStatus().value());
        assertThat(passed).containsExactlyInAnyOrder(200, 409);
        assertThat(get("supervisor", "/api/v1/rectifications/" + rect.get("id"))).containsEntry("status", "CLOSED").containsEntry("closedOnTime", true)
                .extractingByKey("reinspections").asList().hasSize(1);
    }

    /** Drafts only for inspecting roles; submitted ones for every member of the project; another project's is a 404. */
    @Test
    void whoSeesWhat() {
        Read draft = start("supervisor", jl(), "NIGHT_PATROL", "UNANNOUNCED");
        as("agent2").get().uri("/api/v1/inspections/" + draft.id()).exchange().expectStatus().isNotFound();
        as("manager").get().uri("/api/v1/inspections/" + draft.id()).exchange().expectStatus().isOk();
        Read done = submitted("supervisor", saved("supervisor", draft, answers(draft, cp -> null)));
        as("agent2").get().uri("/api/v1/inspections/" + done.id()).exchange().expectStatus().isOk();
        as("tech3").get().uri("/api/v1/inspections/" + done.id()).exchange().expectStatus().isOk();
        as("agent").get().uri("/api/v1/inspections/" + done.id()).exchange().expectStatus().isNotFound();   // SG only
        as("tech1").get().uri("/api/v1/inspections?projectId=" + jl()).exchange().expectStatus().isNotFound();
        // Only inspecting roles start inspections; only ADMIN writes rubrics.
        post("agent", "/api/v1/inspections", Map.of("projectId", sg(), "templateId", template("NIGHT_PATROL"), "method", "OPEN"))
                .expectStatus().isForbidden();
        post("supervisor", "/api/v1/inspections", Map.of("projectId", jl(), "templateId", template("NIGHT_PATROL"), "method", "OPEN",
                "startedAt", inDays(1))).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("startedAt");
    }

    /** A JL rectification, its photos and its order are 404 for SG's staff; the owner must work in the project. */
    @Test
    @SuppressWarnings("unchecked")
    void anotherProjectsRectificationIsNotFound() {
        Read x = start("supervisor", jl(), "TEN_MUST_CHECKS", "OPEN");
        Read done = submitted("supervisor", saved("supervisor", x, answers(x, cp -> "TMC-07-3".equals(cp.get("code"))
                ? Map.of("status", "MISSING", "note", "轿厢警铃无响应") : null)));
        Object result = done.resultOf("TMC-07-3").get("id");
        String raise = "/api/v1/inspections/" + x.id() + "/results/" + result + "/rectification";
        post("supervisor", raise, Map.of("assigneeId", userId("tech1"), "dueAt", inDays(3))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("assigneeId");   // tech1 works in SG only
        post("supervisor", raise, Map.of("assigneeId", userId("tech3"), "dueAt", inDays(-1))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dueAt");
        post("agent2", raise, Map.of("assigneeId", userId("tech3"), "dueAt", inDays(3))).expectStatus().isForbidden();
        Map<String, Object> rect = post("supervisor", raise, Map.of("assigneeId", userId("tech3"), "dueAt", inDays(3), "priority", "HIGH"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        as("agent").get().uri("/api/v1/rectifications/" + rect.get("id")).exchange().expectStatus().isNotFound();
        as("agent").get().uri("/api/v1/inspections/" + x.id() + "/results/" + result + "/attachments").exchange().expectStatus().isNotFound();
        as("agent").get().uri("/api/v1/work-orders/" + rect.get("workOrderId")).exchange().expectStatus().isNotFound();
        as("agent").get().uri("/api/v1/rectifications?projectId=" + jl()).exchange().expectStatus().isNotFound();
        assertThat((List<Map<String, Object>>) get("agent", "/api/v1/rectifications?limit=200").get("items"))
                .noneSatisfy(r -> assertThat(r.get("id")).isEqualTo(rect.get("id")));
        as("agent2").get().uri("/api/v1/rectifications/" + rect.get("id")).exchange().expectStatus().isOk();
        as("tech3").get().uri("/api/v1/inspections/" + x.id() + "/results/" + result + "/attachments").exchange().expectStatus().isOk();
        // Re-inspection photos (AFTER) are for inspecting roles; a technician is refused.
        uploadPhoto("tech3", x.id(), result, "AFTER").expectStatus().isForbidden();
        uploadPhoto("supervisor", x.id(), result, "AFTER").expectStatus().isCreated();
        assertThat(read("agent2", x.id()).resultOf("TMC-07-3")).containsEntry("photoCount", 1);
    }
}
