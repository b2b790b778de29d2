package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.contract.model.ServerEventDto;
import dev.steward.api.platform.EventStream;
import dev.steward.api.support.Races;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Mono;

/** Plans and their tasks over HTTP: CRUD and bad input, idempotent generation (also two generators at once), missed, start-from-task. */
class InspectionPlanIntegrationTest extends InspectionTestSupport {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TaskGenerator generator;

    @Autowired
    DatabaseClient db;

    @Autowired
    EventStream stream;

    Map<String, Object> plan(String projectId, String name, String template, String level, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("projectId", projectId, "name", name, "templateId", template(template),
                "level", level, "inspectorIds", List.of(userId("supervisor")), "dueTime", "18:00"));
        body.putAll(extra);
        return body;
    }

    @SuppressWarnings("unchecked")
    EntityExchangeResult<Map> created(Map<String, Object> body) {
        return post("supervisor", "/api/v1/inspection-plans", body).expectStatus().isCreated().expectBody(Map.class).returnResult();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tasks(String user, String query) {
        return (List<Map<String, Object>>) get(user, "/api/v1/inspection-tasks?limit=200&" + query).get("items");
    }

    long count(String planId) {
        return db.sql("select count(*) as n from inspection_tasks where plan_id = $1::uuid").bind(0, planId)
                .map((r, m) -> r.get("n", Long.class)).one().block();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanIsWrittenByInspectorsReadByStaffAndMakesItsTasks() {
        EntityExchangeResult<Map> r = created(plan(sg(), "十必查（每日）", "TEN_MUST_CHECKS", "SERVICE_CENTRE", Map.of()));
        Map<String, Object> p = r.getResponseBody();
        String id = p.get("id").toString();
        assertThat(r.getResponseHeaders().getETag()).isEqualTo("\"0\"");
        assertThat((Map<String, Object>) p.get("recurrence")).containsEntry("frequency", "DAILY");
        assertThat(p).containsEntry("dueTime", "18:00").containsEntry("active", true).containsEntry("method", "OPEN");
        assertThat((List<Map<String, Object>>) p.get("inspectors")).extracting(i -> i.get("displayName")).containsExactly("吴督导");
        // Today and the next 7 days, each due 18:00 Shanghai time.
        List<Map<String, Object>> tasks = tasks("agent", "planId=" + id);
        assertThat(tasks).hasSize(8);
        LocalDate today = LocalDate.now(SHANGHAI);
        assertThat(tasks.get(7)).containsEntry("scheduledOn", today.plusDays(7).toString());
        assertThat(OffsetDateTime.parse(tasks.get(0).get("dueAt").toString()).atZoneSameInstant(SHANGHAI).toLocalTime().toString()).isEqualTo("18:00");
        assertThat(tasks).extracting(t -> t.get("status")).allMatch(s -> "OPEN".equals(s) || "MISSED".equals(s));

        // Staff read; only the inspecting roles write.
        get("tech1", "/api/v1/inspection-plans/" + id);
        post("agent", "/api/v1/inspection-plans", plan(sg(), "x", "TEN_MUST_CHECKS", "SERVICE_CENTRE", Map.of())).expectStatus().isForbidden();
        assertThat((List<Map<String, Object>>) get("agent", "/api/v1/inspection-plans?projectId=" + sg()).get("items"))
                .extracting(x -> x.get("id")).contains(id);

        // A change: If-Match required, stale refused; weekly on Mon/Thu makes the future tasks again.
        Map<String, Object> weekly = plan(sg(), "十必查（每周一、四）", "TEN_MUST_CHECKS", "CUSTOM",
                Map.of("recurrence", Map.of("frequency", "WEEKLY", "weekdays", List.of(4, 1))));
        as("supervisor").put().uri("/api/v1/inspection-plans/" + id).contentType(MediaType.APPLICATION_JSON).bodyValue(weekly).exchange()
                .expectStatus().isEqualTo(428);
        as("supervisor").put().uri("/api/v1/inspection-plans/" + id).header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(weekly).exchange().expectStatus().isEqualTo(412);
        as("supervisor").put().uri("/api/v1/inspection-plans/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(weekly).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.recurrence.weekdays[0]").isEqualTo(1).jsonPath("$.level").isEqualTo("CUSTOM");
        assertThat(tasks("agent", "planId=" + id)).extracting(t -> LocalDate.parse(t.get("scheduledOn").toString()).getDayOfWeek().getValue())
                .isNotEmpty().allMatch(d -> d == 1 || d == 4);
        // Another project's plan is a 404.
        as("agent2").get().uri("/api/v1/inspection-plans/" + id).exchange().expectStatus().isNotFound();
    }

    @Test
    void badPlansAreRefusedNamingTheField() {
        String technician = userId("tech1");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "TEN_MUST_CHECKS", "CUSTOM", Map.of())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("recurrence");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "TEN_MUST_CHECKS", "GROUP", Map.of("recurrence", Map.of("frequency", "DAILY"))))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("recurrence.frequency");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "TEN_MUST_CHECKS", "CUSTOM", Map.of("recurrence", Map.of("frequency", "WEEKLY"))))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("recurrence.weekdays");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "TEN_MUST_CHECKS", "SERVICE_CENTRE",
                Map.of("inspectorIds", List.of(userId("supervisor"), technician)))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("inspectorIds[1]");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "TEN_MUST_CHECKS", "SERVICE_CENTRE", Map.of("dueTime", "25:00")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("dueTime");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "TEN_MUST_CHECKS", "SERVICE_CENTRE",
                Map.of("buildingIds", List.of(firstBuilding("manager", jl()).get("id"))))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("buildingIds[0]");
        Map<String, Object> unknownTemplate = plan(sg(), "x", "TEN_MUST_CHECKS", "SERVICE_CENTRE", Map.of());
        unknownTemplate.put("templateId", "00000000-0000-4000-8000-000000000000");
        post("supervisor", "/api/v1/inspection-plans", unknownTemplate).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("templateId");
        post("supervisor", "/api/v1/inspection-plans", plan(jl(), "x", "TEN_MUST_CHECKS", "SERVICE_CENTRE", Map.of("foo", 1)))
                .expectStatus().isBadRequest();
    }

    /**
     * Equipment rooms (设备房): one task per room per date, named on the task; an inspection started from one is located
     * there; changing the rooms makes the future tasks again; rooms with vacant units, blank or repeated rooms are refused.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anEquipmentRoomPlanMakesATaskPerRoomAndDate() {
        Map<String, Object> created = created(plan(sg(), "设备房巡查（每日）", "FACILITIES", "SERVICE_CENTRE",
                Map.of("equipmentRooms", List.of(" 1号楼配电房 ", "水泵房", "消防控制室"), "dueTime", "23:59"))).getResponseBody();
        String id = created.get("id").toString();
        assertThat((List<String>) created.get("equipmentRooms")).containsExactly("1号楼配电房", "水泵房", "消防控制室");
        List<Map<String, Object>> tasks = tasks("supervisor", "planId=" + id);
        assertThat(tasks).hasSize(8 * 3);
        assertThat(tasks).filteredOn(t -> LocalDate.now(SHANGHAI).toString().equals(t.get("scheduledOn")))
                .extracting(t -> t.get("equipmentRoom")).containsExactlyInAnyOrder("1号楼配电房", "水泵房", "消防控制室");
        Map<String, Object> pump = tasks.stream().filter(t -> "水泵房".equals(t.get("equipmentRoom"))).findFirst().orElseThrow();
        Map<String, Object> started = post("supervisor", "/api/v1/inspections", Map.of("projectId", sg(), "templateId", template("FACILITIES"),
                "method", "OPEN", "taskId", pump.get("id"))).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(started).containsEntry("location", "水泵房");
        assertThat(generator.generate(OffsetDateTime.now(ZoneOffset.UTC), java.util.UUID.fromString(id)).block()).isZero();

        // Two rooms instead of three: the unstarted future tasks are made again; the started one stays.
        Map<String, Object> fewer = plan(sg(), "设备房巡查（每日）", "FACILITIES", "SERVICE_CENTRE",
                Map.of("equipmentRooms", List.of("水泵房", "电梯机房"), "dueTime", "23:59"));
        as("supervisor").put().uri("/api/v1/inspection-plans/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(fewer).exchange().expectStatus().isOk();
        List<Map<String, Object>> after = tasks("supervisor", "planId=" + id);
        assertThat(after).extracting(t -> t.get("equipmentRoom")).containsOnly("水泵房", "电梯机房");
        assertThat(after).hasSize(8 * 2);
        assertThat(after).filteredOn(t -> t.get("inspectionId") != null).singleElement().satisfies(t -> assertThat(t).containsEntry("id", pump.get("id")));

        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "VACANT_UNIT_PATROL", "SERVICE_CENTRE",
                Map.of("vacantUnits", true, "equipmentRooms", List.of("水泵房")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("equipmentRooms");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "FACILITIES", "SERVICE_CENTRE",
                Map.of("equipmentRooms", List.of("水泵房", "  ")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("equipmentRooms[1]");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "FACILITIES", "SERVICE_CENTRE",
                Map.of("equipmentRooms", List.of("Pump Room", "pump  room")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("equipmentRooms[1]");
        post("supervisor", "/api/v1/inspection-plans", plan(sg(), "x", "FACILITIES", "SERVICE_CENTRE",
                Map.of("equipmentRooms", List.of("x".repeat(61))))).expectStatus().isBadRequest();
    }

    /** Generating again creates nothing; two generators at once (two threads, two connections) create each task once. */
    @Test
    void generationIsIdempotentAndTwoGeneratorsCreateEachTaskOnce() throws Exception {
        String id = created(plan(jl(), "月度客服督导", "CUSTOMER_SERVICE", "CUSTOM",
                Map.of("recurrence", Map.of("frequency", "DAILY")))).getResponseBody().get("id").toString();
        assertThat(count(id)).isEqualTo(8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(generator.generate(now, null).block()).isZero();
        // 40 days on, nothing exists yet: both run at once; between them they create the 8 new tasks, each once.
        OffsetDateTime later = now.plusDays(40);
        for (int round = 0; round < 3; round++) {
            OffsetDateTime at = later.plusDays(round * 10L);
            long before = count(id);
            List<Long> made = Races.race(2, i -> generator.generate(at, java.util.UUID.fromString(id)).block());
            assertThat(made.get(0) + made.get(1)).isEqualTo(8);
            assertThat(count(id)).isEqualTo(before + 8);
        }
        long dupes = db.sql("select count(*) as n from (select scheduled_on from inspection_tasks where plan_id = $1::uuid "
                + "group by scheduled_on having count(*) > 1) d").bind(0, id).map((r, m) -> r.get("n", Long.class)).one().block();
        assertThat(dupes).isZero();
    }

    /** A task past its due time and not submitted is MISSED (应查未查): listed and counted, marked (announced) once. */
    @Test
    @SuppressWarnings("unchecked")
    void tasksPastTheirDueTimeAreMissedAndCounted() {
        String id = created(plan(jl(), "十必查（每日，补录）", "TEN_MUST_CHECKS", "SERVICE_CENTRE",
                Map.of("startsOn", LocalDate.now(SHANGHAI).minusDays(3).toString()))).getResponseBody().get("id").toString();
        // Make its last 3 days too, as a generator running then would have.
        OffsetDateTime threeDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3);
        assertThat(generator.generate(threeDaysAgo, java.util.UUID.fromString(id)).block()).isEqualTo(3);
        List<Map<String, Object>> missed = tasks("agent2", "planId=" + id + "&status=MISSED");
        assertThat(missed).hasSizeBetween(3, 4).allSatisfy(t -> assertThat(t).containsEntry("late", true));
        assertThat(generator.markMissed(OffsetDateTime.now(ZoneOffset.UTC)).block()).isGreaterThanOrEqualTo(missed.size());
        assertThat(generator.markMissed(OffsetDateTime.now(ZoneOffset.UTC)).block()).isZero();
        String from = threeDaysAgo.minusDays(1).toString().replace("+", "%2B");
        Map<String, Object> counts = ((List<Map<String, Object>>) get("agent2", "/api/v1/inspection-tasks/summary?projectId=" + jl()
                + "&from=" + from).get("projects")).get(0);
        assertThat((Integer) counts.get("missed")).isGreaterThanOrEqualTo(missed.size());
        assertThat(counts).containsEntry("projectId", jl());
    }

    /** Two starts of one task at once: one inspection, the other a 409; submitting it makes the task DONE. */
    @Test
    @SuppressWarnings("unchecked")
    void aTaskIsStartedOnceAndDoneWhenSubmitted() throws Exception {
        String id = created(plan(sg(), "十必查（今日）", "TEN_MUST_CHECKS", "SERVICE_CENTRE", Map.of("dueTime", "23:59")))
                .getResponseBody().get("id").toString();
        Map<String, Object> task = tasks("supervisor", "planId=" + id + "&inspectorId=" + userId("supervisor")).get(0);
        Map<String, Object> body = Map.of("projectId", sg(), "templateId", template("TEN_MUST_CHECKS"), "method", "OPEN",
                "taskId", task.get("id"));
        WebTestClient supervisor = as("supervisor");
        List<Integer> codes = Races.race(4, i -> supervisor.post().uri("/api/v1/inspections").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().returnResult(String.class).getStatus().value());
        assertThat(codes).containsOnly(201, 409).filteredOn(c -> c == 201).hasSize(1);
        Map<String, Object> started = tasks("supervisor", "planId=" + id).get(0);
        String inspectionId = started.get("inspectionId").toString();
        if (!"MISSED".equals(started.get("status"))) {
            assertThat(started).containsEntry("status", "IN_PROGRESS");
        }
        Read x = read("supervisor", inspectionId);
        assertThat(x.body()).containsEntry("taskId", task.get("id"));
        post("supervisor", "/api/v1/inspections", body).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("INSPECTION_TASK_STARTED");
        // The task's rubric only.
        post("supervisor", "/api/v1/inspections", Map.of("projectId", sg(), "templateId", template("NIGHT_PATROL"), "method", "OPEN",
                "taskId", tasks("supervisor", "planId=" + id).get(1).get("id"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("templateId");
        submitted("supervisor", saved("supervisor", x, answers(x, cp -> null)));
        assertThat(tasks("supervisor", "planId=" + id + "&status=DONE")).singleElement().satisfies(t ->
                assertThat(t).containsEntry("inspectionId", inspectionId).containsKey("doneAt"));
    }

    /** Tasks made (by a new plan, by the generator) and tasks missed are announced on the live stream with their count. */
    @Test
    void createdAndMissedTasksAreAnnouncedLive() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!stream.isListening() && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(100)).block();
        }
        ConnectableFlux<ServerEventDto> events = as("manager").mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/v1/events/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(ServerEventDto.class).getResponseBody().replay();
        Disposable connection = events.connect();
        try {
            String jl = jl();
            String id = created(plan(jl, "夜间巡查（每日，直播）", "NIGHT_PATROL", "SERVICE_CENTRE",
                    Map.of("startsOn", LocalDate.now(SHANGHAI).minusDays(2).toString()))).getResponseBody().get("id").toString();
            ServerEventDto made = events.filter(e -> e.getType() == ServerEventDto.TypeEnum.INSPECTION_TASKS_CREATED
                    && jl.equals(String.valueOf(e.getProjectId())) && Integer.valueOf(8).equals(e.getTaskCount())).blockFirst(Duration.ofSeconds(20));
            assertThat(made).isNotNull();
            assertThat(generator.generate(OffsetDateTime.now(ZoneOffset.UTC).minusDays(2), java.util.UUID.fromString(id)).block()).isEqualTo(2);
            long marked = generator.markMissed(OffsetDateTime.now(ZoneOffset.UTC)).block();
            assertThat(marked).isGreaterThanOrEqualTo(2);
            ServerEventDto missed = events.filter(e -> e.getType() == ServerEventDto.TypeEnum.INSPECTION_TASKS_MISSED
                    && jl.equals(String.valueOf(e.getProjectId()))).blockFirst(Duration.ofSeconds(20));
            assertThat(missed).isNotNull();
            assertThat(missed.getTaskCount()).isGreaterThanOrEqualTo(2);
        } finally {
            connection.dispose();
        }
    }
}
