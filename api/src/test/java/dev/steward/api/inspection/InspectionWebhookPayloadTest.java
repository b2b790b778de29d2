package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.WebhookCapture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** inspection.submitted, rectification.raised and rectification.reinspected: signed, shaped as the contract says. */
class InspectionWebhookPayloadTest extends InspectionTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theSupervisionLoopIsAnnouncedStepByStep() throws Exception {
        try (WebhookCapture hooks = WebhookCapture.subscribe(as("admin"), sg(),
                List.of("inspection.submitted", "rectification.raised", "rectification.reinspected"))) {
            Read x = start("supervisor", sg(), "TEN_MUST_CHECKS", "OPEN");
            Read answered = saved("supervisor", x, answers(x, cp -> "TMC-02-3".equals(cp.get("code"))
                    ? Map.of("status", "MISSING", "note", "消防通道堆放纸箱") : null));
            Read done = submitted("supervisor", answered);
            Object inspectionId = x.id();
            assertThat(hooks.await("inspection.submitted", d -> inspectionId.equals(d.get("inspectionId"))))
                    .containsEntry("projectId", sg()).containsEntry("code", done.body().get("code"))
                    .containsEntry("total", done.score().get("total")).containsEntry("grade", done.score().get("grade"))
                    .containsEntry("findingCount", 1);

            Map<String, Object> finding = done.resultOf("TMC-02-3");
            Map<String, Object> rect = post("supervisor", "/api/v1/inspections/" + x.id() + "/results/" + finding.get("id")
                    + "/rectification", Map.of("assigneeId", userId("tech1"), "dueAt", inDays(2)))
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            Object rectId = rect.get("id");
            assertThat(hooks.await("rectification.raised", d -> rectId.equals(d.get("rectificationId"))))
                    .containsEntry("inspectionId", inspectionId).containsEntry("workOrderId", rect.get("workOrderId"));

            String orderId = rect.get("workOrderId").toString();
            as("tech1").post().uri("/api/v1/work-orders/" + orderId + "/start").exchange().expectStatus().isOk();
            post("tech1", "/api/v1/work-orders/" + orderId + "/complete", Map.of("resolution", "已清理杂物")).expectStatus().isOk();
            post("supervisor", "/api/v1/rectifications/" + rectId + "/reinspection", Map.of("result", "PASS")).expectStatus().isOk();
            assertThat(hooks.await("rectification.reinspected", d -> rectId.equals(d.get("rectificationId"))))
                    .containsEntry("result", "PASS").containsEntry("workOrderId", orderId).containsEntry("status", "CLOSED");
        }
    }
}
