package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.WebhookCapture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What each work-order event sends to a webhook: signed, shaped as the contract says, with the order's own values. */
class WorkOrderWebhookPayloadTest extends WorkOrderTestSupport {

    @Autowired
    SlaBreachJob breachJob;

    @Test
    void eachWorkOrderEventSendsWhatTheContractSays() throws Exception {
        try (WebhookCapture hooks = WebhookCapture.subscribe(as("admin"), sg(), List.of("work_order.created",
                "work_order.status_changed", "work_order.sla_breached", "work_order.return_visit_recorded"))) {
            Map<String, Object> order = create("agent", order(sg(), unitId(sg(), 0), "REPAIR", "PLUMBING", "URGENT", "载荷 " + marker()));
            Object id = order.get("id");
            assertThat(hooks.await("work_order.created", d -> id.equals(d.get("workOrderId"))))
                    .containsEntry("projectId", sg()).containsEntry("code", order.get("code")).containsEntry("status", "NEW")
                    .containsEntry("type", "REPAIR").containsEntry("priority", "URGENT").containsEntry("category", "PLUMBING")
                    .containsEntry("title", order.get("title")).containsEntry("unitId", order.get("unitId"));

            ok("agent", id, "assign", Map.of("assigneeId", userId("tech1")));
            assertThat(hooks.await("work_order.status_changed", d -> id.equals(d.get("workOrderId")) && "ASSIGNED".equals(d.get("toStatus"))))
                    .containsEntry("fromStatus", "NEW").containsEntry("status", "ASSIGNED").containsEntry("eventType", "ASSIGNED");

            // The response deadline passes unanswered; the scan records the breach.
            sql("update work_orders set response_due_at = now() - interval '2 minutes' where id = '" + id + "'");
            breachJob.scan().block(Duration.ofSeconds(20));
            assertThat(hooks.await("work_order.sla_breached", d -> id.equals(d.get("workOrderId"))))
                    .containsEntry("deadline", "RESPONSE").containsEntry("code", order.get("code")).containsKey("dueAt");

            ok("tech1", id, "start", Map.of());
            ok("tech1", id, "complete", Map.of("resolution", "更换了阀门"));
            ok("agent", id, "return-visit", Map.of("reached", true, "satisfaction", 2, "comment", "还在滴水"));
            assertThat(hooks.await("work_order.return_visit_recorded", d -> id.equals(d.get("workOrderId"))))
                    .containsEntry("satisfaction", 2).containsEntry("toStatus", "REOPENED").containsEntry("status", "REOPENED");
        }
    }
}
