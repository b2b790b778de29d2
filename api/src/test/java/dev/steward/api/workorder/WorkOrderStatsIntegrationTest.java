package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * GET /work-orders/stats against a hand-computed fixture: a brand-new project with orders inserted directly with
 * chosen times (January 2026, all in the past), and every number worked out by hand in the comments.
 */
class WorkOrderStatsIntegrationTest extends WorkOrderTestSupport {

    private static final String PERIOD = "&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z";

    @Test
    @SuppressWarnings("unchecked")
    void statsMatchTheHandComputedFixture() {
        String code = "S" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replaceAll("[^A-Z0-9]", "7");
        String projectId = as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "统计测试")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        String agent = userId("agent");
        String tech1 = userId("tech1");
        String tech2 = userId("tech2");
        String tech3 = userId("tech3");
        // id, type, category, assignee, status, created, response due, resolution due, responded, completed,
        // return visit due, closed, satisfaction, reopen count, rework of
        String a = insert(projectId, code, 1, "REPAIR", "PLUMBING", tech1, "CLOSED", "2026-01-05 10:00", "2026-01-05 10:30",
                "2026-01-06 10:00", "2026-01-05 10:20", "2026-01-05 14:00", "2026-01-06 23:59:59", "2026-01-06 09:00", 5, 0, null, agent);
        insert(projectId, code, 2, "REPAIR", "ELECTRICAL", tech1, "CLOSED", "2026-01-06 10:00", "2026-01-06 10:15",
                "2026-01-06 14:00", "2026-01-06 10:45", "2026-01-06 20:00", "2026-01-07 23:59:59", "2026-01-09 10:00", 3, 0, null, agent);
        insert(projectId, code, 3, "REPAIR", "PLUMBING", tech2, "REOPENED", "2026-01-10 08:00", "2026-01-10 10:00",
                "2026-01-13 08:00", "2026-01-10 09:00", null, null, null, 2, 1, null, agent);
        insert(projectId, code, 4, "REPAIR", "PLUMBING", tech2, "COMPLETED", "2026-01-12 09:00", "2026-01-12 11:00",
                "2026-01-15 09:00", "2026-01-12 09:30", "2026-01-12 11:30", "2026-01-13 23:59:59", null, null, 0, a, agent);
        insert(projectId, code, 5, "COMPLAINT", "NOISE", null, "NEW", "2026-01-20 12:00", "2026-01-20 23:59:59",
                "2026-01-23 12:00", null, null, null, null, null, 0, null, agent);
        insert(projectId, code, 6, "INQUIRY", "OTHER", null, "CANCELLED", "2026-01-21 09:00", "2026-01-21 23:59:59",
                "2026-01-24 09:00", null, null, null, null, null, 0, null, agent);
        // Outside the period (registered the evening before): never counted itself.
        String g = insert(projectId, code, 7, "REPAIR", "PLUMBING", tech3, "CLOSED", "2025-12-31 23:00", "2025-12-31 23:30",
                "2026-01-01 23:00", "2025-12-31 23:10", "2025-12-31 23:50", "2026-01-02 23:59:59", "2026-01-01 09:00", 1, 0, null, agent);
        // H: rework of G (tech3's work), not yet assigned, past both due times.
        insert(projectId, code, 8, "REPAIR", "PLUMBING", null, "NEW", "2026-01-25 09:00", "2026-01-25 11:00",
                "2026-01-28 09:00", null, null, null, null, null, 0, g, agent);

        Map<String, Object> s = as("admin").get().uri("/api/v1/work-orders/stats?projectId=" + projectId + PERIOD).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(s.get("projectId")).isEqualTo(projectId);
        assertThat(number(s, "total")).isEqualTo(7);
        // Completed at least once: A, B, D (completedAt) and C (reopened after a completion).
        assertThat(number(s, "completed")).isEqualTo(4);
        // Rework: D (reworkOf A), H (reworkOf G) and C (reopened) → 3 ÷ 4.
        assertThat(number(s, "reworkCount")).isEqualTo(3);
        assertThat(number(s, "reworkRate")).isEqualTo(0.75);
        // Response known: A, B, C, D responded, E and H past due (F cancelled) = 6; on time A, C, D = 3.
        assertThat(number(s, "responseOnTimeRate")).isEqualTo(0.5);
        // Resolution known: A, B, D completed, C, E and H past due = 6; on time A, D = 2 → 0.3333.
        assertThat(number(s, "resolutionOnTimeRate")).isEqualTo(0.3333);
        // Response minutes 20, 45, 60, 30: mean 38.75 → 38.8; p90 = 45 + 0.7 × (60 − 45) = 55.5.
        assertThat(number(s, "meanResponseMinutes")).isEqualTo(38.8);
        assertThat(number(s, "p90ResponseMinutes")).isEqualTo(55.5);
        // Resolution minutes 240, 600, 150: mean 330; p90 = 240 + 0.8 × (600 − 240) = 528.
        assertThat(number(s, "meanResolutionMinutes")).isEqualTo(330.0);
        assertThat(number(s, "p90ResolutionMinutes")).isEqualTo(528.0);
        // Reached return visits (a satisfaction): A, B, C = 3 of 4 completed.
        assertThat(number(s, "returnVisitRate")).isEqualTo(0.75);
        // Closed by a visit: A (on time), B (late) → 0.5.
        assertThat(number(s, "returnVisitOnTimeRate")).isEqualTo(0.5);
        // (5 + 3 + 2) ÷ 3 = 3.33.
        assertThat(number(s, "meanSatisfaction")).isEqualTo(3.33);
        assertThat(counts(s, "byStatus")).isEqualTo(Map.of("CLOSED", 2L, "REOPENED", 1L, "COMPLETED", 1L, "NEW", 2L, "CANCELLED", 1L));
        assertThat(counts(s, "byType")).isEqualTo(Map.of("REPAIR", 5L, "COMPLAINT", 1L, "INQUIRY", 1L));
        assertThat(counts(s, "byCategory")).isEqualTo(Map.of("PLUMBING", 4L, "ELECTRICAL", 1L, "NOISE", 1L, "OTHER", 1L));
        assertThat(((List<Map<String, Object>>) s.get("byStatus")).get(0).get("key")).isEqualTo("CLOSED");

        List<Map<String, Object>> byAssignee = (List<Map<String, Object>>) s.get("byAssignee");
        assertThat(byAssignee).hasSize(3);
        Map<String, Object> t1 = byAssignee.stream().filter(x -> tech1.equals(x.get("assigneeId"))).findFirst().orElseThrow();
        assertThat(t1.get("assigneeName")).isEqualTo("赵师傅");
        assertThat(number(t1, "total")).isEqualTo(2);
        assertThat(number(t1, "completed")).isEqualTo(2);
        // Per technician, rework counts for whoever's work needed it: D (reworkOf A) for tech1, who did A.
        assertThat(number(t1, "reworkCount")).isEqualTo(1);
        assertThat(number(t1, "reworkRate")).isEqualTo(0.5);
        assertThat(number(t1, "responseOnTimeRate")).isEqualTo(0.5);
        assertThat(number(t1, "resolutionOnTimeRate")).isEqualTo(0.5);
        assertThat(number(t1, "meanResponseMinutes")).isEqualTo(32.5);
        assertThat(number(t1, "p90ResponseMinutes")).isEqualTo(42.5);      // 20 + 0.9 × 25
        assertThat(number(t1, "meanResolutionMinutes")).isEqualTo(420.0);
        assertThat(number(t1, "p90ResolutionMinutes")).isEqualTo(564.0);   // 240 + 0.9 × 360
        assertThat(number(t1, "returnVisitRate")).isEqualTo(1.0);
        assertThat(number(t1, "returnVisitOnTimeRate")).isEqualTo(0.5);
        assertThat(number(t1, "meanSatisfaction")).isEqualTo(4.0);
        Map<String, Object> t2 = byAssignee.stream().filter(x -> tech2.equals(x.get("assigneeId"))).findFirst().orElseThrow();
        assertThat(t2.get("assigneeName")).isEqualTo("钱师傅");
        assertThat(number(t2, "total")).isEqualTo(2);
        assertThat(number(t2, "completed")).isEqualTo(2);
        // C was reopened and stayed with tech2; D is tech2's order but rework of tech1's A.
        assertThat(number(t2, "reworkCount")).isEqualTo(1);
        assertThat(number(t2, "reworkRate")).isEqualTo(0.5);
        assertThat(number(t2, "responseOnTimeRate")).isEqualTo(1.0);
        assertThat(number(t2, "resolutionOnTimeRate")).isEqualTo(0.5);
        assertThat(number(t2, "meanResponseMinutes")).isEqualTo(45.0);
        assertThat(number(t2, "p90ResponseMinutes")).isEqualTo(57.0);      // 30 + 0.9 × 30
        assertThat(number(t2, "meanResolutionMinutes")).isEqualTo(150.0);
        assertThat(number(t2, "returnVisitRate")).isEqualTo(0.5);
        assertThat(t2).doesNotContainKey("returnVisitOnTimeRate");         // nothing closed
        assertThat(number(t2, "meanSatisfaction")).isEqualTo(2.0);
        // tech3 has no order of their own in the period, but H is rework of their G.
        Map<String, Object> t3 = byAssignee.stream().filter(x -> tech3.equals(x.get("assigneeId"))).findFirst().orElseThrow();
        assertThat(t3.get("assigneeName")).isEqualTo("周师傅");
        assertThat(number(t3, "total")).isZero();
        assertThat(number(t3, "reworkCount")).isEqualTo(1);
        assertThat(t3).doesNotContainKeys("reworkRate", "meanSatisfaction", "responseOnTimeRate");

        // Trend: 31 days → day by day in the project's zone (Asia/Shanghai), 2026-01-01 to 2026-02-01 local.
        assertThat(s.get("trendInterval")).isEqualTo("DAY");
        List<Map<String, Object>> trend = (List<Map<String, Object>>) s.get("trend");
        assertThat(trend).hasSize(32);
        assertThat(trend.get(0).get("start")).isEqualTo("2026-01-01");
        assertThat(trend.get(31).get("start")).isEqualTo("2026-02-01");
        assertThat(trend.stream().mapToLong(p -> ((Number) p.get("registered")).longValue()).sum()).isEqualTo(7);
        // A (18:00 local on the 5th): completed on time, satisfaction 5.
        Map<String, Object> jan5 = trend.get(4);
        assertThat(jan5).containsEntry("start", "2026-01-05").containsEntry("registered", 1).containsEntry("completed", 1)
                .containsEntry("reworkCount", 0).containsEntry("resolutionOnTimeRate", 1.0).containsEntry("meanSatisfaction", 5.0);
        // C (the 10th): reopened → completed once and rework; its resolution is past due → 0 on time.
        assertThat(trend.get(9)).containsEntry("start", "2026-01-10").containsEntry("completed", 1).containsEntry("reworkCount", 1)
                .containsEntry("resolutionOnTimeRate", 0.0).containsEntry("meanSatisfaction", 2.0);
        assertThat(trend.get(1)).containsEntry("registered", 0).doesNotContainKeys("resolutionOnTimeRate", "meanSatisfaction");

        // 90 days → week by week from Monday 2025-12-01; G (07:00 on 1 January local) falls in the week of 29 December.
        Map<String, Object> quarter = as("admin").get().uri("/api/v1/work-orders/stats?projectId=" + projectId
                        + "&from=2025-11-30T16:00:00Z&to=2026-02-28T16:00:00Z").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(quarter.get("trendInterval")).isEqualTo("WEEK");
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) quarter.get("trend");
        assertThat(weeks).hasSize(13);
        assertThat(weeks.get(0).get("start")).isEqualTo("2025-12-01");
        assertThat(weeks.get(4)).containsEntry("start", "2025-12-29").containsEntry("registered", 1);
        assertThat(weeks.get(5)).containsEntry("start", "2026-01-05").containsEntry("registered", 3).containsEntry("completed", 3);

        // Counts for the list's status tabs (all time, so G counts too), in state-machine order; overdue: C, E, H.
        Map<String, Object> tabs = as("admin").get().uri("/api/v1/work-orders/counts?projectId=" + projectId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(tabs).containsEntry("total", 8).containsEntry("overdue", 3);
        assertThat(((List<Map<String, Object>>) tabs.get("byStatus")).stream().map(c -> c.get("key") + "=" + c.get("count")))
                .containsExactly("NEW=2", "COMPLETED=1", "CLOSED=3", "REOPENED=1", "CANCELLED=1");
        Map<String, Object> repairs = as("admin").get().uri("/api/v1/work-orders/counts?projectId=" + projectId
                        + "&type=REPAIR&createdFrom=2026-01-01T00:00:00Z").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(repairs).containsEntry("total", 5).containsEntry("overdue", 2);

        // An empty period: counts are 0 and every rate is absent.
        Map<String, Object> empty = as("admin").get().uri("/api/v1/work-orders/stats?projectId=" + projectId
                        + "&from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(number(empty, "total")).isZero();
        assertThat(empty).doesNotContainKeys("reworkRate", "responseOnTimeRate", "meanSatisfaction");
        assertThat((List<Object>) empty.get("byAssignee")).isEmpty();
    }

    @Test
    void everyMemberMayReadTheStatsOfTheirProjectOthersGet404() {
        String sg = sg();
        for (String user : List.of("admin", "manager", "agent", "tech1", "custodian", "integration")) {
            as(user).get().uri("/api/v1/work-orders/stats?projectId=" + sg).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.total").value(t -> assertThat(((Number) t).longValue()).isPositive());
        }
        as("agent2").get().uri("/api/v1/work-orders/stats?projectId=" + sg).exchange().expectStatus().isNotFound();
        as("admin").get().uri("/api/v1/work-orders/stats?projectId=" + UUID.randomUUID()).exchange().expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void countsMatchWhatTheListShowsEachCaller() {
        for (String user : List.of("manager", "tech1", "agent2")) {
            Map<String, Object> counts = as(user).get().uri("/api/v1/work-orders/counts").exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            Map<String, Long> listed = new java.util.HashMap<>();
            String cursor = null;
            do {
                Map<String, Object> page = as(user).get().uri("/api/v1/work-orders?limit=100" + (cursor == null ? "" : "&cursor=" + cursor))
                        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
                ((List<Map<String, Object>>) page.get("items")).forEach(o -> listed.merge(o.get("status").toString(), 1L, Long::sum));
                cursor = (String) page.get("nextCursor");
            } while (cursor != null);
            assertThat(counts(counts, "byStatus")).as(user).isEqualTo(listed);
            assertThat(number(counts, "total")).as(user).isEqualTo(listed.values().stream().mapToLong(Long::longValue).sum());
        }
        as("agent2").get().uri("/api/v1/work-orders/counts?projectId=" + sg()).exchange().expectStatus().isNotFound();
        as("manager").get().uri("/api/v1/work-orders/counts?createdFrom=soon").exchange().expectStatus().isBadRequest();
    }

    @Test
    void badPeriodsAre400() {
        String sg = sg();
        as("manager").get().uri("/api/v1/work-orders/stats?projectId=" + sg + "&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        as("manager").get().uri("/api/v1/work-orders/stats?projectId=" + sg + "&from=yesterday").exchange().expectStatus().isBadRequest();
        as("manager").get().uri("/api/v1/work-orders/stats").exchange().expectStatus().isBadRequest();
    }

    private String insert(String projectId, String code, int n, String type, String category, String assignee, String status,
            String created, String responseDue, String resolutionDue, String responded, String completed, String visitDue,
            String closed, Integer satisfaction, int reopenCount, String reworkOf, String agent) {
        String id = UUID.randomUUID().toString();
        sql("""
                insert into work_orders (id, project_id, code, location, type, category, priority, channel, title, reporter_name,
                    reporter_phone, first_responsible_id, assignee_id, status, response_due_at, resolution_due_at, return_visit_due_at,
                    responded_at, completed_at, closed_at, satisfaction, reopen_count, rework_of, created_at, updated_at)
                values ('%s', '%s', '%s', '大堂', '%s', '%s', 'NORMAL', 'PHONE', '统计样例', '王先生', '13800000000', '%s', %s, '%s',
                    %s, %s, %s, %s, %s, %s, %s, %d, %s, %s, %s)
                """.formatted(id, projectId, code + "-2026010" + n + "-0001", type, category, agent, lit(assignee), status,
                at(responseDue), at(resolutionDue), at(visitDue), at(responded), at(completed), at(closed),
                satisfaction == null ? "null" : satisfaction.toString(), reopenCount, lit(reworkOf), at(created), at(created)));
        return id;
    }

    private static String lit(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private static String at(String utc) {
        return utc == null ? "null" : "'" + utc + "+00'::timestamptz";
    }

    private static double number(Map<String, Object> m, String key) {
        assertThat(m).containsKey(key);
        return ((Number) m.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts(Map<String, Object> s, String key) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) s.get(key)) {
            out.put(c.get("key").toString(), ((Number) c.get("count")).longValue());
        }
        return out;
    }
}
