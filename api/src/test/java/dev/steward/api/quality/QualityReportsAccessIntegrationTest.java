package dev.steward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reports' bad input names its parameter; another project is a 404; only the quality picture's readers; defaults. */
class QualityReportsAccessIntegrationTest extends QualityFixture {

    private static final String BASE = "/api/v1/quality/reports/";

    private void badRequest(String uri, String field) {
        as("admin").get().uri(uri).exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void badPeriodsAreA400NamingTheParameter() {
        String sg = projectId("manager", "SG");
        badRequest(BASE + "complaints-weekly?projectId=" + sg + "&week=2026-W54", "week");
        badRequest(BASE + "complaints-weekly?projectId=" + sg + "&week=2025-W53", "week");
        badRequest(BASE + "complaints-weekly?projectId=" + sg + "&week=2026-48", "week");
        badRequest(BASE + "complaints-weekly?projectId=" + sg + "&week=2099-W01", "week");
        badRequest(BASE + "return-visits-monthly?projectId=" + sg + "&month=2026-13", "month");
        badRequest(BASE + "return-visits-monthly?projectId=" + sg + "&month=1999-12", "month");
        badRequest(BASE + "return-visits-monthly?projectId=" + sg + "&month=2099-01", "month");
        badRequest(BASE + "quarterly?projectId=" + sg + "&quarter=2026-Q5", "quarter");
        badRequest(BASE + "quarterly?projectId=" + sg + "&quarter=2099-Q1", "quarter");
        badRequest(BASE + "quarterly?quarter=2026-Q1", "projectId");
        badRequest(BASE + "quarterly?projectId=nope", "projectId");
        badRequest(BASE + "quarterly/export?format=csv&projectId=" + sg, "format");
        badRequest(BASE + "quarterly/export?format=xlsx&lang=fr&projectId=" + sg, "lang");
        badRequest(BASE + "complaints-weekly/export?format=xlsx&projectId=" + sg + "&week=2026-W99", "week");
    }

    @Test
    void scopedLikeTheOverview() {
        createFixture();
        for (String path : new String[] {"complaints-weekly", "return-visits-monthly", "quarterly", "quarterly/export?format=xlsx&"}) {
            String uri = BASE + path + (path.endsWith("&") ? "" : "?") + "projectId=" + projectId;
            as("manager").get().uri(uri).exchange().expectStatus().isNotFound();
        }
        String sg = projectId("manager", "SG");
        as("manager").get().uri(BASE + "return-visits-monthly?projectId=" + sg).exchange().expectStatus().isOk();
        as("supervisor").get().uri(BASE + "quarterly?projectId=" + sg).exchange().expectStatus().isOk();
        as("tech1").get().uri(BASE + "complaints-weekly?projectId=" + sg).exchange().expectStatus().isForbidden();
        as("agent").get().uri(BASE + "complaints-weekly/export?format=xlsx&projectId=" + sg).exchange().expectStatus().isForbidden();
    }

    @Test
    void defaultsAreTheLastCompletePeriodsInTheProjectsZone() {
        String sg = projectId("manager", "SG");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate lastWeek = today.minusWeeks(1);
        String week = "%d-W%02d".formatted(lastWeek.get(IsoFields.WEEK_BASED_YEAR), lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        as("manager").get().uri(BASE + "complaints-weekly?projectId=" + sg).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.week").isEqualTo(week);
        as("manager").get().uri(BASE + "return-visits-monthly?projectId=" + sg).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.month").isEqualTo(java.time.YearMonth.from(today).minusMonths(1).toString());
        LocalDate quarterAgo = today.minusMonths(3);
        as("manager").get().uri(BASE + "quarterly?projectId=" + sg).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.quarter").isEqualTo(quarterAgo.getYear() + "-Q" + quarterAgo.get(IsoFields.QUARTER_OF_YEAR));
        // The running period may be asked for: read so far.
        String running = "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        as("manager").get().uri(BASE + "complaints-weekly?projectId=" + sg + "&week=" + running).exchange().expectStatus().isOk();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoDataFillsTheDefaultPeriods() {
        for (String code : new String[] {"SG", "JL"}) {
            String id = projectId("manager", code);
            Map<String, Object> weekly = getJson("manager", BASE + "complaints-weekly?projectId=" + id);
            assertThat(((Number) weekly.get("registered")).intValue()).as(code).isGreaterThanOrEqualTo(2);
            assertThat((List<Object>) weekly.get("repeatUnits")).as(code).isNotEmpty();
            assertThat((List<Map<String, Object>>) weekly.get("causes")).as(code)
                    .anySatisfy(c -> assertThat((List<Object>) c.get("notes")).isNotEmpty());
            Map<String, Object> monthly = getJson("manager", BASE + "return-visits-monthly?projectId=" + id);
            assertThat(((Number) ((Map<String, Object>) monthly.get("totals")).get("visited")).intValue()).as(code).isPositive();
            assertThat((List<Object>) monthly.get("unsatisfied")).as(code).isNotEmpty();
            Map<String, Object> quarterly = getJson("manager", BASE + "quarterly?projectId=" + id);
            for (Map<String, Object> month : (List<Map<String, Object>>) quarterly.get("months")) {
                assertThat(figures(month).get("ordersRegistered").get("value")).as(code + " " + month.get("month")).isNotEqualTo(0.0);
            }
        }
    }
}
