package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Registration, reads, edits and the whole service loop through the API. */
class WorkOrderIntegrationTest extends WorkOrderTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void anAgentRegistersAnOrderWithCodeSlaFirstResponsibleAndTimeline() {
        String sg = sg();
        String unit = unitId(sg, 7);
        var result = as("agent").post().uri(BASE).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order(sg, unit, "REPAIR", "PLUMBING", "URGENT", "厨房水管爆裂"))
                .exchange().expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody(Map.class).returnResult();
        Map<String, Object> o = result.getResponseBody();
        assertThat(result.getResponseHeaders().getLocation()).hasToString(BASE + "/" + o.get("id"));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(o.get("code").toString()).matches("SG-" + today + "-\\d{4}");
        assertThat(o.get("status")).isEqualTo("NEW");
        assertThat(o.get("firstResponsibleId")).isEqualTo(userId("agent"));
        assertThat(o.get("firstResponsibleName")).isEqualTo("李客服");
        assertThat(o.get("unitId")).isEqualTo(unit);
        assertThat(o.get("unitLabel")).isNotNull();
        assertThat(o).doesNotContainKeys("assigneeId", "reworkOf");
        assertThat(o.get("reporter")).isEqualTo(Map.of("name", "王伟", "phone", "13812345678", "phoneMasked", false));
        assertThat((List<String>) o.get("allowedActions")).containsExactly("EDIT", "ASSIGN", "COMMENT");

        Map<String, Object> sla = (Map<String, Object>) o.get("sla");
        Instant created = OffsetDateTime.parse(o.get("createdAt").toString()).toInstant();
        assertThat(Duration.between(created, OffsetDateTime.parse(sla.get("responseDueAt").toString()).toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(Duration.between(created, OffsetDateTime.parse(sla.get("resolutionDueAt").toString()).toInstant()))
                .isEqualTo(Duration.ofHours(4));
        assertThat(sla).containsEntry("responseBreached", false).containsEntry("resolutionBreached", false)
                .doesNotContainKeys("respondedAt", "completedAt", "closedAt", "returnVisitDueAt");

        List<Map<String, Object>> timeline = events("agent", o.get("id"));
        assertThat(timeline).singleElement().satisfies(e -> {
            assertThat(e.get("type")).isEqualTo("CREATED");
            assertThat(e.get("toStatus")).isEqualTo("NEW");
            assertThat(e.get("actorName")).isEqualTo("李客服");
        });
    }

    @Test
    void aCommonAreaOrderNeedsOnlyALocation() {
        Map<String, Object> o = create("manager", order(sg(), null, "COMPLAINT", "NOISE", "NORMAL", "夜间施工噪音"));
        assertThat(o.get("location")).isEqualTo("3栋大堂");
        assertThat(o).doesNotContainKey("unitId");
        assertThat(o.get("firstResponsibleId")).isEqualTo(userId("manager"));
    }

    @Test
    void invalidRegistrationsAreProblemsNamingTheField() {
        String sg = sg();
        Map<String, Object> noPlace = repair(sg, null, "无位置");
        noPlace.remove("location");
        expect400("agent", noPlace, "unitId");

        expect400("agent", repair(sg, unitId(jl(), 0), "别的项目的房号"), "unitId");
        expect400("agent", order(sg, null, "REPAIR", "TELEPORTER", "NORMAL", "未知类别"), "category");
        expect400("agent", repair(sg, null, "   "), "title");
        expect400("agent", repair(sg, null, "x".repeat(201)), "title");
        Map<String, Object> longDescription = repair(sg, null, "描述太长");
        longDescription.put("description", "长".repeat(4001));
        expect400("agent", longDescription, "description");
        Map<String, Object> extra = repair(sg, null, "多余字段");
        extra.put("status", "CLOSED");
        expect400("agent", extra, "status");
        Map<String, Object> badPhone = repair(sg, null, "电话不对");
        badPhone.put("reporter", Map.of("name", "王伟", "phone", "call me"));
        expect400("agent", badPhone, "reporter.phone");
    }

    @Test
    void onlyTheFrontDeskRegistersAndOnlyInItsProjects() {
        String sg = sg();
        as("tech1").post().uri(BASE).contentType(MediaType.APPLICATION_JSON).bodyValue(repair(sg, null, "维修工不能登记"))
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_ALLOWED");
        as("custodian").post().uri(BASE).contentType(MediaType.APPLICATION_JSON).bodyValue(repair(sg, null, "钥匙管理员不能登记"))
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_ALLOWED");
        as("agent2").post().uri(BASE).contentType(MediaType.APPLICATION_JSON).bodyValue(repair(sg, null, "别的项目"))
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        as("integration").post().uri(BASE).contentType(MediaType.APPLICATION_JSON).bodyValue(repair(sg, null, "只读"))
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("READ_ONLY");
        assertThat(create("admin", repair(sg, null, "管理员登记")).get("status")).isEqualTo("NEW");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIdempotencyKeyReplaysTheFirstOrderAndRejectsAnotherBody() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = repair(sg(), null, "幂等登记 " + key.substring(0, 8));
        Map<String, Object> first = as("agent").post().uri(BASE).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> replay = as("agent").post().uri(BASE).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectHeader().valueEquals(HttpHeaders.LOCATION, BASE + "/" + first.get("id"))
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(replay.get("id")).isEqualTo(first.get("id"));
        assertThat(replay.get("code")).isEqualTo(first.get("code"));
        assertThat(items("agent", "q", key.substring(0, 8))).hasSize(1);

        body.put("title", "另一个标题");
        as("agent").post().uri(BASE).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void reporterPhonesAreFullOnlyOnDetailForTheFrontDesk() {
        String mark = marker();
        Map<String, Object> o = create("agent", repair(sg(), null, "电话 " + mark));
        assertThat((Map<String, Object>) get("manager", o.get("id")).get("reporter")).containsEntry("phone", "13812345678");
        // tech1 sees unassigned new orders of their projects, with the phone masked.
        assertThat((Map<String, Object>) get("tech1", o.get("id")).get("reporter"))
                .containsEntry("phone", "138****5678").containsEntry("phoneMasked", true);
        assertThat((Map<String, Object>) get("integration", o.get("id")).get("reporter")).containsEntry("phone", "138****5678");
        assertThat(items("agent", "q", mark)).singleElement()
                .satisfies(i -> assertThat((Map<String, Object>) i.get("reporter")).containsEntry("phone", "138****5678"));

        // Once the order is theirs, the technician sees the full number, to call on the way; a colleague still does not.
        ok("agent", o.get("id"), "assign", Map.of("assigneeId", userId("tech1")));
        assertThat((Map<String, Object>) get("tech1", o.get("id")).get("reporter"))
                .containsEntry("phone", "13812345678").containsEntry("phoneMasked", false);
        as("tech2").get().uri(BASE + "/" + o.get("id")).exchange().expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void patchNeedsACurrentIfMatchAndChangesOnlyEditableFields() {
        Map<String, Object> o = create("agent", order(sg(), null, "REPAIR", "PLUMBING", "LOW", "卫生间漏水"));
        String path = BASE + "/" + o.get("id");
        String etag = as("agent").get().uri(path).exchange().expectStatus().isOk().returnResult(String.class)
                .getResponseHeaders().getETag();

        as("agent").patch().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "卫生间严重漏水"))
                .exchange().expectStatus().isEqualTo(428).expectBody().jsonPath("$.code").isEqualTo("PRECONDITION_REQUIRED");

        for (String forbidden : List.of("status", "assigneeId", "firstResponsibleId", "code", "reworkOf")) {
            Map<String, Object> body = new HashMap<>(Map.of("title", "改不了"));
            body.put(forbidden, forbidden.equals("status") ? "CLOSED" : UUID.randomUUID().toString());
            as("agent").patch().uri(path).header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.code").isEqualTo("VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo(forbidden);
        }

        String unit = unitId(sg(), 11);
        Map<String, Object> updated = as("agent").patch().uri(path).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "卫生间严重漏水", "priority", "URGENT", "category", "CIVIL", "unitId", unit,
                        "description", "楼下天花板滴水"))
                .exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.ETAG, v -> assertThat(v).isNotEqualTo(etag))
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(updated).containsEntry("title", "卫生间严重漏水").containsEntry("priority", "URGENT")
                .containsEntry("category", "CIVIL").containsEntry("unitId", unit).containsEntry("status", "NEW")
                .containsEntry("firstResponsibleId", o.get("firstResponsibleId")).containsEntry("code", o.get("code"));
        // The new priority moved the SLA, still counted from registration.
        Map<String, Object> sla = (Map<String, Object>) updated.get("sla");
        Instant created = OffsetDateTime.parse(o.get("createdAt").toString()).toInstant();
        assertThat(Duration.between(created, OffsetDateTime.parse(sla.get("responseDueAt").toString()).toInstant()))
                .isEqualTo(Duration.ofMinutes(15));

        as("agent").patch().uri(path).header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "过期的修改")).exchange()
                .expectStatus().isEqualTo(412).expectBody().jsonPath("$.code").isEqualTo("PRECONDITION_FAILED");

        Map<String, Object> edit = events("agent", o.get("id")).get(1);
        assertThat(edit.get("type")).isEqualTo("UPDATED");
        assertThat((List<Map<String, Object>>) edit.get("changes")).extracting(c -> c.get("field"))
                .containsExactlyInAnyOrder("title", "description", "category", "priority", "unitId");
        assertThat((List<Map<String, Object>>) edit.get("changes")).filteredOn(c -> c.get("field").equals("priority"))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("from", "LOW").containsEntry("to", "URGENT"));

        String current = "\"" + updated.get("version") + "\"";
        as("agent").patch().uri(path).header(HttpHeaders.IF_MATCH, current).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitId", unitId(jl(), 0))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("unitId");
        as("tech1").patch().uri(path).header(HttpHeaders.IF_MATCH, current).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "维修工改标题")).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_ALLOWED");
        // Nothing changed: no new version, no timeline entry.
        as("agent").patch().uri(path).header(HttpHeaders.IF_MATCH, current).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "卫生间严重漏水")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, current);
        assertThat(events("agent", o.get("id"))).hasSize(2);

        Map<String, Object> cancelled = ok("manager", o.get("id"), "cancel", Map.of("reason", "住户已自行修好"));
        as("agent").patch().uri(path).header(HttpHeaders.IF_MATCH, "\"" + cancelled.get("version") + "\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "取消后再改")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("WORK_ORDER_NOT_EDITABLE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWholeLoopFromRegistrationToASatisfiedReturnVisit() {
        String tech1 = userId("tech1");
        Map<String, Object> o = create("agent", order(sg(), unitId(sg(), 3), "REPAIR", "ELECTRICAL", "HIGH", "客厅跳闸"));
        Object id = o.get("id");

        Map<String, Object> assigned = ok("agent", id, "assign", Map.of("assigneeId", tech1, "note", "请尽快上门"));
        assertThat(assigned).containsEntry("status", "ASSIGNED").containsEntry("assigneeId", tech1).containsEntry("assigneeName", "赵师傅");
        assertThat((List<String>) get("tech1", id).get("allowedActions")).containsExactly("START", "COMMENT");

        Map<String, Object> started = ok("tech1", id, "start", Map.of());
        assertThat(started.get("status")).isEqualTo("IN_PROGRESS");
        Map<String, Object> sla = (Map<String, Object>) started.get("sla");
        assertThat(sla.get("respondedAt")).isNotNull();
        assertThat((List<String>) started.get("allowedActions")).containsExactly("HOLD", "COMPLETE", "COMMENT");

        assertThat(ok("tech1", id, "hold", Map.of("reason", "等配件")).get("status")).isEqualTo("ON_HOLD");
        Map<String, Object> resumed = ok("tech1", id, "resume", Map.of());
        assertThat(resumed.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(((Map<String, Object>) resumed.get("sla")).get("respondedAt")).as("the first start is the response")
                .isEqualTo(sla.get("respondedAt"));

        Map<String, Object> done = ok("tech1", id, "complete", Map.of("resolution", "更换空气开关", "feeFen", 3500));
        assertThat(done).containsEntry("status", "COMPLETED").containsEntry("resolution", "更换空气开关").containsEntry("feeFen", 3500);
        Map<String, Object> doneSla = (Map<String, Object>) done.get("sla");
        assertThat(doneSla.get("completedAt")).isNotNull();
        assertThat(OffsetDateTime.parse(doneSla.get("returnVisitDueAt").toString()))
                .isAfter(OffsetDateTime.parse(doneSla.get("completedAt").toString()));
        assertThat((List<String>) get("agent", id).get("allowedActions")).contains("RETURN_VISIT", "REOPEN");

        Map<String, Object> attempt = ok("agent", id, "return-visit", Map.of("reached", false, "comment", "无人接听"));
        assertThat(attempt.get("status")).isEqualTo("COMPLETED");
        assertThat(attempt.get("version")).isEqualTo(done.get("version"));

        Map<String, Object> closed = ok("agent", id, "return-visit", Map.of("reached", true, "satisfaction", 5, "comment", "很满意"));
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("satisfaction", 5).containsEntry("reopenCount", 0);
        assertThat(((Map<String, Object>) closed.get("sla")).get("closedAt")).isNotNull();
        assertThat((List<String>) closed.get("allowedActions")).containsExactly("REOPEN", "COMMENT");

        List<Map<String, Object>> timeline = events("manager", id);
        assertThat(timeline).extracting(e -> e.get("type")).containsExactly("CREATED", "ASSIGNED", "STARTED", "HELD", "RESUMED",
                "COMPLETED", "RETURN_VISIT_ATTEMPTED", "RETURN_VISITED");
        assertThat(timeline).extracting(e -> e.get("toStatus"))
                .containsExactly("NEW", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS", "COMPLETED", null, "CLOSED");
        assertThat(timeline.get(1)).containsEntry("fromStatus", "NEW").containsEntry("note", "请尽快上门")
                .containsEntry("actorName", "李客服");
        assertThat(timeline.get(2)).containsEntry("actorId", tech1).containsEntry("actorName", "赵师傅");
        assertThat(timeline.get(3)).containsEntry("note", "等配件");
        assertThat(timeline.get(6)).containsEntry("note", "无人接听");
        assertThat(timeline).extracting(e -> OffsetDateTime.parse(e.get("at").toString())).isSorted();

        Map<String, Object> reopened = ok("agent", id, "reopen", Map.of("reason", "又跳闸了"));
        assertThat(reopened).containsEntry("status", "REOPENED").containsEntry("reopenCount", 1).containsEntry("assigneeId", tech1);
        assertThat((Map<String, Object>) reopened.get("sla")).doesNotContainKeys("completedAt", "closedAt", "returnVisitDueAt");
        assertThat(ok("agent", id, "assign", Map.of("assigneeId", userId("tech2"))).get("assigneeName")).isEqualTo("钱师傅");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnsatisfiedReturnVisitReopensTheOrderForRework() {
        Map<String, Object> done = completed("阳台门关不上");
        // Done late, long ago: the first deadline passed and its breach was recorded.
        sql("update work_orders set resolution_due_at = now() - interval '5 days', resolution_breached_at = now() - interval '4 days'"
                + " where id = '" + done.get("id") + "'");
        Map<String, Object> reopened = ok("agent", done.get("id"), "return-visit", Map.of("reached", true, "satisfaction", 2));
        assertThat(reopened).containsEntry("status", "REOPENED").containsEntry("reopenCount", 1).containsEntry("satisfaction", 2);
        // The rework has its own deadline from now (by the SLA policy), not overdue from the start; its breach may be recorded anew.
        Map<String, Object> sla = (Map<String, Object>) reopened.get("sla");
        assertThat(OffsetDateTime.parse(sla.get("resolutionDueAt").toString())).isAfter(OffsetDateTime.now().plusHours(1));
        assertThat(sla).containsEntry("resolutionBreached", false);
        assertThat(number("select count(*) from work_orders where id = '" + done.get("id") + "' and resolution_breached_at is null"))
                .isEqualTo(1);
        assertThat(events("agent", done.get("id"))).last()
                .satisfies(e -> assertThat(e).containsEntry("type", "RETURN_VISITED").containsEntry("fromStatus", "COMPLETED")
                        .containsEntry("toStatus", "REOPENED"));

        // The next round: re-assigned, done again, and this time the resident is satisfied.
        Object id = done.get("id");
        ok("agent", id, "assign", Map.of("assigneeId", userId("tech1")));
        ok("tech1", id, "start", Map.of());
        ok("tech1", id, "complete", Map.of("resolution", "调整了门框"));
        Map<String, Object> closed = ok("manager", id, "return-visit", Map.of("reached", true, "satisfaction", 3));
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("reopenCount", 1).containsEntry("satisfaction", 3);
    }

    @Test
    void returnVisitsNeedASatisfactionWhenReachedAndACompletedOrder() {
        Map<String, Object> done = completed("回访校验");
        action("agent", done.get("id"), "return-visit", Map.of("reached", true)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("satisfaction");
        action("agent", done.get("id"), "return-visit", Map.of("reached", false, "satisfaction", 4)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("satisfaction");
        action("agent", done.get("id"), "return-visit", Map.of("reached", true, "satisfaction", 6)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("satisfaction");
        action("tech1", done.get("id"), "return-visit", Map.of("reached", true, "satisfaction", 5)).expectStatus().isForbidden();

        Map<String, Object> fresh = create("agent", repair(sg(), null, "还没完成"));
        action("agent", fresh.get("id"), "return-visit", Map.of("reached", true, "satisfaction", 5))
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("WORK_ORDER_ILLEGAL_TRANSITION")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("from NEW to CLOSED"));
    }

    @Test
    void illegalTransitionsAre409sNamingFromAndTo() {
        Map<String, Object> o = create("agent", repair(sg(), null, "非法流转"));
        Object id = o.get("id");
        action("manager", id, "start", Map.of()).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("WORK_ORDER_ILLEGAL_TRANSITION")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("NEW").contains("IN_PROGRESS"));
        action("manager", id, "complete", Map.of("resolution", "直接完成")).expectStatus().isEqualTo(409);
        action("manager", id, "resume", Map.of()).expectStatus().isEqualTo(409);
        action("manager", id, "reopen", Map.of("reason", "还没完成就重开")).expectStatus().isEqualTo(409);

        ok("agent", id, "assign", Map.of("assigneeId", userId("tech1")));
        action("tech1", id, "hold", Map.of("reason", "还没开始")).expectStatus().isEqualTo(409);
        ok("tech1", id, "start", Map.of());
        action("agent", id, "assign", Map.of("assigneeId", userId("tech2"))).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("from IN_PROGRESS to ASSIGNED"));
        action("manager", id, "cancel", Map.of("reason", "施工中取消")).expectStatus().isEqualTo(409);
        ok("tech1", id, "complete", Map.of("resolution", "修好了"));
        action("manager", id, "cancel", Map.of("reason", "完成后取消")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("from COMPLETED to CANCELLED"));

        Map<String, Object> cancelled = create("agent", repair(sg(), null, "取消后"));
        ok("manager", cancelled.get("id"), "cancel", Map.of("reason", "重复登记"));
        for (String a : List.of("assign", "cancel", "reopen")) {
            Map<String, Object> body = a.equals("assign") ? Map.of("assigneeId", userId("tech1")) : Map.of("reason", "再试");
            action("manager", cancelled.get("id"), a, body).expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.code").isEqualTo("WORK_ORDER_ILLEGAL_TRANSITION");
        }
    }

    @Test
    void theRoleMatrixIsEnforced() {
        String tech1 = userId("tech1");
        Map<String, Object> o = create("agent", repair(sg(), null, "角色矩阵"));
        Object id = o.get("id");

        // Technicians do not dispatch; agents do not cancel; integrations only read.
        action("tech1", id, "assign", Map.of("assigneeId", tech1)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_ALLOWED");
        action("agent", id, "cancel", Map.of("reason", "客服取消")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_ALLOWED");
        action("integration", id, "comments", Map.of("text", "集成账号写")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("READ_ONLY");
        assertThat(get("integration", id).get("allowedActions")).isEqualTo(List.of());

        // Only active technicians of the order's project can be assignees.
        action("agent", id, "assign", Map.of("assigneeId", userId("agent"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("assigneeId");
        action("agent", id, "assign", Map.of("assigneeId", UUID.randomUUID().toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("assigneeId");

        ok("agent", id, "assign", Map.of("assigneeId", tech1));
        // tech2 cannot start tech1's order: to tech2 it does not exist.
        action("tech2", id, "start", Map.of()).expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        as("tech2").get().uri(BASE + "/" + id).exchange().expectStatus().isNotFound();
        as("tech2").get().uri(BASE + "/" + id + "/events").exchange().expectStatus().isNotFound();
        // An agent is neither the assignee nor a manager.
        action("agent", id, "start", Map.of()).expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_ALLOWED");
        // A manager may start on the assignee's behalf.
        assertThat(ok("manager", id, "start", Map.of("note", "经理代为开工")).get("status")).isEqualTo("IN_PROGRESS");
        assertThat(ok("tech1", id, "comments", Map.of("text", "现场照片已上传")).get("status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void techniciansSeeTheirOwnAndUnassignedOrdersOnly() {
        String mark = marker();
        Map<String, Object> unassigned = create("agent", repair(sg(), null, "未派 " + mark));
        Map<String, Object> mine = create("agent", repair(sg(), null, "派给一号 " + mark));
        Map<String, Object> theirs = create("agent", repair(sg(), null, "派给二号 " + mark));
        ok("agent", mine.get("id"), "assign", Map.of("assigneeId", userId("tech1")));
        ok("agent", theirs.get("id"), "assign", Map.of("assigneeId", userId("tech2")));
        Map<String, Object> cancelled = create("agent", repair(sg(), null, "已取消 " + mark));
        ok("manager", cancelled.get("id"), "cancel", Map.of("reason", "重复"));

        assertThat(items("tech1", "q", mark)).extracting(i -> i.get("id"))
                .containsExactlyInAnyOrder(unassigned.get("id"), mine.get("id"));
        assertThat(items("tech2", "q", mark)).extracting(i -> i.get("id"))
                .containsExactlyInAnyOrder(unassigned.get("id"), theirs.get("id"));
        assertThat(items("agent", "q", mark)).hasSize(4);
        assertThat(items("integration", "q", mark)).hasSize(4);
        as("tech1").get().uri(BASE + "/" + cancelled.get("id")).exchange().expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherProjectsOrdersAre404AndNeverListed() {
        String mark = marker();
        Map<String, Object> sgOrder = create("agent", repair(sg(), null, "阳光花园 " + mark));
        Map<String, Object> jlOrder = create("agent2", repair(jl(), null, "翠湖苑 " + mark));
        Object id = sgOrder.get("id");

        as("agent2").get().uri(BASE + "/" + id).exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        as("agent2").get().uri(BASE + "/" + id + "/events").exchange().expectStatus().isNotFound();
        as("agent2").patch().uri(BASE + "/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "越权")).exchange().expectStatus().isNotFound();
        action("agent2", id, "comments", Map.of("text", "越权")).expectStatus().isNotFound();
        action("agent2", id, "assign", Map.of("assigneeId", userId("tech1"))).expectStatus().isNotFound();

        assertThat(items("agent2", "q", mark)).extracting(i -> i.get("id")).containsExactly(jlOrder.get("id"));
        assertThat(items("agent2", "limit", 200)).allSatisfy(i -> assertThat(i.get("projectId")).isEqualTo(jl()));
        as("agent2").get().uri(BASE + "?projectId=" + sg()).exchange().expectStatus().isNotFound();
        assertThat(items("manager", "q", mark)).extracting(i -> i.get("id")).containsExactly(jlOrder.get("id"), sgOrder.get("id"));
        // Across projects, the cursor pages too: one per page, newest first.
        Map<String, Object> first = page("manager", "q", mark, "limit", 1);
        assertThat(((List<Map<String, Object>>) first.get("items")).get(0).get("id")).isEqualTo(jlOrder.get("id"));
        Map<String, Object> second = page("manager", "q", mark, "limit", 1, "cursor", first.get("nextCursor"));
        assertThat((List<Map<String, Object>>) second.get("items")).extracting(i -> i.get("id")).containsExactly(sgOrder.get("id"));
        assertThat(second).doesNotContainKey("nextCursor");
        assertThat(items("manager", "q", mark, "projectId", jl())).extracting(i -> i.get("id")).containsExactly(jlOrder.get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsFilterAndPageNewestFirst() {
        String mark = marker();
        String sg = sg();
        String unit = unitId(sg, 42);
        Map<String, Object> a = create("agent", order(sg, unit, "REPAIR", "PLUMBING", "URGENT", "甲 " + mark));
        Map<String, Object> b = create("manager", order(sg, null, "COMPLAINT", "NOISE", "NORMAL", "乙 " + mark));
        Map<String, Object> c = create("agent", order(sg, unit, "INQUIRY", "OTHER", "LOW", "丙 " + mark + " 物业费100%_折扣"));
        Map<String, Object> d = create("agent", order(sg, null, "SUGGESTION", "LANDSCAPING", "HIGH", "丁 " + mark));
        ok("agent", a.get("id"), "assign", Map.of("assigneeId", userId("tech1")));
        ok("manager", d.get("id"), "cancel", Map.of("reason", "重复"));

        assertThat(items("agent", "q", mark)).extracting(i -> i.get("id"))
                .containsExactly(d.get("id"), c.get("id"), b.get("id"), a.get("id"));
        assertThat(items("agent", "q", mark, "status", "NEW", "status", "ASSIGNED")).extracting(i -> i.get("id"))
                .containsExactly(c.get("id"), b.get("id"), a.get("id"));
        assertThat(items("agent", "q", mark, "status", "CANCELLED")).extracting(i -> i.get("id")).containsExactly(d.get("id"));
        assertThat(items("agent", "q", mark, "type", "COMPLAINT")).extracting(i -> i.get("id")).containsExactly(b.get("id"));
        assertThat(items("agent", "q", mark, "category", "OTHER")).extracting(i -> i.get("id")).containsExactly(c.get("id"));
        assertThat(items("agent", "q", mark, "priority", "URGENT")).extracting(i -> i.get("id")).containsExactly(a.get("id"));
        assertThat(items("agent", "q", mark, "unitId", unit)).extracting(i -> i.get("id")).containsExactly(c.get("id"), a.get("id"));
        assertThat(items("agent", "q", mark, "assigneeId", userId("tech1"))).extracting(i -> i.get("id")).containsExactly(a.get("id"));
        assertThat(items("agent", "q", mark, "firstResponsibleId", userId("manager"))).extracting(i -> i.get("id"))
                .containsExactly(b.get("id"));
        assertThat(items("agent", "projectId", sg, "q", a.get("code"))).extracting(i -> i.get("id")).containsExactly(a.get("id"));
        assertThat(items("agent", "q", a.get("code").toString().toLowerCase())).extracting(i -> i.get("id")).containsExactly(a.get("id"));
        assertThat(items("agent", "q", a.get("code").toString().substring(3))).extracting(i -> i.get("id")).contains(a.get("id"));
        // Chinese text, case-insensitive codes, and % and _ taken literally.
        assertThat(items("agent", "q", mark.toLowerCase())).hasSize(4);
        assertThat(items("agent", "q", "物业费100%_折扣")).extracting(i -> i.get("id")).containsExactly(c.get("id"));
        assertThat(items("agent", "q", mark + "%")).isEmpty();
        assertThat(items("agent", "q", "住户来电：丙 " + mark)).extracting(i -> i.get("id")).containsExactly(c.get("id"));

        String createdB = b.get("createdAt").toString();
        String createdD = d.get("createdAt").toString();
        assertThat(items("agent", "q", mark, "createdFrom", createdB, "createdTo", createdD)).extracting(i -> i.get("id"))
                .containsExactly(c.get("id"), b.get("id"));
        as("agent").get().uri(u -> u.path(BASE).queryParam("createdFrom", "{f}").queryParam("createdTo", "{t}").build(createdD, createdB))
                .exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("createdTo");

        // Two per page: the cursor walks through all four without overlap.
        List<Object> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = (cursor == null ? page("agent", "limit", 2, "q", mark) : page("agent", "limit", 2, "q", mark, "cursor", cursor));
            ((List<Map<String, Object>>) page.get("items")).forEach(i -> seen.add(i.get("id")));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(d.get("id"), c.get("id"), b.get("id"), a.get("id"));

        as("agent").get().uri(BASE + "?limit=201").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        as("agent").get().uri(BASE + "?cursor=bm90LWEtY3Vyc29y").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        as("agent").get().uri(BASE + "?status=DONE").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
    }

    @Test
    @SuppressWarnings("unchecked")
    void overdueOrdersAreThoseWithADueDatePassedAndNotMet() {
        String mark = marker();
        Map<String, Object> late = create("agent", repair(sg(), null, "超时 " + mark));
        Map<String, Object> onTime = create("agent", repair(sg(), null, "未超时 " + mark));
        Map<String, Object> lateButCancelled = create("agent", repair(sg(), null, "超时已取消 " + mark));
        backdateDueDates(late.get("id"));
        backdateDueDates(lateButCancelled.get("id"));
        ok("manager", lateButCancelled.get("id"), "cancel", Map.of("reason", "住户撤回"));

        assertThat(items("agent", "overdue", true, "q", mark)).extracting(i -> i.get("id")).containsExactly(late.get("id"));
        assertThat(items("agent", "overdue", false, "q", mark)).extracting(i -> i.get("id"))
                .containsExactlyInAnyOrder(onTime.get("id"), lateButCancelled.get("id"));
        Map<String, Object> sla = (Map<String, Object>) get("agent", late.get("id")).get("sla");
        assertThat(sla).containsEntry("responseBreached", true).containsEntry("resolutionBreached", true);
        assertThat((Map<String, Object>) get("agent", lateButCancelled.get("id")).get("sla"))
                .containsEntry("responseBreached", false).containsEntry("resolutionBreached", false);

        // Responding late meets the response (late): the order is still overdue for its resolution only.
        ok("agent", late.get("id"), "assign", Map.of("assigneeId", userId("tech1")));
        Map<String, Object> started = ok("tech1", late.get("id"), "start", Map.of());
        assertThat((Map<String, Object>) started.get("sla")).containsEntry("responseBreached", true).containsEntry("resolutionBreached", true);
        assertThat(items("agent", "overdue", true, "q", mark)).extracting(i -> i.get("id")).containsExactly(late.get("id"));
    }

    @Test
    void aRepeatRepairOfTheSameUnitAndCategoryWithin30DaysIsRework() {
        String sg = sg();
        String unit = unitId(sg, 100 + (int) (Math.random() * 150));
        Map<String, Object> first = create("agent", order(sg, unit, "REPAIR", "ELEVATOR", "NORMAL", "入户电梯按钮失灵"));
        Map<String, Object> stillOpen = create("agent", order(sg, unit, "REPAIR", "ELEVATOR", "NORMAL", "还没修就又报"));
        assertThat(stillOpen).doesNotContainKey("reworkOf");

        ok("agent", first.get("id"), "assign", Map.of("assigneeId", userId("tech1")));
        ok("tech1", first.get("id"), "start", Map.of());
        ok("tech1", first.get("id"), "complete", Map.of("resolution", "更换按钮"));

        Map<String, Object> again = create("agent", order(sg, unit, "REPAIR", "ELEVATOR", "HIGH", "电梯按钮又坏了"));
        assertThat(again.get("reworkOf")).isEqualTo(first.get("id"));
        assertThat(create("agent", order(sg, unit, "REPAIR", "PLUMBING", "NORMAL", "别的类别")).get("reworkOf")).isNull();
        assertThat(create("agent", order(sg, unit, "COMPLAINT", "ELEVATOR", "NORMAL", "投诉电梯")).get("reworkOf")).isNull();
        assertThat(create("agent", order(sg, unitId(sg, 99), "REPAIR", "ELEVATOR", "NORMAL", "别的房号")).get("reworkOf")).isNull();

        // Completed more than 30 days ago: not rework any more.
        backdateCompletion(first.get("id"), Duration.ofDays(31));
        assertThat(create("agent", order(sg, unit, "REPAIR", "ELEVATOR", "NORMAL", "一个多月后")).get("reworkOf")).isNull();
    }

    @Test
    void commentsGoOnTheTimelineInAnyStatus() {
        Map<String, Object> o = create("agent", repair(sg(), null, "评论"));
        Object id = o.get("id");
        Map<String, Object> commented = ok("tech1", id, "comments", Map.of("text", "明早上门"));
        assertThat(commented.get("version")).isEqualTo(o.get("version"));
        ok("manager", id, "cancel", Map.of("reason", "住户取消"));
        ok("manager", id, "comments", Map.of("text", "已电话确认取消"));
        action("agent", id, "comments", Map.of("text", "  ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        action("agent", id, "comments", Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        assertThat(events("agent", id)).extracting(e -> e.get("type"))
                .containsExactly("CREATED", "COMMENTED", "CANCELLED", "COMMENTED");
        assertThat(events("agent", id).get(1)).containsEntry("note", "明早上门").containsEntry("actorName", "赵师傅");
    }

    @Test
    void unknownOrdersAndBadIdsAreProblems() {
        String missing = UUID.randomUUID().toString();
        as("manager").get().uri(BASE + "/" + missing).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        action("manager", missing, "cancel", Map.of("reason", "不存在")).expectStatus().isNotFound();
        as("manager").get().uri(BASE + "/not-a-uuid").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("workOrderId");
        as("manager").post().uri(BASE + "/" + missing + "/start").exchange().expectStatus().isNotFound();
        client.get().uri(BASE).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theTimelineIsAppendOnlyAndProvenanceCannotBeRewritten() {
        Map<String, Object> o = create("agent", repair(sg(), null, "只追加"));
        ok("agent", o.get("id"), "comments", Map.of("text", "原始记录"));
        String where = " where work_order_id = '" + o.get("id") + "'";
        assertThatThrownBy(() -> sql("update work_order_events set note = '改写'" + where)).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> sql("delete from work_order_events" + where)).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> sql("update work_orders set first_responsible_id = '" + userId("manager") + "' where id = '"
                + o.get("id") + "'")).hasStackTraceContaining("first-responsible");
        assertThatThrownBy(() -> sql("update work_orders set code = 'SG-19990101-0001' where id = '" + o.get("id") + "'"))
                .hasStackTraceContaining("may not change");
        assertThat(events("agent", o.get("id"))).extracting(e -> e.get("note")).containsExactly(null, "原始记录");
        assertThat(get("agent", o.get("id")).get("firstResponsibleId")).isEqualTo(userId("agent"));
    }

    private void expect400(String user, Map<String, Object> body, String field) {
        as(user).post().uri(BASE).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private void backdateDueDates(Object id) {
        sql("update work_orders set response_due_at = created_at - interval '2 hours', resolution_due_at = created_at - interval '1 hour'"
                + " where id = '" + id + "'");
    }

    private void backdateCompletion(Object id, Duration ago) {
        sql("update work_orders set completed_at = now() - interval '" + ago.toHours() + " hours' where id = '" + id + "'");
    }
}
