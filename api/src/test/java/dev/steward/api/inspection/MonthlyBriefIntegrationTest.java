package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The monthly brief against a fixture computed by hand: two fresh projects (no demo data), a supervisor in both, an
 * agent in the first only; customer-service inspections last month and this month, a 十必查 this month.
 *
 * <pre>
 * last month   A: CS all met                         100.0  → #1
 *              B: CS CS-01-1 −2                       98.0  → #2
 * this month   A: CS CS-01-1 −2, CS-03-4 −1 = 97.0;
 *                 CS CS-01-1 −1.5 = 98.5   mean 97.75 → 97.8 → #2 (Δ −2.2, rank −1)
 *              B: CS all met 100.0 → #1 (Δ +2.0, rank +1); 十必查 TMC-02-3 missing → 90.0
 * top deductions this month: CS-01-1 ×2 (3.5 points, 1 project), CS-03-4 ×1 (1), TMC-02-3 ×1 (0, pass/fail)
 * rectifications: one raised in A this month on CS-01-1, its deadline then moved into the past → overdue
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyBriefIntegrationTest extends InspectionTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    DatabaseClient db;

    private String a;
    private String b;
    private String supervisor;
    private String agent;
    private String rectification;
    private final YearMonth month = YearMonth.now(ZONE);

    @BeforeAll
    void fixture() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X");
        a = project("A" + tag, "甲苑");
        b = project("B" + tag, "乙苑");
        supervisor = user("bsup" + tag.toLowerCase(), "QUALITY_SUPERVISOR", List.of(a, b));
        agent = user("bagt" + tag.toLowerCase(), "AGENT", List.of(a));
        String lastMonth = month.minusMonths(1).atEndOfMonth().atTime(LocalTime.of(23, 50)).atZone(ZONE).toOffsetDateTime().toString();

        inspect(a, "CUSTOMER_SERVICE", lastMonth, cp -> null);
        inspect(b, "CUSTOMER_SERVICE", lastMonth, cp -> "CS-01-1".equals(cp.get("code")) ? missing(2) : null);
        Read first = inspect(a, "CUSTOMER_SERVICE", null, cp -> switch (cp.get("code").toString()) {
            case "CS-01-1" -> missing(2);
            case "CS-03-4" -> missing(1);
            default -> null;
        });
        inspect(a, "CUSTOMER_SERVICE", null, cp -> "CS-01-1".equals(cp.get("code")) ? missing(1.5) : null);
        inspect(b, "CUSTOMER_SERVICE", null, cp -> null);
        inspect(b, "TEN_MUST_CHECKS", null, cp -> "TMC-02-3".equals(cp.get("code")) ? Map.of("status", "MISSING", "note", "通道堆物") : null);

        Map<?, ?> rect = post(supervisor, "/api/v1/inspections/" + first.id() + "/results/" + first.resultOf("CS-01-1").get("id") + "/rectification",
                Map.of("assigneeId", userId(agent), "dueAt", inDays(2))).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        rectification = rect.get("id").toString();
        // A daily plan in A: its tasks (today and the week ahead) are made when it is saved; two of them are then made
        // due a minute ago (still this month) and left undone: 应查未查. B has no plan.
        String plan = post(supervisor, "/api/v1/inspection-plans", Map.of("projectId", a, "name", "每日自查", "templateId", template("TEN_MUST_CHECKS"),
                "level", "SERVICE_CENTRE", "inspectorIds", List.of(userId(supervisor)), "dueTime", "18:00"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        db.sql("""
                        update inspection_tasks set opens_at = d - interval '1 hour', due_at = d
                        from (select greatest(now() - interval '1 minute',
                                              date_trunc('month', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai' + interval '2 minutes') as d) x
                        where id in (select id from inspection_tasks where plan_id = $1 order by scheduled_on limit 2)
                        """)
                .bind(0, UUID.fromString(plan)).fetch().rowsUpdated().block(Duration.ofSeconds(10));
        // Time passes: raised two seconds earlier, due a second after that, so the deadline is already behind us.
        db.sql("update rectifications set raised_at = raised_at - interval '2 seconds', due_at = raised_at - interval '1 second',"
                        + " original_due_at = raised_at - interval '1 second' where id = $1")
                .bind(0, UUID.fromString(rectification)).fetch().rowsUpdated().block(Duration.ofSeconds(10));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBriefMatchesTheHandComputedFixture() {
        Map<String, Object> brief = get(supervisor, "/api/v1/inspection-reports/monthly?month=" + month);
        assertThat(brief).containsEntry("month", month.toString()).containsEntry("previousMonth", month.minusMonths(1).toString())
                .containsEntry("from", month.atDay(1).toString()).containsEntry("to", month.atEndOfMonth().toString());
        assertThat((Map<String, Object>) brief.get("headlineTemplateName")).containsEntry("zh", "客户服务督导评分细则");
        List<Map<String, Object>> projects = (List<Map<String, Object>>) brief.get("projects");
        assertThat(projects).extracting(p -> p.get("projectId")).containsExactly(b, a);
        Map<String, Object> pb = projects.get(0);
        Map<String, Object> pa = projects.get(1);
        assertThat(pb).containsEntry("score", 100.0).containsEntry("grade", "EXCELLENT").containsEntry("rank", 1)
                .containsEntry("previousScore", 98.0).containsEntry("scoreDelta", 2.0).containsEntry("previousRank", 2).containsEntry("rankDelta", 1)
                .containsEntry("inspectionCount", 2).containsEntry("findingCount", 1);
        assertThat(pa).containsEntry("score", 97.8).containsEntry("grade", "EXCELLENT").containsEntry("rank", 2)
                .containsEntry("previousScore", 100.0).containsEntry("scoreDelta", -2.2).containsEntry("previousRank", 1).containsEntry("rankDelta", -1)
                .containsEntry("inspectionCount", 2).containsEntry("findingCount", 3);
        List<Map<String, Object>> bTemplates = (List<Map<String, Object>>) pb.get("templates");
        assertThat(bTemplates).extracting(t -> t.get("templateCode") + " " + t.get("inspectionCount") + " " + t.get("meanTotal") + " " + t.get("grade"))
                .containsExactly("CUSTOMER_SERVICE 1 100.0 EXCELLENT", "TEN_MUST_CHECKS 1 90.0 GOOD");
        assertThat((List<Map<String, Object>>) pa.get("templates")).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("minTotal", 97.0).containsEntry("maxTotal", 98.5).containsEntry("meanTotal", 97.8));

        List<Map<String, Object>> top = (List<Map<String, Object>>) brief.get("topDeductions");
        assertThat(top).extracting(d -> d.get("checkPointCode") + " " + d.get("count") + " " + d.get("projectCount") + " " + d.get("pointsLost"))
                .containsExactly("CS-01-1 2 1 3.5", "CS-03-4 1 1 1.0", "TMC-02-3 1 1 0.0");
        assertThat(top.get(0)).containsEntry("sectionCode", "CS-INTERNAL").containsEntry("itemCode", "CS-01");

        // Rates as the rectification summary counts them: one raised in A, open, due (its deadline passed), not on time.
        Map<String, Object> ra = (Map<String, Object>) pa.get("rectifications");
        assertThat(ra).containsEntry("raised", 1).containsEntry("closed", 0).containsEntry("open", 1).containsEntry("overdue", 1)
                .containsEntry("due", 1).containsEntry("onTime", 0).containsEntry("rectificationRate", 0.0).containsEntry("onTimeRate", 0.0);
        assertThat((Map<String, Object>) pb.get("rectifications")).containsEntry("raised", 0).doesNotContainKey("rectificationRate");
        assertThat((Map<String, Object>) brief.get("rectifications")).containsEntry("raised", 1).containsEntry("rectificationRate", 0.0);
        Map<String, Object> summary = get(supervisor, "/api/v1/rectifications/summary?projectId=" + a + "&from="
                + month.atDay(1).atStartOfDay(ZONE).toInstant() + "&to=" + month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
        assertThat(summary.get("totals")).isEqualTo(ra);

        // 应查未查: A's two tasks past their due time, as the task summary counts them for the same month.
        Map<String, Object> ta = (Map<String, Object>) pa.get("tasks");
        assertThat(ta).containsEntry("missed", 2).containsEntry("done", 0);
        assertThat((Integer) ta.get("due")).isGreaterThanOrEqualTo(2);
        assertThat((Map<String, Object>) pb.get("tasks")).containsEntry("due", 0).containsEntry("missed", 0);
        assertThat((Map<String, Object>) brief.get("tasks")).isEqualTo(ta);
        Map<String, Object> taskSummary = get(supervisor, "/api/v1/inspection-tasks/summary?projectId=" + a + "&from="
                + month.atDay(1).atStartOfDay(ZONE).toInstant() + "&to=" + month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
        assertThat(((List<Map<String, Object>>) taskSummary.get("projects")).get(0)).containsEntry("missed", 2).containsEntry("due", ta.get("due"));

        assertThat(brief).containsEntry("overdueCount", 1);
        assertThat((List<Map<String, Object>>) brief.get("overdue")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("id", rectification).containsEntry("checkPointCode", "CS-01-1").containsEntry("overdue", true));

        // Last month: ranked on its own, nothing to compare with before it, nothing overdue at its end.
        Map<String, Object> before = get(supervisor, "/api/v1/inspection-reports/monthly?month=" + month.minusMonths(1));
        List<Map<String, Object>> earlier = (List<Map<String, Object>>) before.get("projects");
        assertThat(earlier).extracting(p -> p.get("projectId") + " " + p.get("rank") + " " + p.get("score"))
                .containsExactly(a + " 1 100.0", b + " 2 98.0");
        assertThat(earlier.get(0)).doesNotContainKey("previousScore").doesNotContainKey("rankDelta");
        assertThat((List<Map<String, Object>>) before.get("topDeductions")).extracting(d -> d.get("checkPointCode") + " " + d.get("pointsLost"))
                .containsExactly("CS-01-1 2.0");
        assertThat(before).containsEntry("overdueCount", 0);
    }

    /** A member of A alone sees A alone (ranked first among what they see); B is a 404 for them. */
    @Test
    @SuppressWarnings("unchecked")
    void eachSeesTheirOwnProjects() {
        Map<String, Object> brief = get(agent, "/api/v1/inspection-reports/monthly?month=" + month);
        assertThat((List<Map<String, Object>>) brief.get("projects")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("projectId", a).containsEntry("rank", 1).containsEntry("previousRank", 1));
        as(agent).get().uri("/api/v1/inspection-reports/monthly?month=" + month + "&projectId=" + b).exchange().expectStatus().isNotFound();
        Map<String, Object> one = get(supervisor, "/api/v1/inspection-reports/monthly?month=" + month + "&projectId=" + b);
        assertThat(one).containsEntry("projectId", b).containsEntry("overdueCount", 0);
        assertThat((List<Map<String, Object>>) one.get("projects")).extracting(p -> p.get("projectId")).containsExactly(b);
    }

    @Test
    void badMonthsAreRefusedNamingMonth() {
        for (String bad : List.of("2026-13", "26-11", "abc", "1999-12", month.plusMonths(1).toString(), "2026-1")) {
            as(supervisor).get().uri("/api/v1/inspection-reports/monthly?month=" + bad).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
        }
        as(supervisor).get().uri("/api/v1/inspection-reports/monthly").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
        as(supervisor).get().uri("/api/v1/inspection-reports/monthly/export?format=csv&month=" + month).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
    }

    @Test
    void theBriefAsXlsx() throws IOException {
        byte[] xlsx = as(supervisor).get().uri("/api/v1/inspection-reports/monthly/export?format=xlsx&month=" + month).exchange()
                .expectStatus().isOk().expectHeader().value("Content-Disposition", d -> assertThat(d).contains("monthly-brief-" + month + ".xlsx"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("评比排名", "主要扣分项", "整改", "逾期整改");
            List<Row> ranking = sheets.get(0).read();
            assertThat(InspectionExportIntegrationTest.text(ranking.get(0), 0)).isEqualTo("月度简报 " + month);
            int header = ranking.indexOf(InspectionExportIntegrationTest.labelled(ranking, "名次"));
            assertThat(InspectionExportIntegrationTest.text(ranking.get(header), 10)).isEqualTo("应查未查");
            assertThat(InspectionExportIntegrationTest.text(ranking.get(header), 11)).isEqualTo("客户服务督导评分细则");
            Row first = ranking.get(header + 1);
            assertThat(InspectionExportIntegrationTest.number(first, 0)).isEqualByComparingTo("1");
            assertThat(InspectionExportIntegrationTest.text(first, 1)).startsWith("B");
            assertThat(InspectionExportIntegrationTest.number(first, 2)).isEqualByComparingTo("100");
            assertThat(InspectionExportIntegrationTest.text(first, 3)).isEqualTo("优秀");
            assertThat(InspectionExportIntegrationTest.number(first, 5)).isEqualByComparingTo("2");
            assertThat(InspectionExportIntegrationTest.number(ranking.get(header + 2), 2)).isEqualByComparingTo("97.8");
            assertThat(InspectionExportIntegrationTest.number(ranking.get(header + 2), 6)).isEqualByComparingTo("-1");
            assertThat(InspectionExportIntegrationTest.number(ranking.get(header + 2), 10)).isEqualByComparingTo("2");
            List<Row> top = sheets.get(1).read();
            assertThat(InspectionExportIntegrationTest.text(top.get(1), 3)).isEqualTo("CS-01-1");
            assertThat(InspectionExportIntegrationTest.number(top.get(1), 5)).isEqualByComparingTo("2");
            assertThat(InspectionExportIntegrationTest.number(top.get(1), 7)).isEqualByComparingTo("3.5");
            List<Row> overdue = sheets.get(3).read();
            assertThat(overdue).hasSize(3);
            assertThat(InspectionExportIntegrationTest.text(overdue.get(0), 0)).startsWith("统计截至 ").endsWith(" · 1");
            assertThat(InspectionExportIntegrationTest.text(overdue.get(2), 2)).isEqualTo("CS-01-1");
        }
    }

    private Read inspect(String project, String template, String startedAt, Function<Map<String, Object>, Map<String, Object>> answer) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("projectId", project, "templateId", template(template), "method", "OPEN"));
        if (startedAt != null) {
            body.put("startedAt", startedAt);
        }
        Map<?, ?> created = post(supervisor, "/api/v1/inspections", body).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        Read x = read(supervisor, created.get("id").toString());
        return submitted(supervisor, saved(supervisor, x, answers(x, answer)));
    }

    private static Map<String, Object> missing(double deduction) {
        return Map.of("status", "MISSING", "deduction", deduction);
    }

    private String project(String code, String name) {
        return as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", name + code, "timezone", "Asia/Shanghai")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private String user(String username, String role, List<String> projects) {
        as("admin").post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "displayName", "测试 " + username, "password", "steward-demo", "roles", List.of(role),
                        "projectIds", projects))
                .exchange().expectStatus().isCreated();
        return username;
    }
}
