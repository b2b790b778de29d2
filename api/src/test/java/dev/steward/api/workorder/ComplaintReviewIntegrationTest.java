package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** GET /work-orders/complaint-review (投诉每日盘点): open complaints by age, with who is responsible and the last note. */
class ComplaintReviewIntegrationTest extends WorkOrderTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void openComplaintsAreGroupedByAgeWithTheirLastNote() {
        String code = "C" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replaceAll("[^A-Z0-9]", "6");
        String projectId = as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "投诉盘点")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        String agent = userId("agent");
        String tech1 = userId("tech1");
        String c1 = insert(projectId, code, 1, "COMPLAINT", "NEW", null, "2 hours");
        note(projectId, c1, agent, "COMMENTED", "已联系业主，今天下午上门", "1 hour");
        String c2 = insert(projectId, code, 2, "COMPLAINT", "ASSIGNED", tech1, "2 days");
        note(projectId, c2, agent, "ASSIGNED", "请尽快处理", "47 hours");
        note(projectId, c2, agent, "COMMENTED", "业主再次来电催促", "1 day");
        String c3 = insert(projectId, code, 3, "COMPLAINT", "ON_HOLD", tech1, "5 days");
        String c4 = insert(projectId, code, 4, "COMPLAINT", "REOPENED", tech1, "10 days");
        String c9 = insert(projectId, code, 9, "COMPLAINT", "IN_PROGRESS", tech1, "3 days 1 minute");
        // Not open complaints: never listed.
        insert(projectId, code, 5, "COMPLAINT", "CLOSED", tech1, "3 days");
        insert(projectId, code, 6, "COMPLAINT", "COMPLETED", tech1, "4 days");
        insert(projectId, code, 7, "COMPLAINT", "CANCELLED", null, "4 days");
        insert(projectId, code, 8, "REPAIR", "NEW", null, "1 day");

        Map<String, Object> review = as("admin").get().uri("/api/v1/work-orders/complaint-review?projectId=" + projectId)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Number) review.get("total")).longValue()).isEqualTo(5);
        List<Map<String, Object>> buckets = (List<Map<String, Object>>) review.get("buckets");
        assertThat(buckets).extracting(b -> b.get("age"))
                .containsExactly("MORE_THAN_7_DAYS", "DAYS_3_TO_7", "DAYS_1_TO_3", "LESS_THAN_1_DAY");
        assertThat(ids(buckets.get(0))).containsExactly(c4);
        assertThat(ids(buckets.get(1))).containsExactly(c3, c9);     // oldest first
        assertThat(ids(buckets.get(2))).containsExactly(c2);
        assertThat(ids(buckets.get(3))).containsExactly(c1);
        assertThat(buckets).extracting(b -> ((Number) b.get("count")).intValue()).containsExactly(1, 2, 1, 1);

        Map<String, Object> two = items(buckets.get(2)).get(0);
        assertThat(two.get("code")).isEqualTo(code + "-20260102-0001");
        assertThat(two.get("title")).isEqualTo("投诉 2");
        assertThat(two.get("location")).isEqualTo("大堂");
        assertThat(two.get("status")).isEqualTo("ASSIGNED");
        assertThat(two.get("firstResponsibleName")).isEqualTo("李客服");
        assertThat(two.get("assigneeName")).isEqualTo("赵师傅");
        assertThat(((Number) two.get("ageMinutes")).longValue()).isBetween(2L * 24 * 60, 2L * 24 * 60 + 5);
        assertThat(two.get("overdue")).isEqualTo(true);      // no reply by the end of its first day
        assertThat((Map<String, Object>) two.get("lastNote")).containsEntry("note", "业主再次来电催促")
                .containsEntry("type", "COMMENTED").containsEntry("actorName", "李客服");
        Map<String, Object> one = items(buckets.get(3)).get(0);
        assertThat(one).doesNotContainKey("assigneeName");
        assertThat((Map<String, Object>) one.get("lastNote")).containsEntry("note", "已联系业主，今天下午上门");
        assertThat(items(buckets.get(1)).get(0)).doesNotContainKey("lastNote");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMemberButATechnicianMayReadTheReview() {
        String sg = sg();
        for (String user : List.of("admin", "manager", "agent", "custodian", "supervisor", "integration")) {
            Map<String, Object> review = as(user).get().uri("/api/v1/work-orders/complaint-review?projectId=" + sg).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            assertThat((List<Object>) review.get("buckets")).hasSize(4);
        }
        as("tech1").get().uri("/api/v1/work-orders/complaint-review?projectId=" + sg).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_ALLOWED");
        as("agent2").get().uri("/api/v1/work-orders/complaint-review?projectId=" + sg).exchange().expectStatus().isNotFound();
        as("manager").get().uri("/api/v1/work-orders/complaint-review").exchange().expectStatus().isBadRequest();
    }

    private String insert(String projectId, String code, int n, String type, String status, String assignee, String age) {
        String id = UUID.randomUUID().toString();
        String created = "now() - interval '" + age + "'";
        sql("""
                insert into work_orders (id, project_id, code, location, type, category, priority, channel, title, reporter_name,
                    reporter_phone, first_responsible_id, assignee_id, status, response_due_at, resolution_due_at, created_at, updated_at)
                values ('%s', '%s', '%s', '大堂', '%s', 'NOISE', 'NORMAL', 'PHONE', '投诉 %d', '王先生', '13800000000',
                    (select id from users where username = 'agent'), %s, '%s', %s + interval '10 hours', %s + interval '3 days', %s, %s)
                """.formatted(id, projectId, code + "-2026010" + n + "-0001", type, n,
                assignee == null ? "null" : "'" + assignee + "'", status, created, created, created, created));
        return id;
    }

    private void note(String projectId, String orderId, String actor, String type, String note, String ago) {
        sql("""
                insert into work_order_events (project_id, work_order_id, type, actor_id, at, note)
                values ('%s', '%s', '%s', '%s', now() - interval '%s', '%s')
                """.formatted(projectId, orderId, type, actor, ago, note));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> bucket) {
        return (List<Map<String, Object>>) bucket.get("items");
    }

    private static List<Object> ids(Map<String, Object> bucket) {
        return items(bucket).stream().map(i -> i.get("id")).toList();
    }
}
