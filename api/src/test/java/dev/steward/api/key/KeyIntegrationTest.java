package dev.steward.api.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The key ledger end to end: registration, deposits, checkouts and every custody rule, lost keys, roles and scope. */
class KeyIntegrationTest extends KeyTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aCustodianLendsAUnitKeyForAWorkOrderWithAManagersApprovalAndTakesItBack() {
        Map<String, Object> key = availableUnitKey(0);
        String keyId = key.get("id").toString();
        String order = workOrderFor(key.get("unitId").toString());
        assertThat((List<String>) key.get("allowedActions")).contains("CHECK_OUT", "DEPOSIT", "REPORT_LOST");
        assertThat(key.get("maxLoanMinutes")).isEqualTo(240);

        Map<String, Object> out = created("custodian", "/api/v1/keys/" + keyId + "/checkouts",
                checkout(userId("tech1"), userId("manager"), order, 3));
        assertThat(out).containsEntry("borrowerName", "赵师傅").containsEntry("approvedByName", "张经理").containsEntry("issuedByName", "孙保管")
                .containsEntry("open", true).containsEntry("overdue", false).containsEntry("workOrderId", order);
        // Whom to call and what the key opens: the technician's phone from their account, the unit as people say it.
        assertThat(out).containsEntry("borrowerPhone", "13900000004").containsEntry("keyLabel", key.get("unitLabel"));
        assertThat(items("agent", "/api/v1/key-checkouts?keyId=" + keyId).get(0)).containsEntry("borrowerPhone", "139****0004");
        Map<String, Object> held = get("custodian", "/api/v1/keys/" + keyId);
        assertThat(held.get("status")).isEqualTo("CHECKED_OUT");
        assertThat(((Map<String, Object>) held.get("openCheckout")).get("id")).isEqualTo(out.get("id"));
        // The technician now sees the key they hold, and only such keys.
        List<Map<String, Object>> mine = items("tech1", "/api/v1/keys?limit=200");
        assertThat(mine).extracting(k -> k.get("id")).contains(keyId);
        assertThat(mine).allSatisfy(k -> assertThat(((Map<String, Object>) k.get("openCheckout")).get("borrowerName")).isEqualTo("赵师傅"));
        assertThat(get("tech1", "/api/v1/keys/" + keyId).get("allowedActions")).isEqualTo(List.of());

        // A second checkout of the same key: 409.
        post("custodian", "/api/v1/keys/" + keyId + "/checkouts", checkout(userId("tech2"), userId("manager"), order, 2))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_NOT_AVAILABLE");

        Map<String, Object> back = ok("custodian", "/api/v1/key-checkouts/" + out.get("id") + "/return", Map.of("condition", "GOOD"));
        assertThat(back).containsEntry("open", false).containsEntry("condition", "GOOD").containsEntry("returnedToName", "孙保管");
        assertThat(get("custodian", "/api/v1/keys/" + keyId).get("status")).isEqualTo("AVAILABLE");
        post("custodian", "/api/v1/key-checkouts/" + out.get("id") + "/return", Map.of())
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_ALREADY_RETURNED");
        as("tech1").get().uri("/api/v1/keys/" + keyId).exchange().expectStatus().isNotFound();

        List<Map<String, Object>> events = items("custodian", "/api/v1/keys/" + keyId + "/events");
        assertThat(events).extracting(e -> e.get("type")).endsWith("CHECKED_OUT", "RETURNED");
        Map<String, Object> lent = events.get(events.size() - 2);
        assertThat((Map<String, String>) lent.get("details")).containsEntry("borrower", "赵师傅").containsEntry("approvedBy", "张经理");
        assertThat(lent.get("checkoutId")).isEqualTo(out.get("id"));
        // Each entry links to the one before it in the project's chain.
        assertThat(((Number) events.get(events.size() - 1).get("seq")).longValue())
                .isGreaterThan(((Number) lent.get("seq")).longValue());

        List<Map<String, Object>> history = items("manager", "/api/v1/key-checkouts?keyId=" + keyId);
        assertThat(history.get(0).get("id")).isEqualTo(out.get("id"));

        // The loan and the return are on the work order's timeline too, naming the key and the borrower.
        List<Map<String, Object>> timeline = items("agent", "/api/v1/work-orders/" + order + "/events");
        assertThat(timeline).extracting(e -> e.get("type")).contains("KEY_CHECKED_OUT", "KEY_RETURNED");
        assertThat(timeline).filteredOn(e -> "KEY_CHECKED_OUT".equals(e.get("type"))).singleElement()
                .satisfies(e -> assertThat(e.get("note")).isEqualTo(key.get("code") + " · 赵师傅"));
    }

    @Test
    void everyCustodyRuleIsA403NamingIt() {
        Map<String, Object> key = availableUnitKey(1);
        String uri = "/api/v1/keys/" + key.get("id") + "/checkouts";
        String unit = key.get("unitId").toString();
        String order = workOrderFor(unit);
        String tech = userId("tech1");
        String manager = userId("manager");
        rule(uri, checkout(tech, manager, order, 5), "KEY_DUE_TOO_LATE");
        rule(uri, checkout(manager, manager, order, 2), "KEY_APPROVER_IS_BORROWER");
        rule(uri, checkout(tech, userId("agent"), order, 2), "KEY_APPROVER_NOT_AUTHORIZED");
        rule(uri, checkout(tech, userId("tech2"), order, 2), "KEY_APPROVER_NOT_AUTHORIZED");
        rule(uri, checkout(userId("agent"), manager, order, 2), "KEY_BORROWER_NOT_ALLOWED");
        rule(uri, checkout(tech, manager, null, 2), "KEY_WORK_ORDER_REQUIRED");
        rule(uri, checkout(tech, manager, workOrderFor(otherUnit(unit)), 2), "KEY_WORK_ORDER_MISMATCH");
        // An outside person not named in the owner's authorization.
        Map<String, Object> outsider = checkout(null, manager, order, 2);
        outsider.remove("borrowerUserId");
        outsider.put("borrower", Map.of("name", "刘师傅", "phone", "13600000000", "idLast4", "123X", "company", "快修公司"));
        rule(uri, outsider, "KEY_BORROWER_NOT_ALLOWED");

        // An emergency needs no work order, but a reason (400 naming the field).
        Map<String, Object> emergency = checkout(tech, manager, null, 2);
        emergency.put("emergency", true);
        post("custodian", uri, emergency).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("emergencyReason");
        emergency.put("emergencyReason", "楼下漏水，业主联系不上");
        created("custodian", uri, emergency);

        // An expired owner authorization (every 25th demo home key).
        Map<String, Object> expired = key("SG-K-0025");
        rule("/api/v1/keys/" + expired.get("id") + "/checkouts", checkout(tech, manager, workOrderFor(expired.get("unitId").toString()), 2),
                "KEY_NO_VALID_AUTHORIZATION");
        // Equipment-room keys: an outside person only for a work order.
        Map<String, Object> room = newKey("EQUIPMENT_ROOM");
        Map<String, Object> contractor = checkout(null, manager, null, 2);
        contractor.remove("borrowerUserId");
        contractor.put("borrower", Map.of("name", "陈工", "phone", "13600000001", "idLast4", "4321", "company", "电梯维保公司"));
        rule("/api/v1/keys/" + room.get("id") + "/checkouts", contractor, "KEY_BORROWER_NOT_ALLOWED");
        // Bad input names the field; both or neither borrower is a 400.
        Map<String, Object> past = checkout(tech, manager, null, -1);
        post("custodian", "/api/v1/keys/" + room.get("id") + "/checkouts", past).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dueAt");
        Map<String, Object> nobody = checkout(null, manager, null, 2);
        nobody.remove("borrowerUserId");
        post("custodian", "/api/v1/keys/" + room.get("id") + "/checkouts", nobody).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("borrowerUserId");
        // Nothing was written by the refused attempts.
        assertThat(items("custodian", "/api/v1/key-checkouts?keyId=" + room.get("id"))).isEmpty();
        assertThat(items("custodian", "/api/v1/keys/" + room.get("id") + "/events")).extracting(e -> e.get("type"))
                .containsExactly("REGISTERED");
    }

    @Test
    void onlyKeepersIssueKeysIntegrationReadsOtherProjectsAre404() {
        Map<String, Object> room = newKey("COMMON_AREA");
        String uri = "/api/v1/keys/" + room.get("id") + "/checkouts";
        Map<String, Object> body = checkout(userId("tech1"), userId("manager"), null, 2);
        for (String user : List.of("agent", "tech1", "integration")) {
            post(user, uri, body).expectStatus().isForbidden();
        }
        assertThat(get("integration", "/api/v1/keys/" + room.get("id")).get("allowedActions")).isEqualTo(List.of());
        assertThat(get("agent", "/api/v1/keys/" + room.get("id")).get("code")).isEqualTo(room.get("code"));
        as("agent2").get().uri("/api/v1/keys/" + room.get("id")).exchange().expectStatus().isNotFound();
        as("agent2").get().uri("/api/v1/keys?projectId=" + sg()).exchange().expectStatus().isNotFound();
        assertThat(items("agent2", "/api/v1/keys?limit=200")).noneMatch(k -> sg().equals(k.get("projectId")));
        post("agent2", uri, body).expectStatus().isForbidden();
        post("agent", "/api/v1/keys", Map.of("projectId", sg(), "code", "SG-X-1", "type", "OTHER", "facility", "x"))
                .expectStatus().isForbidden();
        // The manager issues too.
        created("manager", uri, checkout(userId("tech1"), userId("custodian"), null, 2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void registeringKeysChecksCodesSlotsAndUnits() {
        Map<String, Object> cabinet = created("custodian", "/api/v1/key-cabinets",
                Map.of("projectId", sg(), "name", "测试柜 " + System.nanoTime(), "slots", 3));
        assertThat(cabinet).containsEntry("usedSlots", 0).containsEntry("keyCount", 0).containsEntry("occupiedSlots", List.of());
        String code = "SG-R-" + System.nanoTime() % 100000;
        Map<String, Object> body = new LinkedHashMap<>(Map.of("projectId", sg(), "code", code.toLowerCase(), "type", "MAILBOX",
                "facility", "信报箱", "cabinetId", cabinet.get("id"), "slot", 2));
        Map<String, Object> first = as("custodian").post().uri("/api/v1/keys").header("Idempotency-Key", "reg-" + code)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(first).containsEntry("code", code).containsEntry("slot", 2).containsEntry("cabinetName", cabinet.get("name"));
        Map<String, Object> replay = as("custodian").post().uri("/api/v1/keys").header("Idempotency-Key", "reg-" + code)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(replay.get("id")).isEqualTo(first.get("id"));
        post("custodian", "/api/v1/keys", body).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_CODE_TAKEN");
        body.put("code", code + "B");
        post("custodian", "/api/v1/keys", body).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_SLOT_TAKEN");
        body.put("slot", 4);
        post("custodian", "/api/v1/keys", body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("slot");
        body.remove("slot");
        post("custodian", "/api/v1/keys", body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("slot");
        post("custodian", "/api/v1/keys", Map.of("projectId", sg(), "code", code + "C", "type", "UNIT"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("unitId");
        post("custodian", "/api/v1/keys", Map.of("projectId", sg(), "code", code + "D", "type", "OTHER"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("facility");

        // Moving it (PATCH with If-Match) is a MOVED entry; a stale version is a 412.
        String etag = as("custodian").get().uri("/api/v1/keys/" + first.get("id")).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
        Map<String, Object> moved = as("custodian").patch().uri("/api/v1/keys/" + first.get("id")).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("slot", 3, "copies", 2)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(moved).containsEntry("slot", 3).containsEntry("copies", 2);
        as("custodian").patch().uri("/api/v1/keys/" + first.get("id")).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("slot", 1)).exchange().expectStatus().isEqualTo(412);
        as("custodian").patch().uri("/api/v1/keys/" + first.get("id")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("slot", 1)).exchange().expectStatus().isEqualTo(428);
        List<Map<String, Object>> events = items("custodian", "/api/v1/keys/" + first.get("id") + "/events");
        assertThat(events).extracting(e -> e.get("type")).containsExactly("REGISTERED", "MOVED", "UPDATED");
        assertThat((Map<String, String>) events.get(1).get("details")).containsEntry("to", cabinet.get("name") + "#3");
        // The cabinet shows which slots hold a key, so the desk can offer a free one.
        Map<String, Object> after = items("custodian", "/api/v1/key-cabinets?projectId=" + sg()).stream()
                .filter(c -> c.get("id").equals(cabinet.get("id"))).findFirst().orElseThrow();
        assertThat(after).containsEntry("occupiedSlots", List.of(3)).containsEntry("usedSlots", 1).containsEntry("keyCount", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLostHomeKeyRaisesALockChangeOrderAndCanBeFoundOrRetired() {
        Map<String, Object> key = availableUnitKey(2);
        Map<String, Object> lost = ok("custodian", "/api/v1/keys/" + key.get("id") + "/report-lost", Map.of("reason", "交接时遗失"));
        assertThat(lost.get("status")).isEqualTo("LOST");
        assertThat((List<String>) lost.get("allowedActions")).containsExactlyInAnyOrder("FOUND", "RETIRE", "DEPOSIT");
        String orderId = lost.get("lockChangeWorkOrderId").toString();
        Map<String, Object> order = get("manager", "/api/v1/work-orders/" + orderId);
        assertThat(order).containsEntry("type", "REPAIR").containsEntry("category", "DOOR_LOCK").containsEntry("priority", "HIGH")
                .containsEntry("unitId", key.get("unitId")).containsEntry("firstResponsibleId", userId("custodian"));
        List<Map<String, Object>> events = items("custodian", "/api/v1/keys/" + key.get("id") + "/events");
        Map<String, Object> last = events.get(events.size() - 1);
        assertThat(last.get("type")).isEqualTo("REPORTED_LOST");
        assertThat((Map<String, String>) last.get("details")).containsEntry("lockChangeWorkOrder", order.get("code").toString());
        post("custodian", "/api/v1/keys/" + key.get("id") + "/checkouts", checkout(userId("tech1"), userId("manager"), null, 1))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_NOT_AVAILABLE");

        Map<String, Object> found = ok("custodian", "/api/v1/keys/" + key.get("id") + "/found", Map.of("note", "在值班室找到"));
        assertThat(found.get("status")).isEqualTo("AVAILABLE");
        ok("custodian", "/api/v1/keys/" + key.get("id") + "/report-lost", Map.of("reason", "再次遗失"));
        Map<String, Object> retired = ok("manager", "/api/v1/keys/" + key.get("id") + "/retire", Map.of("reason", "已换锁"));
        assertThat(retired.get("status")).isEqualTo("RETIRED");
        assertThat(retired).doesNotContainKeys("cabinetId", "slot");
        post("custodian", "/api/v1/keys/" + key.get("id") + "/found", Map.of()).expectStatus().isEqualTo(409);

        // A lost key out on loan closes the loan as lost; common-area keys raise no lock change.
        Map<String, Object> common = newKey("COMMON_AREA");
        Map<String, Object> loan = created("custodian", "/api/v1/keys/" + common.get("id") + "/checkouts",
                checkout(userId("tech2"), userId("manager"), null, 2));
        Map<String, Object> gone = ok("custodian", "/api/v1/keys/" + common.get("id") + "/report-lost", Map.of("reason", "借用人遗失"));
        assertThat(gone).doesNotContainKey("lockChangeWorkOrderId").doesNotContainKey("openCheckout");
        Map<String, Object> closed = items("custodian", "/api/v1/key-checkouts?keyId=" + common.get("id")).get(0);
        assertThat(closed).containsEntry("id", loan.get("id")).containsEntry("open", false).containsEntry("condition", "LOST");
    }

    @Test
    void ownerDepositsNeedAReceiverAndApplyToHomeKeysOnly() {
        Map<String, Object> key = availableUnitKey(3);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("depositorName", "王业主", "depositorPhone", "13812345678",
                "authorizationRef", "WT-2026-0099", "validUntil", "2099-12-31", "allowedRoles", List.of()));
        post("custodian", "/api/v1/keys/" + key.get("id") + "/deposits", body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("allowedRoles");
        body.put("allowedRoles", List.of("TECHNICIAN"));
        body.put("validUntil", "2020-01-01");
        post("custodian", "/api/v1/keys/" + key.get("id") + "/deposits", body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("validUntil");
        body.put("validUntil", "2099-12-31");
        Map<String, Object> deposit = created("custodian", "/api/v1/keys/" + key.get("id") + "/deposits", body);
        assertThat(deposit).containsEntry("valid", true).containsEntry("depositorPhone", "13812345678");
        assertThat(get("agent", "/api/v1/keys/" + key.get("id"))).extractingByKey("deposit")
                .satisfies(d -> assertThat(((Map<?, ?>) d).get("depositorPhone")).isEqualTo("138****5678"));
        post("custodian", "/api/v1/keys/" + newKey("OTHER").get("id") + "/deposits", body).expectStatus().isEqualTo(409);
        post("agent", "/api/v1/keys/" + key.get("id") + "/deposits", body).expectStatus().isForbidden();
    }

    private void rule(String uri, Map<String, Object> body, String code) {
        post("custodian", uri, body).expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo(code);
    }

    @SuppressWarnings("unchecked")
    private String otherUnit(String unitId) {
        List<Map<String, Object>> units = items("manager", "/api/v1/projects/" + sg() + "/units?limit=5");
        return units.stream().map(u -> u.get("id").toString()).filter(id -> !id.equals(unitId)).findFirst().orElseThrow();
    }
}
