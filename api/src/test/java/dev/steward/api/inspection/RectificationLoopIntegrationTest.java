package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality loop over HTTP: a failed check → a rectification order → done by the technician → re-inspection FAIL →
 * a new deadline → done again → PASS → 销号; the register, the rates and the order's timeline follow each step.
 */
class RectificationLoopIntegrationTest extends InspectionTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aFindingIsRectifiedReinspectedAndClosed() {
        String project = sg();
        Read x = start("supervisor", project, "TEN_MUST_CHECKS", "OPEN");
        assertThat(x.body()).containsEntry("status", "DRAFT").containsEntry("inspectorName", "吴督导");
        assertThat(x.body().get("code").toString()).matches("SG-QI-\\d{8}-\\d{2}");
        assertThat(x.results()).hasSize(x.checkPoints().size()).allSatisfy(r -> assertThat(r).doesNotContainKey("status"));

        // The fire-escape check fails (十必查 is pass/fail: the whole area scores 0), with a photo as found.
        Map<String, Object> failing = x.resultOf("TMC-02-3");
        uploadPhoto("supervisor", x.id(), failing.get("id"), "BEFORE").expectStatus().isCreated();
        Read answered = saved("supervisor", x, answers(x, cp -> cp.get("code").equals("TMC-02-3")
                ? Map.of("status", "MISSING", "note", "2栋消防通道堆放纸箱") : null));
        assertThat(answered.score()).containsEntry("provisional", true).containsEntry("total", 90.0).containsEntry("grade", "GOOD");
        Read done = submitted("supervisor", answered);
        assertThat(done.body()).containsEntry("status", "SUBMITTED").containsKey("submittedAt");
        assertThat(done.score()).containsEntry("provisional", false).containsEntry("total", 90.0).containsEntry("findingCount", 1);
        Map<String, Object> finding = done.resultOf("TMC-02-3");
        assertThat(finding).containsEntry("photoCount", 1).containsEntry("note", "2栋消防通道堆放纸箱");

        // Raise the rectification for tech1, due in 2 days: a RECTIFICATION work order, linked both ways.
        String tech1 = userId("tech1");
        Map<String, Object> rect = post("supervisor", "/api/v1/inspections/" + x.id() + "/results/" + finding.get("id") + "/rectification",
                Map.of("assigneeId", tech1, "dueAt", inDays(2), "note", "清理杂物，张贴禁止堆放标识", "category", "SECURITY"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(rect).containsEntry("status", "OPEN").containsEntry("rounds", 1).containsEntry("ownerId", tech1)
                .containsEntry("sectionCode", "TMC-PEOPLE").containsEntry("checkPointCode", "TMC-02-3").containsEntry("overdue", false)
                .containsEntry("workOrderStatus", "ASSIGNED").containsEntry("inspectionCode", x.body().get("code"));
        assertThat((int) rect.get("daysLeft")).isBetween(1, 2);
        String orderId = rect.get("workOrderId").toString();
        Map<String, Object> order = get("tech1", "/api/v1/work-orders/" + orderId);
        assertThat(order).containsEntry("type", "RECTIFICATION").containsEntry("channel", "INSPECTION").containsEntry("assigneeId", tech1)
                .containsEntry("rectificationId", rect.get("id")).containsEntry("category", "SECURITY");
        assertThat(order.get("title").toString()).startsWith("整改：消防安全管理");
        assertThat(read("supervisor", x.id()).resultOf("TMC-02-3")).extractingByKey("rectification")
                .satisfies(r -> assertThat((Map<String, Object>) r).containsEntry("id", rect.get("id")).containsEntry("workOrderId", orderId));
        post("supervisor", "/api/v1/inspections/" + x.id() + "/results/" + finding.get("id") + "/rectification",
                Map.of("assigneeId", tech1, "dueAt", inDays(2))).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("RECTIFICATION_EXISTS");

        // Re-inspecting before the work is done is refused.
        post("supervisor", "/api/v1/rectifications/" + rect.get("id") + "/reinspection", Map.of("result", "PASS"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("RECTIFICATION_NOT_DONE");

        // The technician works it as any order.
        work("tech1", orderId, "已清理杂物");
        assertThat(register(project, "&status=AWAITING_REINSPECTION")).extracting(r -> r.get("id")).contains(rect.get("id"));

        // FAIL needs a new deadline; with one the order goes back to its owner, a second round.
        post("supervisor", "/api/v1/rectifications/" + rect.get("id") + "/reinspection", Map.of("result", "FAIL", "note", "标识未张贴"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("newDueAt");
        Map<String, Object> failed = post("supervisor", "/api/v1/rectifications/" + rect.get("id") + "/reinspection",
                Map.of("result", "FAIL", "note", "标识未张贴", "newDueAt", inDays(3))).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(failed).containsEntry("status", "OPEN").containsEntry("rounds", 2).containsEntry("workOrderStatus", "REOPENED");
        assertThat((List<Map<String, Object>>) failed.get("reinspections")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("result", "FAIL").containsEntry("round", 1).containsEntry("inspectorName", "吴督导"));
        assertThat(failed.get("dueAt")).isNotEqualTo(rect.get("dueAt"));
        assertThat(failed.get("originalDueAt")).isEqualTo(rect.get("originalDueAt"));
        assertThat(get("tech1", "/api/v1/work-orders/" + orderId)).containsEntry("status", "REOPENED").containsEntry("reopenCount", 1);

        // Done again, then PASS: 销号, and the order is closed.
        work("tech1", orderId, "已张贴禁止堆放标识");
        Map<String, Object> closed = post("supervisor", "/api/v1/rectifications/" + rect.get("id") + "/reinspection",
                Map.of("result", "PASS", "note", "复查合格")).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("rounds", 2).containsEntry("workOrderStatus", "CLOSED")
                .containsEntry("closedOnTime", false).containsKey("closedAt");
        post("supervisor", "/api/v1/rectifications/" + rect.get("id") + "/reinspection", Map.of("result", "PASS"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("RECTIFICATION_CLOSED");

        // The order's timeline tells the whole story, naming the finding.
        List<Map<String, Object>> events = (List<Map<String, Object>>) get("manager", "/api/v1/work-orders/" + orderId + "/events").get("items");
        assertThat(events).extracting(e -> e.get("type")).containsExactly("CREATED", "ASSIGNED", "RECTIFICATION_RAISED", "STARTED",
                "COMPLETED", "REINSPECTED", "STARTED", "COMPLETED", "REINSPECTED");
        Map<String, Object> raised = events.get(2);
        assertThat(raised.get("note").toString()).contains(x.body().get("code").toString()).contains("TMC-02-3").contains("疏散通道");
        assertThat((List<Map<String, Object>>) raised.get("changes")).extracting(c -> c.get("field") + "=" + c.get("to"))
                .contains("inspectionId=" + x.id(), "rectificationId=" + rect.get("id"), "checkPointCode=TMC-02-3");
        assertThat(events.get(5)).containsEntry("fromStatus", "COMPLETED").containsEntry("toStatus", "REOPENED");
        assertThat(events.get(8)).containsEntry("toStatus", "CLOSED");

        // The register and the rates follow: this one is raised and closed, not on time (it took a second round).
        assertThat(register(project, "&status=CLOSED&sectionCode=TMC-PEOPLE")).extracting(r -> r.get("id")).contains(rect.get("id"));
        assertThat(register(project, "&status=OPEN")).extracting(r -> r.get("id")).doesNotContain(rect.get("id"));
        Map<String, Object> summary = get("manager", "/api/v1/rectifications/summary?projectId=" + project + "&from="
                + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(1).withNano(0));
        Map<String, Object> totals = (Map<String, Object>) summary.get("totals");
        assertThat((int) totals.get("raised")).isGreaterThanOrEqualTo(1);
        assertThat((int) totals.get("closed")).isGreaterThanOrEqualTo(1);
        assertThat((List<Map<String, Object>>) summary.get("byOwner")).anySatisfy(o -> assertThat(o).containsEntry("ownerId", tech1));
        assertThat((List<Map<String, Object>>) summary.get("bySection")).anySatisfy(s -> assertThat(s).containsEntry("sectionCode", "TMC-PEOPLE"));
    }

    private void work(String tech, String orderId, String resolution) {
        post(tech, "/api/v1/work-orders/" + orderId + "/start", Map.of()).expectStatus().isOk();
        post(tech, "/api/v1/work-orders/" + orderId + "/complete", Map.of("resolution", resolution)).expectStatus().isOk();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> register(String project, String filters) {
        return (List<Map<String, Object>>) get("manager", "/api/v1/rectifications?limit=200&projectId=" + project + filters).get("items");
    }
}
