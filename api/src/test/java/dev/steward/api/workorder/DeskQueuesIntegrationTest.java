package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The desk's rework loop (返修 / 改派), its queues (待回访, 返修, search) and the export of a view. */
class DeskQueuesIntegrationTest extends WorkOrderTestSupport {

    private static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private Map<String, Object> reported(String unitId, String title, String name, String phone) {
        Map<String, Object> body = repair(sg(), unitId, title);
        body.put("reporter", Map.of("name", name, "phone", phone));
        return create("agent", body);
    }

    private Map<String, Object> reworked(String title) {
        Map<String, Object> done = completed(title);
        return ok("agent", done.get("id"), "return-visit", Map.of("reached", true, "satisfaction", 2, "comment", "还是漏"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnsatisfiedOrderGoesBackToItsTechnicianWhoCanStartTheRework() {
        Map<String, Object> reopened = reworked("卫生间返修 " + marker());
        Object id = reopened.get("id");
        assertThat(reopened).containsEntry("status", "REOPENED").containsEntry("assigneeId", userId("tech1"));
        // Before: only COMMENT — the technician could not take their rework back on.
        assertThat((List<String>) get("tech1", id).get("allowedActions")).containsExactly("START", "COMMENT");
        Map<String, Object> started = ok("tech1", id, "start", Map.of("note", "返修上门"));
        assertThat(started).containsEntry("status", "IN_PROGRESS");
        ok("tech1", id, "complete", Map.of("resolution", "重新打胶"));
        assertThat(ok("agent", id, "return-visit", Map.of("reached", true, "satisfaction", 5))).containsEntry("status", "CLOSED")
                .containsEntry("reopenCount", 1);

        // The timeline names whom it was dispatched to, and the score of each return visit.
        List<Map<String, Object>> timeline = events("agent", id);
        Map<String, Object> assigned = timeline.stream().filter(e -> "ASSIGNED".equals(e.get("type"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) assigned.get("changes"))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("field", "assigneeId").containsEntry("toLabel", "赵师傅"));
        assertThat(timeline.stream().filter(e -> "RETURN_VISITED".equals(e.get("type")))
                .map(e -> ((List<Map<String, Object>>) e.get("changes")).get(0).get("to"))).containsExactly("2", "5");
        assertThat(timeline.stream().filter(e -> "STARTED".equals(e.get("type"))).map(e -> e.get("fromStatus")))
                .containsExactly("ASSIGNED", "REOPENED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDeskReDispatchesARework() {
        Object id = reworked("窗户返修 " + marker()).get("id");
        assertThat((List<String>) get("agent", id).get("allowedActions")).contains("ASSIGN");
        Map<String, Object> moved = ok("agent", id, "assign", Map.of("assigneeId", userId("tech2"), "note", "换人返修"));
        assertThat(moved).containsEntry("status", "ASSIGNED").containsEntry("assigneeId", userId("tech2"));
        as("tech1").get().uri(BASE + "/" + id).exchange().expectStatus().isNotFound();
        List<Map<String, Object>> timeline = events("agent", id);
        Map<String, Object> last = timeline.get(timeline.size() - 1);
        assertThat((List<Map<String, Object>>) last.get("changes")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("fromLabel", "赵师傅").containsEntry("toLabel", "钱师傅"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReworkQueueListsReopenedOrdersByTheirDeadlineAndPagesWithItsCursor() {
        String m = marker();
        reworked("返修A " + m);
        reworked("返修B " + m);
        reworked("返修C " + m);
        List<Map<String, Object>> queue = items("agent", "projectId", sg(), "status", "REOPENED", "sort", "resolutionDueAt", "limit", 200);
        assertThat(queue).isNotEmpty().allSatisfy(o -> assertThat(o).containsEntry("status", "REOPENED"));
        List<OffsetDateTime> due = queue.stream()
                .map(o -> OffsetDateTime.parse(((Map<String, Object>) o.get("sla")).get("resolutionDueAt").toString())).toList();
        assertThat(due).isSortedAccordingTo(OffsetDateTime::compareTo);

        // Two orders a page: the pages join up without repeats.
        Set<Object> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = cursor == null ? page("agent", "q", m, "status", "REOPENED", "sort", "resolutionDueAt", "limit", 2)
                    : page("agent", "q", m, "status", "REOPENED", "sort", "resolutionDueAt", "limit", 2, "cursor", cursor);
            ((List<Map<String, Object>>) page.get("items")).forEach(o -> assertThat(seen.add(o.get("id"))).isTrue());
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(3);
        assertThat(pages).isEqualTo(2);

        String created = (String) page("agent", "q", m, "limit", 1).get("nextCursor");
        as("agent").get().uri(BASE + "?sort=resolutionDueAt&cursor=" + created).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        as("agent").get().uri(BASE + "?sort=dueAt").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReturnVisitQueueIsSortedByItsDueTimeAndFiltersTheLateOnes() {
        Map<String, Object> late = completed("回访逾期 " + marker());
        sql("update work_orders set return_visit_due_at = now() - interval '2 days' where id = '" + late.get("id") + "'");
        completed("回访未到期 " + marker());
        List<Map<String, Object>> queue = items("agent", "projectId", sg(), "sort", "returnVisitDueAt", "limit", 200);
        assertThat(queue).isNotEmpty().allSatisfy(o -> assertThat(o).containsEntry("status", "COMPLETED"));
        List<OffsetDateTime> due = queue.stream()
                .map(o -> OffsetDateTime.parse(((Map<String, Object>) o.get("sla")).get("returnVisitDueAt").toString())).toList();
        assertThat(due).isSortedAccordingTo(OffsetDateTime::compareTo);

        List<Map<String, Object>> lateOnes = items("agent", "projectId", sg(), "sort", "returnVisitDueAt",
                "returnVisitDueBefore", OffsetDateTime.now().toString(), "limit", 200);
        assertThat(lateOnes).extracting(o -> o.get("id")).contains(late.get("id"));
        assertThat(lateOnes).allSatisfy(o -> assertThat(OffsetDateTime.parse(((Map<String, Object>) o.get("sla"))
                .get("returnVisitDueAt").toString())).isBefore(OffsetDateTime.now()));
    }

    @Test
    void theDeskFindsOrdersByPhoneUnitNameAndBuilding() {
        String unit = unitId(sg(), 5);
        @SuppressWarnings("unchecked")
        Map<String, Object> unitRow = as("agent").get().uri("/api/v1/projects/" + sg() + "/units/" + unit).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String label = unitRow.get("label").toString();
        String phone = phone();
        String name = "欧阳" + marker().substring(1, 4);
        Object id = reported(unit, "门锁坏了", name, phone).get("id");

        assertThat(items("agent", "q", phone)).extracting(o -> o.get("id")).containsExactly(id);
        assertThat(items("agent", "q", "+86 " + phone.substring(0, 3) + " " + phone.substring(3))).extracting(o -> o.get("id"))
                .containsExactly(id);
        assertThat(items("agent", "q", phone.substring(7), "limit", 200)).extracting(o -> o.get("id")).contains(id);
        assertThat(items("agent", "q", name)).extracting(o -> o.get("id")).containsExactly(id);
        String[] parts = label.split("-");
        assertThat(items("agent", "q", parts[0] + "栋" + parts[1] + "室", "limit", 200)).extracting(o -> o.get("id")).contains(id)
                .allSatisfy(o -> assertThat(o).isNotNull());
        assertThat(items("agent", "q", label, "limit", 200)).allSatisfy(o -> assertThat(o).containsEntry("unitId", unit));
        assertThat(items("agent", "buildingId", unitRow.get("buildingId"), "q", name)).extracting(o -> o.get("id")).containsExactly(id);
        // A phone that nobody gave finds nothing, and a technician finds only what they may see.
        assertThat(items("agent", "q", "13000000000")).isEmpty();
        ok("agent", id, "assign", Map.of("assigneeId", userId("tech1")));
        assertThat(items("tech1", "q", phone)).extracting(o -> o.get("id")).containsExactly(id);
        assertThat(items("tech2", "q", phone)).isEmpty();
    }

    @Test
    void anExportHoldsEveryOrderOfTheViewStreamedAsCsvOrXlsx() throws Exception {
        String m = marker();
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(create("agent", order(sg(), null, "COMPLAINT", "NOISE", "NORMAL", "=SUM(A1) 噪音 " + m)).get("id"));
        }
        var csv = as("agent").get().uri(BASE + "/export?format=csv&q=" + m).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().value("Content-Disposition", v -> assertThat(v).startsWith("attachment").contains(".csv"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF编号 Code,状态 Status");
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains("NEW", "COMPLAINT", "'=SUM(A1) 噪音 " + m, "138****5678").doesNotContain("13812345678");

        byte[] xlsx = as("agent").get().uri(BASE + "/export?format=xlsx&status=NEW&q=" + m).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("编号 Code");
            assertThat(rows.subList(1, 4)).extracting(r -> r.getCellText(1)).containsOnly("NEW");
        }

        // More than one page of the export's reads (500 orders a page) arrive whole: 600 cancelled copies of an order.
        sql("insert into work_orders (project_id, code, location, type, category, priority, channel, title, reporter_name,"
                + " reporter_phone, first_responsible_id, status, response_due_at, resolution_due_at, created_at, updated_at)"
                + " select project_id, code || '-X' || g, '大堂', type, category, priority, channel, 'bulk " + m + "', reporter_name,"
                + " reporter_phone, first_responsible_id, 'CANCELLED', response_due_at, resolution_due_at,"
                + " timestamptz '2020-01-01' + g * interval '1 minute', now()"
                + " from work_orders, generate_series(1, 600) g where id = '" + ids.get(0) + "'");
        byte[] big = as("agent").get().uri(BASE + "/export?format=csv&status=CANCELLED&q=" + m).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        String[] bigLines = new String(big, StandardCharsets.UTF_8).split("\r\n");
        assertThat(bigLines).hasSize(601);
        assertThat(java.util.Arrays.stream(bigLines).skip(1).map(l -> l.split(",")[0]).distinct()).hasSize(600);

        as("agent").get().uri(BASE + "/export?format=pdf").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
        as("agent").get().uri(BASE + "/export?format=csv&projectId=" + jl()).exchange().expectStatus().isNotFound();
    }
}
