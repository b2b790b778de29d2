package dev.steward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the demo data: the picture agrees with the work-order statistics and the rectification summary, and the warnings
 * find the story of demo/70-quality.sql (JL slipping: a complaint spike in building 2, its satisfaction down,
 * rectifications overdue).
 */
class QualityDemoDataTest extends QualityFixture {

    @Test
    @SuppressWarnings("unchecked")
    void agreesWithTheModulesOwnStatisticsOnTheDemoData() {
        String to = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        String from = OffsetDateTime.now(ZoneOffset.UTC).minusDays(60).truncatedTo(ChronoUnit.SECONDS).toString();
        for (String code : List.of("SG", "JL")) {
            String project = projectId("manager", code);
            String period = "&from=" + from + "&to=" + to;
            Map<String, Object> overview = getJson("manager", "/api/v1/quality/overview?projectId=" + project + period);
            Map<String, Map<String, Object>> f = figures(((List<Map<String, Object>>) overview.get("groups")).get(0));
            Map<String, Object> stats = getJson("manager", "/api/v1/work-orders/stats?projectId=" + project + period);
            assertThat(f.get("ordersRegistered").get("value")).isEqualTo(((Number) stats.get("total")).doubleValue());
            for (String[] pair : new String[][] {{"responseOnTimeRate", "responseOnTimeRate"},
                    {"resolutionOnTimeRate", "resolutionOnTimeRate"}, {"meanResponseMinutes", "meanResponseMinutes"},
                    {"p90ResolutionMinutes", "p90ResolutionMinutes"}, {"reworkRate", "reworkRate"},
                    {"returnVisitCoverage", "returnVisitRate"}, {"returnVisitOnTimeRate", "returnVisitOnTimeRate"},
                    {"meanSatisfaction", "meanSatisfaction"}}) {
                assertThat(num(f.get(pair[0]).get("value"))).as(code + " " + pair[0]).isEqualTo(num(stats.get(pair[1])));
            }
            Map<String, Object> summary = getJson("manager", "/api/v1/rectifications/summary?projectId=" + project + period);
            Map<String, Object> totals = (Map<String, Object>) summary.get("totals");
            assertThat(f.get("rectificationRate")).as(code).containsEntry("numerator", totals.get("closed"))
                    .containsEntry("denominator", totals.get("raised"));
            assertThat(num(f.get("rectificationRate").get("value"))).isEqualTo(num(totals.get("rectificationRate")));
            assertThat(f.get("rectificationOnTimeRate")).containsEntry("numerator", totals.get("onTime"))
                    .containsEntry("denominator", totals.get("due"));
            assertThat(num(f.get("rectificationOnTimeRate").get("value"))).isEqualTo(num(totals.get("onTimeRate")));
            assertThat(num(f.get("rectificationsOverdue").get("value"))).isEqualTo(num(totals.get("overdue")));
            assertThat(((Number) totals.get("raised")).longValue()).as(code + " has rectifications").isPositive();
            // 应查未查 as the inspection task summary counts it.
            Map<String, Object> tasks = ((List<Map<String, Object>>) getJson("manager", "/api/v1/inspection-tasks/summary?projectId=" + project
                    + period).get("projects")).get(0);
            assertThat(num(f.get("inspectionTasksDue").get("value"))).as(code).isEqualTo(num(tasks.get("due")));
            assertThat(num(f.get("missedInspections").get("value"))).as(code).isEqualTo(num(tasks.get("missed")));
            // The drill-downs are exactly as wide as the figures: the lists behind them have as many rows.
            for (String[] pair : new String[][] {{"rectificationRate", "denominator"}, {"rectificationOnTimeRate", "denominator"},
                    {"rectificationsOverdue", "value"}, {"missedInspections", "value"}, {"inspectionTasksDue", "value"},
                    {"inspectionScore", "denominator"}, {"openComplaints", "value"}, {"keysOverdue", "value"},
                    {"keysLost", "value"}}) {
                Map<String, Object> figure = f.get(pair[0]);
                List<?> items = (List<?>) follow("manager", (Map<String, Object>) figure.get("drillDown")).get("items");
                assertThat((double) items.size()).as(code + " " + pair[0] + " drill-down").isEqualTo(num(figure.get(pair[1])));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWarningsFindTheSlippingProject() {
        String jl = projectId("manager", "JL");
        List<Map<String, Object>> warnings = (List<Map<String, Object>>) getJson("manager", "/api/v1/quality/warnings?projectId=" + jl)
                .get("warnings");
        Map<String, Object> spike = warnings.stream().filter(w -> "COMPLAINT_SPIKE".equals(w.get("kind")) && "2栋".equals(w.get("buildingName")))
                .findFirst().orElseThrow(() -> new AssertionError("no complaint spike in 2栋: " + warnings));
        assertThat(((Number) spike.get("value")).doubleValue()).isGreaterThan(((Number) spike.get("threshold")).doubleValue());
        // The warning's drill-down lists the complaints behind it.
        List<Map<String, Object>> complaints = (List<Map<String, Object>>) follow("manager", (Map<String, Object>) spike.get("drillDown"))
                .get("items");
        assertThat(complaints).hasSize(((Number) spike.get("value")).intValue()).allSatisfy(o -> assertThat(o.get("type")).isEqualTo("COMPLAINT"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).containsEntry("kind", "SATISFACTION_DROP").containsEntry("buildingName", "2栋"));
        assertThat(warnings).noneSatisfy(w -> assertThat(w).containsEntry("kind", "SATISFACTION_DROP").containsEntry("buildingName", "1栋"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).containsEntry("kind", "RECTIFICATION_OVERDUE"));

        String sg = projectId("manager", "SG");
        List<Map<String, Object>> sgWarnings = (List<Map<String, Object>>) getJson("manager", "/api/v1/quality/warnings?projectId=" + sg)
                .get("warnings");
        // JL's figures tell the same story: its complaints pile up (the six of 2栋 still open) and it misses more patrols than SG.
        Map<String, Map<String, Object>> jlFigures = figures(((List<Map<String, Object>>) getJson("manager",
                "/api/v1/quality/overview?projectId=" + jl).get("groups")).get(0));
        Map<String, Map<String, Object>> sgFigures = figures(((List<Map<String, Object>>) getJson("manager",
                "/api/v1/quality/overview?projectId=" + projectId("manager", "SG")).get("groups")).get(0));
        assertThat(num(jlFigures.get("openComplaints").get("value"))).isGreaterThanOrEqualTo(6.0);
        assertThat(num(jlFigures.get("missedInspectionRate").get("value"))).isGreaterThan(num(sgFigures.get("missedInspectionRate").get("value")));
        // SG improves: its survey went up (one closed campaign, a better open one), so no building lost satisfaction.
        assertThat(sgWarnings).noneSatisfy(w -> assertThat(w.get("kind")).isEqualTo("SATISFACTION_DROP"));
    }

    private static Double num(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
