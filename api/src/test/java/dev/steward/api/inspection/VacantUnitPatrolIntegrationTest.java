package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * 空置房: a daily patrol plan makes one task per vacant unit; the patrol borrows the unit's key with the task as its reason;
 * a leak found raises a REPAIR order for the unit, linked to the finding; the register shows the responsible person,
 * last patrol and open findings.
 */
class VacantUnitPatrolIntegrationTest extends InspectionTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aPatrolBorrowsTheKeyForItsTaskAndALeakRaisesARepairOrder() {
        String sg = sg();
        String manager = userId("manager");
        Map<String, Object> plan = new LinkedHashMap<>(Map.of("projectId", sg, "name", "空置房巡查（每日，测试）", "templateId",
                template("VACANT_UNIT_PATROL"), "level", "CUSTOM", "recurrence", Map.of("frequency", "DAILY"), "vacantUnits", true,
                "inspectorIds", List.of(manager), "dueTime", "23:59"));
        String planId = post("supervisor", "/api/v1/inspection-plans", plan).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id").toString();

        List<Map<String, Object>> register = (List<Map<String, Object>>) get("agent", "/api/v1/vacant-units?limit=200&projectId=" + sg).get("items");
        assertThat(register).isNotEmpty();
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) get("manager", "/api/v1/inspection-tasks?limit=200&planId=" + planId
                + "&dueTo=" + endOfTodayInShanghai()).get("items");
        // Today (the project's day, whatever the UTC date): one task per vacant unit.
        assertThat(tasks).extracting(t -> t.get("unitId")).containsExactlyInAnyOrderElementsOf(register.stream().map(u -> u.get("unitId")).toList());

        // The responsible person: a member of the project; a technician of another project is refused naming the field.
        Map<String, Object> unit = register.stream().filter(u -> "AVAILABLE".equals(u.get("keyStatus"))).findFirst().orElseThrow();
        String unitId = unit.get("unitId").toString();
        as("manager").put().uri("/api/v1/vacant-units/" + unitId + "/responsible").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("userId", userId("tech3"))).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("userId");
        as("agent").put().uri("/api/v1/vacant-units/" + unitId + "/responsible").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("userId", userId("tech1"))).exchange().expectStatus().isForbidden();
        as("manager").put().uri("/api/v1/vacant-units/" + unitId + "/responsible").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("userId", userId("tech1"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.responsibleName").isEqualTo("赵师傅");

        // Borrow the unit's key for the patrol task (custodian issues, manager borrows; the custodian approves).
        Map<String, Object> task = tasks.stream().filter(t -> unitId.equals(t.get("unitId"))).findFirst().orElseThrow();
        Map<String, Object> otherTask = tasks.stream().filter(t -> !unitId.equals(t.get("unitId"))).findFirst().orElseThrow();
        String keyId = unit.get("keyId").toString();
        Map<String, Object> loan = new LinkedHashMap<>(Map.of("borrowerUserId", manager, "purpose", "空置房巡查",
                "dueAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(2).truncatedTo(ChronoUnit.SECONDS).toString(),
                "approvedById", userId("custodian")));
        // Without a reason: refused; another unit's task: refused; the task and a work order both: 400.
        post("custodian", "/api/v1/keys/" + keyId + "/checkouts", loan).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("KEY_WORK_ORDER_REQUIRED");
        loan.put("inspectionTaskId", otherTask.get("id"));
        post("custodian", "/api/v1/keys/" + keyId + "/checkouts", loan).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("KEY_WORK_ORDER_MISMATCH");
        loan.put("inspectionTaskId", task.get("id"));
        loan.put("workOrderId", task.get("id"));
        post("custodian", "/api/v1/keys/" + keyId + "/checkouts", loan).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("inspectionTaskId");
        loan.remove("workOrderId");
        Map<String, Object> checkout = post("custodian", "/api/v1/keys/" + keyId + "/checkouts", loan).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(checkout).containsEntry("inspectionTaskId", task.get("id")).containsEntry("borrowerName", "张经理");

        // The patrol: started from the task, a leak found, submitted.
        Read x = startFromTask("manager", sg, task.get("id"));
        assertThat(x.body()).containsEntry("location", unit.get("label")).containsEntry("taskUnitId", unitId);
        Read done = submitted("manager", saved("manager", x, answers(x, cp -> "VU-03-1".equals(cp.get("code"))
                ? Map.of("status", "MISSING", "note", "卫生间天花渗水") : null)));
        Object resultId = done.resultOf("VU-03-1").get("id");
        Object metId = done.resultOf("VU-01-1").get("id");

        // A MET check point is no finding; the leak raises one REPAIR order for the unit, once.
        post("manager", "/api/v1/inspections/" + x.id() + "/results/" + metId + "/repair-order", Map.of("category", "PLUMBING"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("NOT_A_FINDING");
        post("agent", "/api/v1/inspections/" + x.id() + "/results/" + resultId + "/repair-order", Map.of("category", "PLUMBING"))
                .expectStatus().isForbidden();
        Map<String, Object> repair = post("manager", "/api/v1/inspections/" + x.id() + "/results/" + resultId + "/repair-order",
                Map.of("category", "PLUMBING", "priority", "HIGH", "note", "查楼上管道")).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        post("manager", "/api/v1/inspections/" + x.id() + "/results/" + resultId + "/repair-order", Map.of("category", "PLUMBING"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("REPAIR_ORDER_EXISTS");
        Map<String, Object> order = get("manager", "/api/v1/work-orders/" + repair.get("workOrderId"));
        assertThat(order).containsEntry("type", "REPAIR").containsEntry("unitId", unitId).containsEntry("channel", "INSPECTION")
                .containsEntry("priority", "HIGH");
        assertThat(read("manager", x.id()).resultOf("VU-03-1")).containsEntry("repairWorkOrderId", repair.get("workOrderId"))
                .containsEntry("repairWorkOrderCode", repair.get("workOrderCode"));
        // A finding of an inspection without a unit's task: no unit to repair.
        Read plain = start("supervisor", sg, "VACANT_UNIT_PATROL", "OPEN");
        Read plainDone = submitted("supervisor", saved("supervisor", plain, answers(plain, cp -> "VU-03-1".equals(cp.get("code"))
                ? Map.of("status", "MISSING") : null)));
        post("supervisor", "/api/v1/inspections/" + plain.id() + "/results/" + plainDone.resultOf("VU-03-1").get("id") + "/repair-order",
                Map.of("category", "PLUMBING")).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("FINDING_HAS_NO_UNIT");

        // The register: responsible person, last patrol, one open finding; the task is DONE.
        Map<String, Object> row = ((List<Map<String, Object>>) get("agent", "/api/v1/vacant-units?limit=200&projectId=" + sg).get("items"))
                .stream().filter(u -> unitId.equals(u.get("unitId"))).findFirst().orElseThrow();
        assertThat(row).containsEntry("responsibleName", "赵师傅").containsEntry("openFindings", 1)
                .containsEntry("lastPatrolInspectionId", x.id()).containsEntry("keyStatus", "CHECKED_OUT");
        assertThat(get("manager", "/api/v1/inspection-tasks?limit=200&planId=" + planId + "&unitId=" + unitId + "&status=DONE").get("items"))
                .asList().hasSize(1);
        as("custodian").post().uri("/api/v1/key-checkouts/" + checkout.get("id") + "/return").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("condition", "GOOD")).exchange().expectStatus().isOk();
    }

    @SuppressWarnings("unchecked")
    Read startFromTask(String user, String projectId, Object taskId) {
        var r = post(user, "/api/v1/inspections", Map.of("projectId", projectId, "templateId", template("VACANT_UNIT_PATROL"), "method", "OPEN",
                "taskId", taskId)).expectStatus().isCreated().expectBody(Map.class).returnResult();
        return new Read(r.getResponseBody(), r.getResponseHeaders().getETag());
    }

    /** The project's next midnight (Asia/Shanghai): from 16:00 UTC on, the project's "today" is the next UTC date. */
    private static java.time.OffsetDateTime endOfTodayInShanghai() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        return java.time.LocalDate.now(shanghai).plusDays(1).atStartOfDay(shanghai).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
