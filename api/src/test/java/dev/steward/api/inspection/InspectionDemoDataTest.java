package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** The demo inspections: scored as the API scores, SG improving and JL slipping, rectifications in every state. */
class InspectionDemoDataTest extends IntegrationTest {

    /** The demo inspections' ids: md5 of project, rubric and occurrence (other tests add inspections of their own). */
    private static final String DEMO = "(select md5('steward-demo-inspection/' || p.code || '/' || t.code || '/' || k)::uuid"
            + " from projects p, inspection_templates t, generate_series(0, 25) k where p.code in ('SG', 'JL') and t.code is not null)";

    @Autowired
    DatabaseClient db;

    @Autowired
    InspectionRepository inspections;

    @Autowired
    InspectionService service;

    @Test
    void everyDemoTotalIsWhatTheScoringComputes() {
        List<UUID> ids = db.sql("select id from inspections where id in " + DEMO).map(r -> r.get(0, UUID.class)).all().collectList()
                .block(Duration.ofSeconds(30));
        assertThat(ids).hasSizeGreaterThan(80);
        UUID[] all = db.sql("select array_agg(id) from projects").map(r -> r.get(0, UUID[].class)).one().block();
        for (UUID id : ids) {
            InspectionService.View v = inspections.find(all, id).flatMap(service::view).block(Duration.ofSeconds(10));
            assertThat(v.score().total()).as(v.row().code()).isEqualByComparingTo(v.row().total());
            assertThat(v.score().grade().name()).as(v.row().code()).isEqualTo(v.row().grade());
            assertThat(v.score().findings()).as(v.row().code()).isEqualTo(v.row().findingCount());
        }
    }

    @Test
    void sgImprovesJlSlipsAndRectificationsAreInEveryState() {
        // The customer-service rubric: the latest month against the first.
        double sgFirst = number("select total from inspections x join projects p on p.id = x.project_id join inspection_templates t"
                + " on t.id = x.template_id where p.code = 'SG' and t.code = 'CUSTOMER_SERVICE' and x.id in " + DEMO + " order by x.started_at limit 1");
        double sgLast = number("select total from inspections x join projects p on p.id = x.project_id join inspection_templates t"
                + " on t.id = x.template_id where p.code = 'SG' and t.code = 'CUSTOMER_SERVICE' and x.id in " + DEMO
                + " order by x.started_at desc limit 1");
        double jlFirst = number("select total from inspections x join projects p on p.id = x.project_id join inspection_templates t"
                + " on t.id = x.template_id where p.code = 'JL' and t.code = 'CUSTOMER_SERVICE' and x.id in " + DEMO + " order by x.started_at limit 1");
        double jlLast = number("select total from inspections x join projects p on p.id = x.project_id join inspection_templates t"
                + " on t.id = x.template_id where p.code = 'JL' and t.code = 'CUSTOMER_SERVICE' and x.id in " + DEMO
                + " order by x.started_at desc limit 1");
        assertThat(sgLast).isGreaterThan(sgFirst);
        assertThat(jlLast).isLessThan(jlFirst);
        String rect = " from rectifications x join work_orders w on w.id = x.work_order_id where x.id = md5('steward-demo-rectification/' || x.result_id)::uuid";
        assertThat(number("select count(*)" + rect + " and x.closed_at is not null and x.rounds = 1")).isPositive();
        assertThat(number("select count(*)" + rect + " and x.closed_at is not null and x.rounds = 2")).isPositive();
        assertThat(number("select count(*)" + rect + " and x.closed_at is null and w.status = 'COMPLETED'")).isPositive();
        // Each project shows an overdue item whatever the day and the seeded scenarios (the register's overdue filter needs one).
        for (String project : new String[] {"SG", "JL"}) {
            assertThat(number("select count(*)" + rect + " and x.closed_at is null and w.status not in ('COMPLETED', 'CLOSED', 'CANCELLED')"
                    + " and x.due_at < now() and x.project_id = (select id from projects where code = '" + project + "')")).as(project).isPositive();
        }
        assertThat(number("select count(*)" + rect + " and w.status = 'REOPENED'")).isPositive();
        assertThat(number("select count(*) from rectification_reinspections where at > now()")).isZero();
    }

    private double number(String sql) {
        Number n = db.sql(sql).map(r -> (Number) r.get(0)).one().block(Duration.ofSeconds(30));
        return n == null ? 0 : n.doubleValue();
    }
}
