package dev.steward.api.inspection;

import io.r2dbc.spi.Readable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The rectification rate (整改率) and on-time rate of the rectifications raised in a period, in one pass: the totals,
 * per section code and per owner (the order's assignee). Cancelled rectifications are not counted.
 */
@Repository
class RectificationStats {

    /** One group: kind T (totals), S (a section: key = code) or O (an owner: key = user id). */
    record Group(String kind, String key, String nameZh, String nameEn, long raised, long closed, long open, long awaiting, long overdue,
            long due, long onTime) {}

    private static final String COUNTS = """
            count(*) as raised, count(*) filter (where status = 'CLOSED') as closed, count(*) filter (where status = 'OPEN') as open,
            count(*) filter (where status = 'AWAITING_REINSPECTION') as awaiting, count(*) filter (where overdue) as overdue,
            count(*) filter (where due) as due, count(*) filter (where closed_on_time) as on_time""";

    private final DatabaseClient db;

    RectificationStats(DatabaseClient db) {
        this.db = db;
    }

    /** Per rectification: its status, whether overdue and whether due at {@code $4}, and whether closed on time. */
    private static final String FLAGS = " x.closed_on_time, " + RectificationRepository.STATUS + " as status,"
            + " (" + RectificationRepository.STATUS + " = 'OPEN' and x.due_at < $4) as overdue,"
            + " " + RectificationRepository.DUE + " as due";

    Flux<Group> groups(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        return db.sql("with base as (select s.code as section_code, s.name_zh as section_zh, s.name_en as section_en, w.assignee_id,"
                        + " ou.display_name as owner_name," + FLAGS + " "
                        + RectificationRepository.FROM
                        + " where x.project_id = any($1) and x.raised_at >= $2 and x.raised_at < $3),"
                        + " y as (select * from base where status <> 'CANCELLED')"
                        + " select 'T' as kind, null as key, null as name_zh, null as name_en, " + COUNTS + " from y"
                        + " union all select 'S', section_code, min(section_zh), min(section_en), " + COUNTS + " from y group by section_code"
                        + " union all select 'O', assignee_id::text, min(owner_name), null, " + COUNTS + " from y group by assignee_id"
                        + " order by 1, 2")
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(RectificationStats::toGroup).all();
    }

    /**
     * The same counts per project (kind P, key = project id), of the rectifications raised from {@code from} until
     * {@code to}: local times, each project's month in its own time zone.
     */
    Flux<Group> byProject(UUID[] projectIds, LocalDateTime from, LocalDateTime to, OffsetDateTime now) {
        return db.sql("with y as (select x.project_id," + FLAGS
                        + " from projects p join rectifications x on x.project_id = p.id"
                        + " and x.raised_at >= ($2::timestamp at time zone p.timezone) and x.raised_at < ($3::timestamp at time zone p.timezone)"
                        + " join work_orders w on w.id = x.work_order_id where p.id = any($1))"
                        + " select 'P' as kind, project_id::text as key, null as name_zh, null as name_en, " + COUNTS
                        + " from y where status <> 'CANCELLED' group by project_id")
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(RectificationStats::toGroup).all();
    }

    /**
     * The same counts (kind K) by a grouping key of the rectifications raised in [from, to): {@code key} an SQL expression
     * over {@code x} (the rectification), {@code w} (its order), {@code u} (the order's unit) and {@code p} (the project).
     */
    Flux<Group> byKey(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now, String key) {
        return db.sql("with y as (select x.project_id, " + key + " as key," + FLAGS
                        + " from rectifications x join work_orders w on w.id = x.work_order_id join projects p on p.id = x.project_id"
                        + " left join units u on u.id = w.unit_id"
                        + " where x.project_id = any($1) and x.raised_at >= $2 and x.raised_at < $3)"
                        + " select 'K' as kind, project_id::text || '|' || key as key, null as name_zh, null as name_en, " + COUNTS
                        + " from y where status <> 'CANCELLED' group by project_id, key")
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(RectificationStats::toGroup).all();
    }

    private static Group toGroup(Readable r) {
        return new Group(r.get("kind", String.class), r.get("key", String.class), r.get("name_zh", String.class), r.get("name_en", String.class),
                n(r, "raised"), n(r, "closed"), n(r, "open"), n(r, "awaiting"), n(r, "overdue"), n(r, "due"), n(r, "on_time"));
    }

    private static long n(Readable r, String column) {
        Long v = r.get(column, Long.class);
        return v == null ? 0 : v;
    }
}
