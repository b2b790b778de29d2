package dev.steward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /quality/overview against the hand-computed fixture of docs/quality.md, and its agreement with the modules' pages. */
class QualityOverviewIntegrationTest extends QualityFixture {

    @BeforeEach
    void fixture() {
        createFixture();
    }

    private String overview(String groupBy) {
        return "/api/v1/quality/overview?projectId=" + projectId + "&from=" + FROM + "&to=" + TO + "&groupBy=" + groupBy;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> groups(String groupBy) {
        return (List<Map<String, Object>>) getJson("admin", overview(groupBy)).get("groups");
    }

    private Map<String, Map<String, Object>> group(String groupBy, String key) {
        return figures(groups(groupBy).stream().filter(g -> key.equals(g.get("key"))).findFirst().orElseThrow());
    }

    private static Object v(Map<String, Map<String, Object>> f, String key) {
        Object value = f.get(key).get("value");
        return value instanceof Number n ? n.doubleValue() : value;
    }

    @Test
    void projectFiguresMatchTheHandComputedFixture() {
        handComputed(group("project", projectId));
        // The same from the daily rollups (V36) of the period's whole days (its ends, Shanghai midnights, are read live).
        db.sql("select steward_roll_work_order_days(100000)").fetch().rowsUpdated().block();
        assertThat(db.sql("select count(*) from work_order_day_figures where project_id = $1 and dim = 'P' and total > 0").bind(0, UUID.fromString(projectId))
                .map(r -> r.get(0, Long.class)).one().block()).isGreaterThan(2);
        handComputed(group("project", projectId));
    }

    private void handComputed(Map<String, Map<String, Object>> f) {
        assertThat(v(f, "ordersRegistered")).isEqualTo(5.0);
        assertThat(f.get("ordersRegistered").get("previous")).isEqualTo(1.0);
        assertThat(f.get("ordersRegistered").get("change")).isEqualTo(4.0);
        // Response known A, B, C, D (E cancelled); on time A, C.
        assertThat(v(f, "responseOnTimeRate")).isEqualTo(0.5);
        assertThat(f.get("responseOnTimeRate")).containsEntry("numerator", 2).containsEntry("denominator", 4);
        // Resolution: A and C on time of A, B, C, D; target 0.9 missed; previous period 1 of 1.
        Map<String, Object> resolution = f.get("resolutionOnTimeRate");
        assertThat(resolution).containsEntry("value", 0.5).containsEntry("numerator", 2).containsEntry("denominator", 4)
                .containsEntry("target", 0.9).containsEntry("targetDirection", "AT_LEAST").containsEntry("meetsTarget", false)
                .containsEntry("previous", 1.0).containsEntry("change", -0.5);
        Map<String, Object> drill = (Map<String, Object>) resolution.get("drillDown");
        assertThat(drill.get("path")).isEqualTo("/api/v1/work-orders");
        assertThat((Map<String, Object>) drill.get("query")).containsEntry("projectId", projectId).containsEntry("late", "resolution");
        // Response minutes 20, 60, 10: mean 30.0 (target ≤ 30 met); p90 = 20 + 0.8 × 40 = 52.
        assertThat(v(f, "meanResponseMinutes")).isEqualTo(30.0);
        assertThat(f.get("meanResponseMinutes")).containsEntry("target", 30.0).containsEntry("meetsTarget", true);
        assertThat(v(f, "p90ResponseMinutes")).isEqualTo(52.0);
        // Resolution minutes 240, 600, 120: mean 320; p90 = 240 + 0.8 × 360 = 528.
        assertThat(v(f, "meanResolutionMinutes")).isEqualTo(320.0);
        assertThat(v(f, "p90ResolutionMinutes")).isEqualTo(528.0);
        // Completed A, B, C; rework D (reworkOf A).
        assertThat(v(f, "reworkRate")).isEqualTo(0.3333);
        assertThat(v(f, "returnVisitCoverage")).isEqualTo(0.6667);
        assertThat(v(f, "returnVisitOnTimeRate")).isEqualTo(0.5);
        assertThat(v(f, "meanSatisfaction")).isEqualTo(4.0);
        // Complaints C and E over 4 units.
        assertThat(v(f, "complaints")).isEqualTo(2.0);
        assertThat(v(f, "complaintsPer100Units")).isEqualTo(50.0);
        assertThat(f.get("complaintsPer100Units")).containsEntry("numerator", 2).containsEntry("denominator", 4);
        // Service (100, 50, 25) → 58.33, repairs (75, 50, 0) → 41.67; equal weights → 50.0. NPS: 10, 6, 8 → 33.3 − 33.3 = 0.
        assertThat(v(f, "surveyIndex")).isEqualTo(50.0);
        assertThat(v(f, "surveyNps")).isEqualTo(0.0);
        assertThat(((Map<String, Object>) f.get("surveyIndex").get("drillDown")).get("path"))
                .isEqualTo("/api/v1/survey-campaigns/" + campaignId + "/results");
        // K1 returned late once; K2 still out past due; K3 reported lost.
        assertThat(v(f, "keysOverdue")).isEqualTo(2.0);
        assertThat(v(f, "keysLost")).isEqualTo(1.0);
        assertThat(f.get("inspectionScore").get("value")).isNull();
        assertThat(f.get("rectificationRate").get("value")).isNull();
        assertThat(f.get("rectificationRate")).containsEntry("target", 0.9);
        assertThat(v(f, "rectificationsOverdue")).isEqualTo(0.0);
        // Survey dimensions: customer service (100, 50, 25) → 58.3, engineering (75, 50, 0) → 41.7.
        assertThat(v(f, "surveyCustomerService")).isEqualTo(58.3);
        assertThat(v(f, "surveyEngineering")).isEqualTo(41.7);
        assertThat(f.get("surveyCleaning").get("value")).isNull();
        // Open complaints now (a snapshot, whatever the period): F (2 days) and G (10 days); mean 6.0 days; no previous.
        assertThat(v(f, "openComplaints")).isEqualTo(2.0);
        assertThat(f.get("openComplaints").get("previous")).isNull();
        assertThat(v(f, "openComplaintsUnder1Day")).isEqualTo(0.0);
        assertThat(v(f, "openComplaints1To3Days")).isEqualTo(1.0);
        assertThat(v(f, "openComplaints3To7Days")).isEqualTo(0.0);
        assertThat(v(f, "openComplaintsOver7Days")).isEqualTo(1.0);
        assertThat(v(f, "openComplaintsMeanAgeDays")).isEqualTo(6.0);
        // No inspection tasks: none due, none missed, no rate.
        assertThat(v(f, "inspectionTasksDue")).isEqualTo(0.0);
        assertThat(v(f, "missedInspections")).isEqualTo(0.0);
        assertThat(f.get("missedInspectionRate").get("value")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void keyDrillDownsAreAsWideAsTheFigures() {
        // keysOverdue: K1's late return (01-08) and K2 still out past due; keysLost: K3 — per project and per building.
        Map<String, Map<String, Object>> project = group("project", projectId);
        Map<String, Map<String, Object>> one = group("building", b1);
        Map<String, Map<String, Object>> two = group("building", b2);
        for (Map<String, Map<String, Object>> g : List.of(project, one, two)) {
            for (String key : List.of("keysOverdue", "keysLost")) {
                List<?> items = (List<?>) follow("admin", (Map<String, Object>) g.get(key).get("drillDown")).get("items");
                assertThat((double) items.size()).as(key).isEqualTo(v(g, key));
            }
        }
        assertThat(v(project, "keysOverdue")).isEqualTo(2.0);
        assertThat(v(two, "keysLost")).isEqualTo(1.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void complaintAgeingPerBuildingAndItsDrillDowns() {
        Map<String, Map<String, Object>> one = group("building", b1);
        Map<String, Map<String, Object>> two = group("building", b2);
        assertThat(v(one, "openComplaints")).isEqualTo(1.0);
        assertThat(v(one, "openComplaintsOver7Days")).isEqualTo(1.0);
        assertThat(v(two, "openComplaints1To3Days")).isEqualTo(1.0);
        assertThat(v(two, "openComplaintsMeanAgeDays")).isEqualTo(2.0);
        // 1栋's dimensions: service (100, 50) → 75, engineering (75, 50) → 62.5.
        assertThat(v(one, "surveyCustomerService")).isEqualTo(75.0);
        assertThat(v(one, "surveyEngineering")).isEqualTo(62.5);
        // A month has no snapshot.
        assertThat(group("month", "2026-01").get("openComplaints").get("value")).isNull();
        // The drill-downs list exactly the complaints counted: all open ones of 2栋 (F), 1栋's oldest bucket (G), none in 3–7 days.
        List<Map<String, Object>> open = (List<Map<String, Object>>) follow("admin", (Map<String, Object>) two.get("openComplaints")
                .get("drillDown")).get("items");
        assertThat(open).extracting(o -> o.get("id")).containsExactly(orders.get("F"));
        List<Map<String, Object>> old = (List<Map<String, Object>>) follow("admin", (Map<String, Object>) one.get("openComplaintsOver7Days")
                .get("drillDown")).get("items");
        assertThat(old).extracting(o -> o.get("id")).containsExactly(orders.get("G"));
        Map<String, Map<String, Object>> project = group("project", projectId);
        assertThat((List<?>) follow("admin", (Map<String, Object>) project.get("openComplaints3To7Days").get("drillDown")).get("items")).isEmpty();
        assertThat((List<?>) follow("admin", (Map<String, Object>) project.get("openComplaints1To3Days").get("drillDown")).get("items"))
                .hasSize(1);
    }

    @Test
    void buildingsMonthsAndAssignees() {
        Map<String, Map<String, Object>> one = group("building", b1);
        assertThat(v(one, "ordersRegistered")).isEqualTo(2.0);
        assertThat(v(one, "resolutionOnTimeRate")).isEqualTo(0.5);
        assertThat(v(one, "reworkRate")).isEqualTo(0.0);
        assertThat(v(one, "complaintsPer100Units")).isEqualTo(0.0);
        // 1栋: service (100, 50) → 75, repairs (75, 50) → 62.5; → 68.75 → 68.8.
        assertThat(v(one, "surveyIndex")).isEqualTo(68.8);
        assertThat(v(one, "keysOverdue")).isEqualTo(1.0);
        Map<String, Map<String, Object>> two = group("building", b2);
        assertThat(v(two, "ordersRegistered")).isEqualTo(2.0);
        assertThat(v(two, "reworkRate")).isEqualTo(1.0);
        assertThat(v(two, "complaintsPer100Units")).isEqualTo(50.0);
        assertThat(v(two, "surveyIndex")).isEqualTo(12.5);
        assertThat(v(two, "keysLost")).isEqualTo(1.0);
        assertThat(v(group("building", "none"), "ordersRegistered")).isEqualTo(1.0);
        assertThat(groups("building").stream().map(g -> g.get("label")).collect(Collectors.toList())).contains("1栋", "2栋");

        Map<String, Map<String, Object>> january = group("month", "2026-01");
        assertThat(v(january, "ordersRegistered")).isEqualTo(2.0);
        assertThat(january.get("ordersRegistered").get("previous")).isEqualTo(1.0);
        assertThat(v(january, "surveyIndex")).isEqualTo(50.0);
        assertThat(v(january, "keysOverdue")).isEqualTo(1.0);
        Map<String, Map<String, Object>> february = group("month", "2026-02");
        assertThat(v(february, "ordersRegistered")).isEqualTo(3.0);
        assertThat(february.get("ordersRegistered").get("previous")).isEqualTo(2.0);
        assertThat(v(february, "complaintsPer100Units")).isEqualTo(50.0);
        assertThat(v(february, "keysLost")).isEqualTo(1.0);
        assertThat(february.get("surveyIndex").get("value")).isNull();

        Map<String, Map<String, Object>> first = group("assignee", tech1);
        assertThat(v(first, "ordersRegistered")).isEqualTo(2.0);
        assertThat(v(first, "resolutionOnTimeRate")).isEqualTo(1.0);
        Map<String, Map<String, Object>> second = group("assignee", tech2);
        assertThat(v(second, "resolutionOnTimeRate")).isEqualTo(0.0);
        assertThat(((Map<String, Object>) second.get("ordersRegistered").get("drillDown")).get("query").toString()).contains(tech2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void drillDownsListTheRecordsBehindTheFigures() {
        Map<String, Map<String, Object>> one = group("building", b1);
        // 1栋 missed one resolution deadline (B): the drill-down lists exactly B.
        Map<String, Object> drill = (Map<String, Object>) one.get("resolutionOnTimeRate").get("drillDown");
        List<Map<String, Object>> late = (List<Map<String, Object>>) follow("admin", drill).get("items");
        assertThat(late).extracting(o -> o.get("id")).containsExactly(orders.get("B"));
        Map<String, Map<String, Object>> project = group("project", projectId);
        drill = (Map<String, Object>) project.get("reworkRate").get("drillDown");
        assertThat((List<Map<String, Object>>) follow("admin", drill).get("items")).extracting(o -> o.get("id"))
                .containsExactly(orders.get("D"));
        drill = (Map<String, Object>) project.get("responseOnTimeRate").get("drillDown");
        assertThat((List<Map<String, Object>>) follow("admin", drill).get("items")).extracting(o -> o.get("id"))
                .containsExactlyInAnyOrder(orders.get("B"), orders.get("D"));
        drill = (Map<String, Object>) project.get("complaints").get("drillDown");
        assertThat((List<Map<String, Object>>) follow("admin", drill).get("items")).hasSize(2);

        // Every building and assignee group, the "none" ones included (orders about no unit, orders with no assignee), lists
        // exactly the orders it counts.
        for (String by : List.of("building", "assignee")) {
            List<Map<String, Object>> all = groups(by);
            assertThat(all).extracting(g -> g.get("key")).as(by).contains("none");
            for (Map<String, Object> g : all) {
                Map<String, Object> registered = figures(g).get("ordersRegistered");
                List<Map<String, Object>> listed = (List<Map<String, Object>>) follow("admin",
                        (Map<String, Object>) registered.get("drillDown")).get("items");
                assertThat((double) listed.size()).as(by + " " + g.get("key")).isEqualTo(((Number) registered.get("value")).doubleValue());
                if ("none".equals(g.get("key"))) {
                    assertThat(listed).as(by).allSatisfy(o -> assertThat(o.get("building".equals(by) ? "unitId" : "assigneeId")).isNull());
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void agreesWithTheWorkOrderStatisticsAndTheSurveyResults() {
        Map<String, Object> stats = getJson("admin", "/api/v1/work-orders/stats?projectId=" + projectId + "&from=" + FROM + "&to=" + TO);
        Map<String, Map<String, Object>> f = group("project", projectId);
        assertThat(v(f, "ordersRegistered")).isEqualTo(((Number) stats.get("total")).doubleValue());
        for (String[] pair : new String[][] {{"responseOnTimeRate", "responseOnTimeRate"}, {"resolutionOnTimeRate", "resolutionOnTimeRate"},
                {"meanResponseMinutes", "meanResponseMinutes"}, {"p90ResponseMinutes", "p90ResponseMinutes"},
                {"meanResolutionMinutes", "meanResolutionMinutes"}, {"p90ResolutionMinutes", "p90ResolutionMinutes"},
                {"reworkRate", "reworkRate"}, {"returnVisitCoverage", "returnVisitRate"}, {"returnVisitOnTimeRate", "returnVisitOnTimeRate"},
                {"meanSatisfaction", "meanSatisfaction"}}) {
            assertThat(v(f, pair[0])).as(pair[0]).isEqualTo(((Number) stats.get(pair[1])).doubleValue());
        }
        // Per assignee, rework counts for whoever did the work that needed it (D is rework of tech1's A), as on the stats page.
        for (Map<String, Object> a : (List<Map<String, Object>>) stats.get("byAssignee")) {
            Map<String, Map<String, Object>> g = group("assignee", (String) a.get("assigneeId"));
            for (String key : List.of("reworkRate", "resolutionOnTimeRate", "responseOnTimeRate", "meanSatisfaction")) {
                assertThat(g.get(key).get("value") == null ? null : v(g, key)).as(a.get("assigneeName") + " " + key)
                        .isEqualTo(a.get(key) == null ? null : ((Number) a.get(key)).doubleValue());
            }
        }
        assertThat(v(group("assignee", tech1), "reworkRate")).isEqualTo(0.5);
        Map<String, Object> results = getJson("admin", "/api/v1/survey-campaigns/" + campaignId + "/results");
        assertThat(v(f, "surveyIndex")).isEqualTo(((Number) results.get("satisfactionIndex")).doubleValue());
        List<Map<String, Object>> buildings = (List<Map<String, Object>>) results.get("buildings");
        Map<String, Object> first = buildings.stream().filter(b -> b1.equals(b.get("buildingId"))).findFirst().orElseThrow();
        assertThat(v(group("building", b1), "surveyIndex")).isEqualTo(((Number) first.get("satisfactionIndex")).doubleValue());
        // Each dimension as the results page scores it, for the project and for a building.
        for (Map<String, Object> d : (List<Map<String, Object>>) results.get("dimensions")) {
            String key = QualityModel.dimensionKey((String) d.get("dimension"));
            assertThat(f.get(key).get("value") == null ? null : v(f, key)).as(key)
                    .isEqualTo(d.get("index") == null ? null : ((Number) d.get("index")).doubleValue());
        }
        for (Map<String, Object> d : (List<Map<String, Object>>) first.get("dimensions")) {
            String key = QualityModel.dimensionKey((String) d.get("dimension"));
            Map<String, Map<String, Object>> g = group("building", b1);
            assertThat(g.get(key).get("value") == null ? null : v(g, key)).as("1栋 " + key)
                    .isEqualTo(d.get("index") == null ? null : ((Number) d.get("index")).doubleValue());
        }
        // The open complaints and their ages as the complaint review (投诉每日盘点) counts them.
        Map<String, Object> review = getJson("admin", "/api/v1/work-orders/complaint-review?projectId=" + projectId);
        assertThat(v(f, "openComplaints")).isEqualTo(((Number) review.get("total")).doubleValue());
        Map<String, String> bucketKeys = Map.of("LESS_THAN_1_DAY", "openComplaintsUnder1Day", "DAYS_1_TO_3", "openComplaints1To3Days",
                "DAYS_3_TO_7", "openComplaints3To7Days", "MORE_THAN_7_DAYS", "openComplaintsOver7Days");
        for (Map<String, Object> b : (List<Map<String, Object>>) review.get("buckets")) {
            assertThat(v(f, bucketKeys.get((String) b.get("age")))).as((String) b.get("age")).isEqualTo(((Number) b.get("count")).doubleValue());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void trendIsMonthly() {
        Map<String, Object> t = getJson("admin", "/api/v1/quality/trend?projectId=" + projectId + "&metric=ordersRegistered&months=36");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) t.get("points");
        assertThat(points).hasSize(36);
        Map<String, Object> jan = points.stream().filter(p -> "2026-01".equals(p.get("month"))).findFirst().orElseThrow();
        Map<String, Object> feb = points.stream().filter(p -> "2026-02".equals(p.get("month"))).findFirst().orElseThrow();
        Map<String, Object> dec = points.stream().filter(p -> "2025-12".equals(p.get("month"))).findFirst().orElseThrow();
        assertThat(jan.get("value")).isEqualTo(2.0);
        assertThat(feb.get("value")).isEqualTo(3.0);
        assertThat(dec.get("value")).isEqualTo(1.0);
        Map<String, Object> rate = getJson("admin", "/api/v1/quality/trend?projectId=" + projectId + "&metric=resolutionOnTimeRate&months=36");
        assertThat(rate.get("target")).isEqualTo(0.9);
        // 应查未查 per month (no tasks here: 0 due each month); the open-complaint snapshot has no trend.
        Map<String, Object> missed = getJson("admin", "/api/v1/quality/trend?projectId=" + projectId + "&metric=missedInspections&months=3");
        assertThat((List<Map<String, Object>>) missed.get("points")).hasSize(3).allSatisfy(p -> assertThat(p.get("value")).isEqualTo(0.0));
        as("admin").get().uri("/api/v1/quality/trend?projectId=" + projectId + "&metric=openComplaints").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("metric");
    }


    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
