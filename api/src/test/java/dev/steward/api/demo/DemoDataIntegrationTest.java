package dev.steward.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** The demo scripts: a realistic property on a fresh database, and nothing added when they run again. */
class DemoDataIntegrationTest extends IntegrationTest {

    private static final List<String> TABLES = List.of("projects", "buildings", "units", "residents", "users", "memberships",
            "work_orders", "work_order_events", "work_order_counters", "key_cabinets", "keys", "key_deposits", "key_checkouts",
            "key_events", "survey_templates", "survey_campaigns", "survey_invitations", "survey_responses", "survey_comments", "inspections",
            "inspection_results", "inspection_counters", "rectifications", "rectification_reinspections");

    @Autowired
    DatabaseClient db;

    @Autowired
    DemoData demoData;

    @Test
    void runningTheScriptsAgainAddsNothing() throws Exception {
        Map<String, Long> before = counts();
        demoData.run(null);
        demoData.run(null);
        assertThat(counts()).isEqualTo(before);
        assertThat(number("select sum(last) from work_order_counters c join projects p on p.id = c.project_id"
                + " where p.code in ('SG', 'JL')")).isGreaterThanOrEqualTo(200);
    }

    @Test
    void demoOrdersCoverEveryTypeAndStatusWithAConsistentHistory() {
        // Demo ids are md5('steward-demo-work-order/<code>/<n>'): count them by recomputing the ids.
        String ids = " from work_orders w join (select p.id as project_id, md5('steward-demo-work-order/' || p.code || '/' || n)::uuid as id"
                + " from projects p cross join generate_series(1, 120) n where p.code in ('SG', 'JL')) d on d.id = w.id";
        assertThat(number("select count(*)" + ids)).isEqualTo(200);
        assertThat(number("select count(distinct (w.project_id, w.status))" + ids)).isEqualTo(16);
        assertThat(number("select count(distinct (w.project_id, w.type))" + ids)).isEqualTo(10);
        assertThat(number("select count(*)" + ids + " where w.rework_of is not null")).isGreaterThanOrEqualTo(10);
        assertThat(number("select count(*)" + ids + " where w.status = 'REOPENED' and w.satisfaction <= 2")).isGreaterThanOrEqualTo(5);
        assertThat(number("select count(*)" + ids + " where w.completed_at is null and w.status <> 'CANCELLED'"
                + " and w.resolution_due_at < now()")).isGreaterThanOrEqualTo(10);
        // The daily complaint review has open complaints of every age bucket in both projects.
        assertThat(number("select count(distinct (w.project_id, case when now() - w.created_at < interval '1 day' then 0"
                + " when now() - w.created_at < interval '3 days' then 1 when now() - w.created_at < interval '7 days' then 2 else 3 end))"
                + ids + " where w.type = 'COMPLAINT' and w.status not in ('COMPLETED', 'CLOSED', 'CANCELLED')")).isEqualTo(8);
        // Every transition starts where the previous one ended, the last one is the order's status, nothing is in the future.
        assertThat(number("""
                select count(*) from (select e.from_status, lag(e.to_status) over (partition by e.work_order_id order by e.at, e.seq) prev
                from work_order_events e where e.to_status is not null) t where t.prev is not null and t.prev is distinct from t.from_status
                """)).isZero();
        assertThat(number("select count(*)" + ids + " where w.status <> (select e.to_status from work_order_events e"
                + " where e.work_order_id = w.id and e.to_status is not null order by e.at desc, e.seq desc limit 1)")).isZero();
        assertThat(number("select count(*) from work_order_events where at > now()")).isZero();
        // A rework is the same unit and category, registered within 30 days after the earlier one was completed.
        assertThat(number("select count(*)" + ids + " join work_orders o on o.id = w.rework_of where w.unit_id <> o.unit_id"
                + " or w.category <> o.category or w.created_at < o.completed_at or w.created_at > o.completed_at + interval '30 days'"))
                .isZero();
    }

    @Test
    void demoKeysHaveCabinetsDepositsAHistoryAnOverdueLoanAndALostKey() {
        // Demo keys are coded SG-K-nnnn / JL-K-nnnn (other tests add keys of their own to the demo projects).
        String demo = " from keys k join projects p on p.id = k.project_id where p.code in ('SG', 'JL') and k.code ~ '^(SG|JL)-K-'";
        assertThat(number("select count(*)" + demo)).isBetween(130L, 200L);
        assertThat(number("select count(*) from key_cabinets c join projects p on p.id = c.project_id where p.code in ('SG', 'JL')"
                + " and c.name in ('户内钥匙柜', '设备房钥匙柜')")).isEqualTo(4);
        assertThat(number("select count(*)" + demo + " and k.type = 'UNIT' and not exists (select 1 from key_deposits d where d.key_id = k.id)"))
                .isZero();
        assertThat(number("select count(*) from key_deposits where valid_until < current_date")).isPositive();
        assertThat(number("select count(*) from key_checkouts c join keys k on k.id = c.key_id where c.returned_at is not null"
                + " and c.work_order_id is not null")).isGreaterThanOrEqualTo(10);
        assertThat(number("select count(*)" + demo + " and k.facility = '发电机房' and k.status = 'LOST'"
                + " and k.lock_change_work_order_id is not null")).isEqualTo(1);
        assertThat(number("select count(*) from key_checkouts where returned_at is null and due_at < now()")).isGreaterThanOrEqualTo(1);
        // Every key's ledger starts with its registration, and the ledger never runs ahead of time.
        assertThat(number("select count(*)" + demo + " and (select e.type from key_events e where e.key_id = k.id order by e.seq limit 1)"
                + " is distinct from 'REGISTERED'")).isZero();
        assertThat(number("select count(*) from key_events where at > now()")).isZero();
    }

    @Test
    void demoSurveysHaveALastQuarterToCompareWithAndAnOpenCampaign() {
        assertThat(number("select count(*) from survey_responses r join survey_campaigns c on c.id = r.campaign_id"
                + " where c.title = '上季度业主满意度调查' and c.status = 'CLOSED'")).isBetween(100L, 140L);
        assertThat(number("select count(*) from survey_campaigns where title = '本季度业主满意度调查' and status = 'OPEN'")).isEqualTo(1);
        assertThat(number("select count(*) from survey_comments m join survey_campaigns c on c.id = m.campaign_id"
                + " where c.title = '上季度业主满意度调查' and m.kind = 'TEXT'")).isGreaterThanOrEqualTo(10);
        assertThat(number("select count(*) from survey_responses where created_at > now()")).isZero();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, number("select count(*) from " + table));
        }
        return counts;
    }

    private long number(String sql) {
        Number n = db.sql(sql).map(row -> (Number) row.get(0)).one().block();
        return n == null ? 0 : n.longValue();
    }
}
