package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The daily rollups of the work-order figures (V36, V37) give exactly the figures read from the orders themselves (the
 * statistics' FIGURES), per project, building, assignee and month: before any rollup, after one, for periods that start and end inside a day, at a "now" that
 * leaves some rolled-up orders not yet due, after an old order changed (its day read live until rolled up again; also its
 * assignee) and after an order was registered on a past day. (An order's project and creation time never change: V2's guard.)
 */
class WorkOrderDaysIntegrationTest extends WorkOrderTestSupport {

    /** The last day the job rolls up is the day before this one (V36). */
    private static final String HORIZON = "(now() at time zone 'UTC')::date - 2";

    @Autowired
    WorkOrderFigures figures;

    @Autowired
    WorkOrderDaysJob job;

    @Test
    void theApiSessionsCompileNoStatement() {
        // PostgreSQL's JIT took 600 ms to compile the figures' 16 ms statement (its generic plan's estimate passed
        // jit_above_cost): the API's connections turn it off (DatabaseUrl#r2dbcUrl).
        assertThat(db.sql("show jit").map(r -> r.get(0, String.class)).one().block()).isEqualTo("off");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rolledUpFiguresAreTheOrdersOwnInEveryCase() {
        // A project of its own: the made-up orders below must not show in other tests' lists of the demo projects.
        String code = "R" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replaceAll("[^A-Z0-9]", "7");
        String sg = as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "汇总测试")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        String jl = jl();
        UUID[] projects = {UUID.fromString(sg), UUID.fromString(jl)};
        String title = "汇总 " + marker();
        // Two buildings of ten units in it; a quarter of the orders about no unit, a fifth with no assignee.
        sql("""
                insert into buildings (id, project_id, code, name, floors)
                select md5('%1$s' || b)::uuid, '%1$s', b::text, b || '号楼', 5 from generate_series(1, 2) b;
                insert into units (id, project_id, building_id, number, label, sort_key, floor, area_m2, status)
                select md5('%1$s' || b || r)::uuid, '%1$s', md5('%1$s' || b)::uuid, '10' || r, b || '-10' || r, b || '-10' || r, 1, 90,
                       'OCCUPIED'
                from generate_series(1, 2) b cross join generate_series(0, 4) r
                """.formatted(sg));
        // 1,200 orders over the last 45 days in it, hour by hour, in every state: cancelled, not yet responded to (some
        // due after the "now" asked for below), responded late, completed, closed with a score, reopened, rework.
        sql("""
                insert into work_orders (project_id, code, location, type, category, priority, channel, title, reporter_name,
                    reporter_phone, first_responsible_id, unit_id, assignee_id, status, response_due_at, resolution_due_at, return_visit_due_at,
                    responded_at, completed_at, closed_at, satisfaction, reopen_count, created_at, updated_at)
                select '%s', 'ROLL-' || g, '大堂', case when g %% 7 = 0 then 'COMPLAINT' else 'REPAIR' end, 'PLUMBING', 'NORMAL',
                       'PHONE', '%s', '王先生', '13800000000', (select id from users where username = 'agent'),
                       case when g %% 4 <> 0 then md5('%1$s' || (1 + g %% 2) || (g %% 5))::uuid end,
                       (select id from users where username = case g %% 5 when 0 then null when 1 then 'tech1' else 'tech2' end),
                       case g %% 6 when 0 then 'CANCELLED' when 1 then 'NEW' when 2 then 'IN_PROGRESS' when 3 then 'COMPLETED'
                                   when 4 then 'CLOSED' else 'REOPENED' end,
                       c + make_interval(mins => 30 + g %% 50), c + make_interval(hours => 4 + g %% 300),
                       c + make_interval(days => 3),
                       case when g %% 6 in (2, 3, 4, 5) then c + make_interval(mins => 5 + (g * 37) %% 90) end,
                       case when g %% 6 in (3, 4) then c + make_interval(mins => 60 + (g * 53) %% 900) end,
                       case when g %% 6 = 4 then c + make_interval(hours => 20 + g %% 70) end,
                       case when g %% 6 = 4 then 1 + g %% 5 end,
                       case when g %% 6 = 5 then 1 else 0 end, c, c
                from generate_series(1, 1200) g
                cross join lateral (select now() - make_interval(mins => g * 54 + g %% 13)) t(c)
                """.formatted(sg, title));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Period> periods = List.of(
                new Period(now.minusDays(50), now, now),
                // 30 days from a Shanghai midnight: every day partial in UTC at both ends
                new Period(now.truncatedTo(ChronoUnit.DAYS).minusDays(31).minusHours(8), now.truncatedTo(ChronoUnit.DAYS).minusHours(8), now),
                // whole UTC days only, in the past, with a "now" in the middle of them: due times on both sides
                new Period(now.truncatedTo(ChronoUnit.DAYS).minusDays(40), now.truncatedTo(ChronoUnit.DAYS).minusDays(5), now.minusDays(20)),
                new Period(now.minusDays(3).minusMinutes(17), now.minusHours(5), now.minusDays(2)));

        same(projects, periods, "before any rollup");
        job.rollUp().block(Duration.ofSeconds(60));
        assertThat(number("select count(*) from work_order_day_figures where project_id = '" + sg + "' and dim = 'P' and total > 0"))
                .isGreaterThan(35);
        assertThat(number("select count(distinct key) from work_order_day_figures where project_id = '" + sg + "' and dim = 'B'")).isEqualTo(3);
        assertThat(number("select count(*) from work_order_days_dirty where day < " + HORIZON)).isZero();
        same(projects, periods, "rolled up");

        // An old order changes (and goes to another technician): its day is marked in the same transaction and read live
        // until rolled up again.
        sql("update work_orders set status = 'CLOSED', assignee_id = (select id from users where username = 'tech3'), closed_at = created_at + interval '2 days', satisfaction = 1,"
                + " completed_at = coalesce(completed_at, created_at + interval '1 day')"
                + " where id = (select id from work_orders where title = '" + title + "' and status = 'NEW' and created_at < now() - interval '10 days'"
                + " order by created_at limit 1)");
        assertThat(number("select count(*) from work_order_days_dirty where project_id = '" + sg + "' and day < " + HORIZON)).isEqualTo(1);
        same(projects, periods, "an old order changed");
        job.rollUp().block(Duration.ofSeconds(60));
        assertThat(number("select count(*) from work_order_days_dirty where project_id = '" + sg + "' and day < " + HORIZON)).isZero();
        same(projects, periods, "rolled up again");

        // An order registered today about a day weeks ago (an import, a late entry).
        sql("insert into work_orders (project_id, code, location, type, category, priority, channel, title, reporter_name, reporter_phone,"
                + " first_responsible_id, status, response_due_at, resolution_due_at, created_at, updated_at)"
                + " select '" + sg + "', 'ROLL-LATE', '大堂', 'COMPLAINT', 'PLUMBING', 'NORMAL', 'PHONE', '" + title + "', '王先生', '13800000000',"
                + " id, 'NEW', now() - interval '20 days', now() - interval '19 days', now() - interval '20 days 3 hours', now()"
                + " from users where username = 'agent'");
        same(projects, periods, "an order registered on a past day");
        job.rollUp().block(Duration.ofSeconds(60));
        same(projects, periods, "rolled up once more");
    }

    private record Period(OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {}

    private void same(UUID[] projects, List<Period> periods, String when) {
        for (WorkOrderFigures.GroupBy by : WorkOrderFigures.GroupBy.values()) {
            for (Period p : periods) {
                List<WorkOrderFigures.Counts> got = figures.counts(projects, p.from(), p.to(), p.now(), by)
                        .collectList().block(Duration.ofSeconds(30));
                List<WorkOrderFigures.Counts> expected = live(projects, p, by);
                assertThat(got).as("%s, %s, %s", when, by, p).hasSameSizeAs(expected);
                assertThat(got).as("%s, %s, %s", when, by, p).usingRecursiveFieldByFieldElementComparator(
                                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                        .withComparatorForType(WorkOrderDaysIntegrationTest::close, Double.class)
                                        .build())
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    /** Equal but for the order of summation (rounding to a grid instead fails when the two sit either side of a step). */
    private static int close(Double a, Double b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : Double.compare(a, b);
    }

    /** The figures as the statistics read them: every order of the period, grouped by the key. */
    private List<WorkOrderFigures.Counts> live(UUID[] projects, Period p, WorkOrderFigures.GroupBy by) {
        String key = switch (by) {
            case PROJECT -> "w.project_id::text";
            case BUILDING -> "coalesce(u.building_id::text, 'none')";
            case ASSIGNEE -> "coalesce(w.assignee_id::text, 'none')";
            case MONTH -> "to_char(w.created_at at time zone pr.timezone, 'YYYY-MM')";
        };
        return db.sql("""
                        select w.project_id, %s as key, %s, count(*) filter (where w.type = 'COMPLAINT') as complaints
                        from work_orders w join projects pr on pr.id = w.project_id left join units u on u.id = w.unit_id
                        where w.project_id = any($1) and w.created_at >= $2 and w.created_at < $3
                        group by 1, 2 order by 1, 2
                        """.formatted(key, WorkOrderStatsRepository.FIGURES))
                .bind(0, projects).bind(1, p.from()).bind(2, p.to()).bind(3, p.now())
                .map((r, m) -> new WorkOrderFigures.Counts(r.get("project_id", UUID.class), r.get("key", String.class),
                        r.get("total", Long.class), r.get("completed", Long.class), r.get("rework", Long.class),
                        r.get("response_on_time", Long.class), r.get("response_known", Long.class), r.get("resolution_on_time", Long.class),
                        r.get("resolution_known", Long.class), r.get("mean_response", Double.class), r.get("p90_response", Double.class),
                        r.get("mean_resolution", Double.class), r.get("p90_resolution", Double.class), r.get("visited", Long.class),
                        r.get("closed", Long.class), r.get("closed_on_time", Long.class), r.get("mean_satisfaction", Double.class),
                        r.get("complaints", Long.class)))
                .all().collectList().block(Duration.ofSeconds(30));
    }
}
