package dev.steward.api.quality;

import dev.steward.api.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A brand-new project (Asia/Shanghai) with two buildings of two units each, and January–February 2026 worked out by hand
 * in docs/quality.md "The hand-computed fixture": five orders, a return visit or two, two complaints, one survey campaign
 * with three answers, three keys, and one order in December 2025 (the previous period).
 */
abstract class QualityFixture extends IntegrationTest {

    static final String FROM = "2025-12-31T16:00:00Z";   // 2026-01-01 00:00 in Shanghai
    static final String TO = "2026-02-28T16:00:00Z";     // 2026-03-01 00:00 in Shanghai

    @Autowired
    DatabaseClient db;

    String projectId;
    String code;
    String b1;
    String b2;
    String tech1;
    String tech2;
    String campaignId;
    final Map<String, String> orders = new java.util.LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    void createFixture() {
        code = "Q" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replaceAll("[^A-Z0-9]", "7");
        projectId = as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "品质测试")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        String agent = userId("agent");
        String manager = userId("manager");
        tech1 = userId("tech1");
        tech2 = userId("tech2");
        b1 = UUID.randomUUID().toString();
        b2 = UUID.randomUUID().toString();
        sql("insert into buildings (id, project_id, code, name) values ('%s', '%s', 'B1', '1栋'), ('%s', '%s', 'B2', '2栋')"
                .formatted(b1, projectId, b2, projectId));
        String u11 = unit(b1, "1-101");
        String u12 = unit(b1, "1-102");
        String u21 = unit(b2, "2-101");
        String u22 = unit(b2, "2-102");
        // name, type, unit, assignee, status, created, response due, resolution due, responded, completed, visit due, closed,
        // satisfaction, rework of
        orders.put("A", order(1, "REPAIR", u11, tech1, "CLOSED", "2026-01-05 02:00", "2026-01-05 02:30", "2026-01-06 02:00",
                "2026-01-05 02:20", "2026-01-05 06:00", "2026-01-06 15:59:59", "2026-01-06 01:00", 5, null, agent));
        orders.put("B", order(2, "REPAIR", u12, tech2, "CLOSED", "2026-01-10 02:00", "2026-01-10 02:30", "2026-01-10 06:00",
                "2026-01-10 03:00", "2026-01-10 12:00", "2026-01-11 15:59:59", "2026-01-12 02:00", 3, null, agent));
        orders.put("C", order(3, "COMPLAINT", u21, tech1, "COMPLETED", "2026-02-03 02:00", "2026-02-03 02:30", "2026-02-03 10:00",
                "2026-02-03 02:10", "2026-02-03 04:00", "2026-02-04 15:59:59", null, null, null, agent));
        orders.put("D", order(4, "REPAIR", u22, tech2, "ASSIGNED", "2026-02-10 02:00", "2026-02-10 02:30", "2026-02-11 02:00",
                null, null, null, null, null, orders.get("A"), agent));
        orders.put("E", order(5, "COMPLAINT", null, null, "CANCELLED", "2026-02-15 02:00", "2026-02-15 15:59:59", "2026-02-18 02:00",
                null, null, null, null, null, null, agent));
        // The previous period (2025-11-03 to 2026-01-01, 59 days): one order, on time everywhere.
        orders.put("P", order(6, "REPAIR", u11, tech1, "CLOSED", "2025-12-10 02:00", "2025-12-10 02:30", "2025-12-11 02:00",
                "2025-12-10 02:20", "2025-12-10 03:00", "2025-12-11 15:59:59", "2025-12-11 01:00", 4, null, agent));
        // Open complaints now (outside the period; the ageing is a snapshot): F 2 days old (2栋), G 10 days old (1栋), both past due.
        orders.put("F", order(7, "COMPLAINT", u22, null, "NEW", ago(2), ago(2, 1), ago(1), null, null, null, null, null, null, agent));
        orders.put("G", order(8, "COMPLAINT", u11, tech1, "IN_PROGRESS", ago(10), ago(10, 1), ago(9), ago(10, 1), null, null, null, null, null,
                agent));
        survey(u11, u12, u21, agent);
        keys(u11, u21, u22, manager, agent);
    }

    private void survey(String u11, String u12, String u21, String agent) {
        String template = UUID.randomUUID().toString();
        campaignId = UUID.randomUUID().toString();
        sql("insert into survey_templates (id, name, created_by, created_at, updated_at) values ('%s', '品质测试问卷', '%s', now(), now())"
                .formatted(template, agent));
        sql("""
                insert into survey_template_versions (template_id, version, name, questions, created_at) values ('%s', 1, '品质测试问卷', '[
                  {"id": "q1", "type": "RATING_5", "dimension": "CUSTOMER_SERVICE", "required": true, "text": {"zh": "客服", "en": "Service"}},
                  {"id": "q2", "type": "RATING_5", "dimension": "ENGINEERING", "required": true, "text": {"zh": "维修", "en": "Repairs"}},
                  {"id": "q9", "type": "NPS", "dimension": "OVERALL", "required": true, "text": {"zh": "推荐", "en": "Recommend"}}
                ]', now())""".formatted(template));
        sql("""
                insert into survey_campaigns (id, project_id, template_id, template_version, title, opens_at, closes_at, status, building_ids,
                                              created_by, created_at, opened_at, closed_at)
                values ('%s', '%s', '%s', 1, '2026 一月', '2026-01-20 00:00+00', '2026-01-31 00:00+00', 'CLOSED', '{}', '%s',
                        '2026-01-19 00:00+00', '2026-01-20 00:00+00', '2026-01-31 00:00+00')""".formatted(campaignId, projectId, template, agent));
        response(u11, b1, "{\"q1\": 5, \"q2\": 4, \"q9\": 10}", agent);
        response(u12, b1, "{\"q1\": 3, \"q2\": 3, \"q9\": 6}", agent);
        response(u21, b2, "{\"q1\": 2, \"q2\": 1, \"q9\": 8}", agent);
    }

    private void response(String unit, String building, String answers, String agent) {
        sql("""
                insert into survey_responses (campaign_id, project_id, unit_id, building_id, channel, answers, entered_by, created_at)
                values ('%s', '%s', '%s', '%s', 'PAPER', '%s', '%s', '2026-01-22 02:00+00')""".formatted(campaignId, projectId, unit, building,
                answers, agent));
    }

    private void keys(String u11, String u21, String u22, String manager, String agent) {
        String k1 = key("K1", u11, "AVAILABLE");
        String k2 = key("K2", u21, "CHECKED_OUT");
        String k3 = key("K3", u22, "LOST");
        checkout(k1, "2026-01-08 02:00", "2026-01-08 10:00", "2026-01-08 12:00", manager, agent);   // returned late
        checkout(k1, "2026-01-20 02:00", "2026-01-20 10:00", "2026-01-20 09:00", manager, agent);   // on time
        checkout(k2, "2026-02-05 02:00", "2026-02-05 10:00", null, manager, agent);                 // still out
        sql("""
                insert into key_events (project_id, seq, key_id, type, actor_id, at, prev_hash, hash)
                values ('%s', 0, '%s', 'REPORTED_LOST', '%s', '2026-02-20 02:00+00', '', '')""".formatted(projectId, k3, agent));
    }

    private String key(String keyCode, String unit, String status) {
        String id = UUID.randomUUID().toString();
        sql("insert into keys (id, project_id, code, type, unit_id, status) values ('%s', '%s', '%s', 'UNIT', '%s', '%s')"
                .formatted(id, projectId, keyCode, unit, status));
        return id;
    }

    void checkout(String key, String out, String due, String returned, String manager, String agent) {
        sql("""
                insert into key_checkouts (project_id, key_id, borrower_user_id, borrower_name, purpose, approved_by, issued_by,
                                           checked_out_at, due_at, returned_at)
                values ('%s', '%s', '%s', '维修工', '维修', '%s', '%s', %s, %s, %s)""".formatted(projectId, key, tech1, manager, agent, at(out),
                at(due), at(returned)));
    }

    private String unit(String building, String label) {
        String id = UUID.randomUUID().toString();
        String number = label.substring(2);
        sql("insert into units (id, project_id, building_id, number, label, sort_key) values ('%s', '%s', '%s', '%s', '%s', '%s')"
                .formatted(id, projectId, building, number, label, label));
        return id;
    }

    String order(int n, String type, String unit, String assignee, String status, String created, String responseDue,
            String resolutionDue, String responded, String completed, String visitDue, String closed, Integer satisfaction, String reworkOf,
            String agent) {
        String id = UUID.randomUUID().toString();
        sql("""
                insert into work_orders (id, project_id, code, unit_id, location, type, category, priority, channel, title, reporter_name,
                    reporter_phone, first_responsible_id, assignee_id, status, response_due_at, resolution_due_at, return_visit_due_at,
                    responded_at, completed_at, closed_at, satisfaction, reopen_count, rework_of, created_at, updated_at)
                values ('%s', '%s', '%s', %s, '大堂', '%s', 'PLUMBING', 'NORMAL', 'PHONE', '品质样例', '王先生', '13800000000', '%s', %s,
                    '%s', %s, %s, %s, %s, %s, %s, %s, 0, %s, %s, %s)
                """.formatted(id, projectId, code + "-2026010" + n + "-0001", lit(unit), type, agent, lit(assignee), status, at(responseDue),
                at(resolutionDue), at(visitDue), at(responded), at(completed), at(closed), satisfaction == null ? "null" : satisfaction.toString(),
                lit(reworkOf), at(created), at(created)));
        return id;
    }

    String userId(String username) {
        return as(username).get().uri("/api/v1/me").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    void sql(String statement) {
        db.sql(statement).fetch().rowsUpdated().block();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> getJson(String user, String uri) {
        return as(user).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Follows a drill-down: its path with its query, each value encoded (times carry '+08:00'). */
    @SuppressWarnings("unchecked")
    Map<String, Object> follow(String user, Map<String, Object> drill) {
        Map<String, Object> query = new java.util.LinkedHashMap<>((Map<String, Object>) drill.get("query"));
        query.put("limit", "200");
        // A value with commas stands for the parameter repeated (the contract's QualityDrillDown).
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        return as(user).get().uri(b -> {
            b.path((String) drill.get("path"));
            query.forEach((k, v) -> {
                String[] values = v.toString().split(",");
                for (int i = 0; i < values.length; i++) {
                    vars.put(k + i, values[i]);
                    b.queryParam(k, "{" + k + i + "}");
                }
            });
            return b.build(vars);
        }).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> figures(Map<String, Object> group) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) group.get("figures")).forEach(f -> out.put((String) f.get("key"), f));
        return out;
    }

    /** {@code days} days (and {@code hoursLater} hours later) before now, UTC, as the fixture writes times. */
    static String ago(int days, int... hoursLater) {
        java.time.OffsetDateTime t = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(days)
                .plusHours(hoursLater.length == 0 ? 0 : hoursLater[0]);
        return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    private static String lit(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private static String at(String utc) {
        return utc == null ? "null" : "'" + utc + "+00'::timestamptz";
    }
}
