package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Breach scans running at once (two instances, or a scan while the last one still runs) mark each breach once and
 * report no failure. A scan whose statements locked the orders as they found them deadlocked against another in CI
 * (the losing scan recorded nothing until the next minute); on this small database both statements walk the table in
 * the same order, and this test did not reproduce that deadlock with the old statements: it holds the property, the
 * CI log holds the cause.
 */
class SlaBreachConcurrencyTest extends WorkOrderTestSupport {

    @Autowired
    SlaBreachJob breachJob;

    @Test
    void scansAtOnceMarkEachBreachOnceAndNeverDeadlock() {
        String title = "并发超时 " + marker();
        Object first = create("agent", order(sg(), unitId(sg(), 0), "REPAIR", "PLUMBING", "NORMAL", title)).get("id");
        // 1,500 more like it (codes of their own), both deadlines passed, in orders that differ from the ids' and from
        // each other (the response and the resolution statements walk different indexes).
        sql("insert into work_orders (project_id, code, unit_id, type, category, priority, channel, title, reporter_name, reporter_phone,"
                + " first_responsible_id, status, response_due_at, resolution_due_at, created_at, updated_at)"
                + " select project_id, code || '-C' || g, unit_id, type, category, priority, channel, title, reporter_name, reporter_phone,"
                + " first_responsible_id, status, response_due_at, resolution_due_at, created_at, updated_at"
                + " from work_orders cross join generate_series(1, 1500) g where id = '" + first + "'");
        String in = "select id from work_orders where project_id = '" + sg() + "' and title = '" + title + "'";
        sql("update work_orders set response_due_at = now() - make_interval(mins => 5 + (abs(hashtext(id::text)) % 500)),"
                + " resolution_due_at = now() - make_interval(mins => 5 + (abs(hashtext(reverse(id::text))) % 500)) where id in (" + in + ")");

        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger jobLog = (Logger) LoggerFactory.getLogger(SlaBreachJob.class);
        logged.start();
        jobLog.addAppender(logged);
        try {
            List<Long> marked = Flux.range(0, 8).flatMap(i -> breachJob.scan().subscribeOn(Schedulers.parallel()), 8)
                    .collectList().block(Duration.ofSeconds(60));
            assertThat(marked).hasSize(8);
        } finally {
            jobLog.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(number("select count(*) from work_orders where id in (" + in + ") and response_breached_at is not null"
                + " and resolution_breached_at is not null")).isEqualTo(1501);
        assertThat(number("select count(*) from work_order_events where work_order_id in (" + in + ") and type = 'SLA_BREACHED'"
                + " and note = 'RESPONSE'")).isEqualTo(1501);
        assertThat(number("select count(*) from work_order_events where work_order_id in (" + in + ") and type = 'SLA_BREACHED'"
                + " and note = 'RESOLUTION'")).isEqualTo(1501);
    }
}
