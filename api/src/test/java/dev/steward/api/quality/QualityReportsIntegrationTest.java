package dev.steward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The periodic reports against the hand-computed fixture (docs/quality.md "Reports"), as JSON and XLSX, and their agreement with the overview. */
class QualityReportsIntegrationTest extends ReportFixture {

    private static final String W06_FROM = "2026-02-01T16:00:00Z";   // Monday 2026-02-02 00:00 in Shanghai
    private static final String W06_TO = "2026-02-08T16:00:00Z";
    private static final String JAN_FROM = "2025-12-31T16:00:00Z";
    private static final String JAN_TO = "2026-01-31T16:00:00Z";

    @BeforeEach
    void fixture() {
        createReportFixture();
    }

    private Map<String, Map<String, Object>> overview(String from, String to, String groupBy, String key) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) getJson("admin", "/api/v1/quality/overview?projectId=" + projectId
                + "&from=" + from + "&to=" + to + "&groupBy=" + groupBy).get("groups");
        return figures(groups.stream().filter(g -> key.equals(g.get("key"))).findFirst().orElseThrow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void weeklyComplaintSummary() {
        Map<String, Object> w = getJson("admin", "/api/v1/quality/reports/complaints-weekly?projectId=" + projectId + "&week=2026-W06");
        assertThat(w.get("week")).isEqualTo("2026-W06");
        assertThat((Map<String, Object>) w.get("period")).containsEntry("from", W06_FROM).containsEntry("to", W06_TO)
                .containsEntry("asOf", W06_TO).containsEntry("timezone", "Asia/Shanghai");
        // Registered C, F, G; completed in the week C (02-03) and H (02-04); open at the end F (3.6 d), G (0.3 d), I (9.6 d).
        assertThat(w).containsEntry("registered", 3).containsEntry("completed", 2).containsEntry("openAtEnd", 3);
        assertThat((List<Map<String, Object>>) w.get("openByAge")).extracting(a -> a.get("age") + "=" + a.get("count"))
                .containsExactly("LESS_THAN_1_DAY=1", "DAYS_1_TO_3=0", "DAYS_3_TO_7=1", "MORE_THAN_7_DAYS=1");
        assertThat((List<Map<String, Object>>) w.get("byDay")).extracting(d -> d.get("date") + ":" + d.get("registered") + "/" + d.get("completed"))
                .containsExactly("2026-02-02:0/0", "2026-02-03:1/1", "2026-02-04:0/1", "2026-02-05:1/0", "2026-02-06:0/0", "2026-02-07:0/0",
                        "2026-02-08:1/0");
        List<Map<String, Object>> causes = (List<Map<String, Object>>) w.get("causes");
        assertThat(causes).extracting(c -> c.get("category") + "=" + c.get("count") + "/" + c.get("completed"))
                .containsExactly("NOISE=2/1", "PLUMBING=1/1");
        assertThat((List<String>) causes.get(0).get("notes")).containsExactly("已与楼上住户沟通，承诺夜间注意");
        // 2-101 had I, C and F in the 90 days to the week's end; no other unit had two.
        List<Map<String, Object>> repeats = (List<Map<String, Object>>) w.get("repeatUnits");
        assertThat(repeats).hasSize(1);
        assertThat(repeats.get(0)).containsEntry("unitLabel", "2-101").containsEntry("buildingName", "2栋").containsEntry("complaints", 3);
        assertThat((List<String>) repeats.get(0).get("workOrderIds")).containsExactly(orders.get("I"), orders.get("C"), orders.get("F"));
        assertThat((List<Map<String, Object>>) w.get("complaints")).extracting(c -> c.get("id"))
                .containsExactly(orders.get("C"), orders.get("F"), orders.get("G"));
        List<Map<String, Object>> open = (List<Map<String, Object>>) w.get("open");
        assertThat(open).extracting(c -> c.get("id")).containsExactly(orders.get("I"), orders.get("F"), orders.get("G"));
        assertThat(open).extracting(c -> ((Number) c.get("ageDays")).doubleValue()).containsExactly(9.6, 3.6, 0.3);
        // The overview of the same week counts the same complaints.
        assertThat(overview(W06_FROM, W06_TO, "project", projectId).get("complaints").get("value")).isEqualTo(3.0);

        Map<String, List<List<String>>> x = read(xlsx("/api/v1/quality/reports/complaints-weekly/export?format=xlsx&projectId=" + projectId
                + "&week=2026-W06"));
        assertThat(x.keySet()).containsExactly("汇总", "本周投诉", "期末未结投诉", "原因分析", "重复投诉");
        List<List<String>> summary = x.get("汇总");
        assertThat(summary.get(0).get(0)).isEqualTo("投诉周报 2026-W06");
        assertThat(row(summary, "新增投诉").get(1)).isEqualTo("3");
        assertThat(row(summary, "本周办结").get(1)).isEqualTo("2");
        assertThat(row(summary, "≥ 7 天").get(1)).isEqualTo("1");
        assertThat(row(summary, "2026-02-04")).containsExactly("2026-02-04", "0", "1");
        assertThat(x.get("本周投诉")).hasSize(4);
        assertThat(x.get("期末未结投诉").get(1).get(9)).isEqualTo("9.6");
        assertThat(row(x.get("原因分析"), "噪音")).containsExactly("噪音", "2", "1", "已与楼上住户沟通，承诺夜间注意");
        assertThat(row(x.get("重复投诉"), "2-101").get(2)).isEqualTo("3");
        assertThat(read(xlsx("/api/v1/quality/reports/complaints-weekly/export?format=xlsx&lang=en&projectId=" + projectId
                + "&week=2026-W06")).keySet()).containsExactly("Summary", "Complaints", "Open at the end", "Root causes", "Repeat units");
    }

    @Test
    @SuppressWarnings("unchecked")
    void monthlyReturnVisitReport() {
        Map<String, Object> m = getJson("admin", "/api/v1/quality/reports/return-visits-monthly?projectId=" + projectId + "&month=2026-01");
        assertThat(m.get("month")).isEqualTo("2026-01");
        // January's orders A, B, H, I, J: completed A, B, H, J (reopened); visited A 5, B 3, J 2; closed A (on time), B (late).
        assertThat((Map<String, Object>) m.get("totals")).containsEntry("completed", 4).containsEntry("visited", 3)
                .containsEntry("coverage", 0.75).containsEntry("closed", 2).containsEntry("closedOnTime", 1).containsEntry("onTimeRate", 0.5)
                .containsEntry("meanSatisfaction", 3.33).containsEntry("unsatisfied", 1);
        assertThat((List<Map<String, Object>>) m.get("satisfaction")).extracting(s -> s.get("count")).containsExactly(0, 1, 1, 0, 1);
        Map<String, Map<String, Object>> buildings = byKey((List<Map<String, Object>>) m.get("byBuilding"));
        assertThat(buildings.get(b1)).containsEntry("label", "1栋").containsEntry("completed", 3).containsEntry("visited", 2)
                .containsEntry("meanSatisfaction", 4.0).containsEntry("unsatisfied", 0);
        assertThat(buildings.get(b2)).containsEntry("completed", 1).containsEntry("visited", 1).containsEntry("closed", 0)
                .containsEntry("meanSatisfaction", 2.0).containsEntry("unsatisfied", 1);
        Map<String, Map<String, Object>> assignees = byKey((List<Map<String, Object>>) m.get("byAssignee"));
        assertThat(assignees.get(tech1)).containsEntry("completed", 2).containsEntry("visited", 2).containsEntry("coverage", 1.0)
                .containsEntry("onTimeRate", 1.0).containsEntry("meanSatisfaction", 3.5).containsEntry("unsatisfied", 1);
        assertThat(assignees.get(tech2)).containsEntry("completed", 2).containsEntry("visited", 1).containsEntry("coverage", 0.5)
                .containsEntry("onTimeRate", 0.0).containsEntry("meanSatisfaction", 3.0);
        assertThat(assignees.get("none")).containsEntry("completed", 0);
        List<Map<String, Object>> unsatisfied = (List<Map<String, Object>>) m.get("unsatisfied");
        assertThat(unsatisfied).hasSize(1);
        assertThat(unsatisfied.get(0)).containsEntry("workOrderId", orders.get("J")).containsEntry("satisfaction", 2)
                .containsEntry("comment", "仍然漏水").containsEntry("status", "IN_PROGRESS").containsEntry("unitLabel", "2-101");

        // The same figures as the overview of January: project, each building, each assignee.
        agree((Map<String, Object>) m.get("totals"), overview(JAN_FROM, JAN_TO, "project", projectId));
        agree(buildings.get(b1), overview(JAN_FROM, JAN_TO, "building", b1));
        agree(buildings.get(b2), overview(JAN_FROM, JAN_TO, "building", b2));
        agree(assignees.get(tech1), overview(JAN_FROM, JAN_TO, "assignee", tech1));
        agree(assignees.get(tech2), overview(JAN_FROM, JAN_TO, "assignee", tech2));

        Map<String, List<List<String>>> x = read(xlsx("/api/v1/quality/reports/return-visits-monthly/export?format=xlsx&projectId=" + projectId
                + "&month=2026-01"));
        assertThat(x.keySet()).containsExactly("汇总", "按楼栋", "按处理人", "不满意（返修）");
        assertThat(row(x.get("汇总"), "合计")).startsWith("合计", "4", "3", "0.75", "2", "1", "0.5", "3.33", "1");
        assertThat(row(x.get("按楼栋"), "2栋")).startsWith("2栋", "1", "1");
        assertThat(x.get("不满意（返修）").get(1)).contains("仍然漏水", "处理中", "2-101");
    }

    private static void agree(Map<String, Object> report, Map<String, Map<String, Object>> overview) {
        assertThat(report.get("coverage")).isEqualTo(overview.get("returnVisitCoverage").get("value"));
        assertThat(((Number) report.get("visited")).longValue()).isEqualTo(((Number) overview.get("returnVisitCoverage").get("numerator")).longValue());
        assertThat(((Number) report.get("completed")).longValue())
                .isEqualTo(((Number) overview.get("returnVisitCoverage").get("denominator")).longValue());
        assertThat(report.get("onTimeRate")).isEqualTo(overview.get("returnVisitOnTimeRate").get("value"));
        assertThat(report.get("meanSatisfaction")).isEqualTo(overview.get("meanSatisfaction").get("value"));
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> groups) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        groups.forEach(g -> out.put((String) g.get("key"), g));
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void quarterlyAnalysis() {
        Map<String, Object> q = getJson("admin", "/api/v1/quality/reports/quarterly?projectId=" + projectId + "&quarter=2026-Q1");
        assertThat(q).containsEntry("quarter", "2026-Q1").containsEntry("previousQuarter", "2025-Q4");
        List<Map<String, Object>> months = (List<Map<String, Object>>) q.get("months");
        assertThat(months).extracting(mo -> mo.get("month")).containsExactly("2026-01", "2026-02", "2026-03");
        Map<String, Map<String, Object>> total = figures(Map.of("figures", q.get("total")));
        assertThat(total.keySet()).containsExactlyElementsOf(QuarterlyReport.METRICS);
        // A, B, H, I, J in January; C, D, E, F, G in February; P (December) the quarter before.
        assertThat(total.get("ordersRegistered")).containsEntry("value", 10.0).containsEntry("previous", 1.0).containsEntry("change", 9.0);
        // C, E, F, G, H, I over 4 units; January's survey.
        assertThat(total.get("complaintsPer100Units")).containsEntry("value", 150.0).containsEntry("numerator", 6);
        assertThat(total.get("surveyIndex")).containsEntry("value", 50.0);
        assertThat(figures(months.get(0)).get("ordersRegistered")).containsEntry("value", 5.0);
        assertThat(figures(months.get(2)).get("ordersRegistered")).containsEntry("value", 0.0);

        // Every value is the overview's for the same period: the quarter, and each month.
        Map<String, Map<String, Object>> quarter = overview("2025-12-31T16:00:00Z", "2026-03-31T16:00:00Z", "project", projectId);
        Map<String, Map<String, Object>> before = overview("2025-09-30T16:00:00Z", "2025-12-31T16:00:00Z", "project", projectId);
        for (String key : QuarterlyReport.METRICS) {
            assertThat(total.get(key).get("value")).as(key).isEqualTo(quarter.get(key).get("value"));
            assertThat(total.get(key).get("previous")).as(key).isEqualTo(before.get(key).get("value"));
            for (Map<String, Object> month : months) {
                String from = switch ((String) month.get("month")) {
                    case "2026-01" -> JAN_FROM;
                    case "2026-02" -> JAN_TO;
                    default -> "2026-02-28T16:00:00Z";
                };
                String to = switch ((String) month.get("month")) {
                    case "2026-01" -> JAN_TO;
                    case "2026-02" -> "2026-02-28T16:00:00Z";
                    default -> "2026-03-31T16:00:00Z";
                };
                assertThat(figures(month).get(key).get("value")).as(month.get("month") + " " + key)
                        .isEqualTo(overview(from, to, "project", projectId).get(key).get("value"));
            }
        }

        Map<String, List<List<String>>> x = read(xlsx("/api/v1/quality/reports/quarterly/export?format=xlsx&projectId=" + projectId
                + "&quarter=2026-Q1&lang=en"));
        List<List<String>> summary = x.get("Summary");
        assertThat(summary.get(0).get(0)).isEqualTo("Quarterly analysis 2026-Q1");
        assertThat(row(summary, "Figure")).containsExactly("Figure", "2026-01", "2026-02", "2026-03", "Quarter 2026-Q1",
                "Previous quarter 2025-Q4", "Change", "Target");
        assertThat(row(summary, "Orders")).startsWith("Orders", "5", "5", "0", "10", "1", "9");
        assertThat(row(summary, "Complaints per 100 units").get(4)).isEqualTo("150");
    }
}
