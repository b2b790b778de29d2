package dev.steward.api.quality;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The periodic reports' own reads beside the picture's figures (docs/quality.md "Reports"): one project's complaints of a
 * week, the open ones at a moment, repeat units, and the unsatisfied return visits of a month's orders.
 */
@Repository
class ReportRepository {

    static final int LIST = 500;
    static final int REPEAT_DAYS = 90;
    static final int NOTES = 5;
    static final int REPEAT_ORDERS = 100;

    /** A complaint on a report's list; ageMinutes is counted to the moment asked (the open list) or 0. */
    record Complaint(UUID id, String code, String title, String unitLabel, String location, String buildingName, String category,
            String status, String assigneeName, OffsetDateTime createdAt, OffsetDateTime completedAt, String resolution, long ageMinutes) {}

    record Day(LocalDate date, long registered, long completed) {}

    record Cause(String category, long count, long completed, List<String> notes) {}

    record RepeatUnit(UUID unitId, String unitLabel, String buildingName, long complaints, OffsetDateTime lastAt, List<UUID> orderIds) {}

    record Unsatisfied(UUID orderId, String code, String title, String unitLabel, String buildingName, String buildingKey,
            String assigneeName, String assigneeKey, OffsetDateTime visitedAt, int satisfaction, String comment, String status) {}

    private static final String COMPLAINT = """
            select w.id, w.code, w.title, u.label as unit_label, w.location, b.name as building_name, w.category, w.status,
                   a.display_name as assignee_name, w.created_at, w.completed_at, w.resolution,
                   greatest(0, extract(epoch from $3::timestamptz - w.created_at) / 60)::bigint as age_minutes
            from work_orders w
            left join units u on u.id = w.unit_id and u.project_id = w.project_id
            left join buildings b on b.id = u.building_id
            left join users a on a.id = w.assignee_id
            where w.project_id = $1 and w.type = 'COMPLAINT' and %s
            order by w.created_at, w.id
            limit %d""";

    /** Open at {@code $3}: registered before it, not cancelled, not completed before it (the order's state now says). */
    private static final String OPEN_AT = "w.created_at < $3 and w.status <> 'CANCELLED' and (w.completed_at is null or w.completed_at >= $3)";

    private final DatabaseClient db;

    ReportRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The complaints registered in [from, to), oldest first. */
    Flux<Complaint> registered(UUID projectId, OffsetDateTime from, OffsetDateTime to) {
        return db.sql(COMPLAINT.formatted("w.created_at >= $2 and w.created_at < $3", LIST))
                .bind(0, projectId).bind(1, from).bind(2, to).map(ReportRepository::complaint).all();
    }

    /** The complaints open at {@code at}, oldest first, each with its age then. */
    Flux<Complaint> openAt(UUID projectId, OffsetDateTime at) {
        return db.sql(COMPLAINT.formatted("$2::timestamptz is not null and " + OPEN_AT, LIST))
                .bind(0, projectId).bind(1, at).bind(2, at).map(ReportRepository::complaint).all();
    }

    /** How many complaints are open at {@code at} per age bucket's lower bound in days (0, 1, 3, 7). */
    Mono<long[]> openAges(UUID projectId, OffsetDateTime at) {
        return db.sql("""
                        select count(*) filter (where $2::timestamptz - w.created_at < interval '1 day') as a,
                               count(*) filter (where $2::timestamptz - w.created_at >= interval '1 day'
                                                  and $2::timestamptz - w.created_at < interval '3 days') as b,
                               count(*) filter (where $2::timestamptz - w.created_at >= interval '3 days'
                                                  and $2::timestamptz - w.created_at < interval '7 days') as c,
                               count(*) filter (where $2::timestamptz - w.created_at >= interval '7 days') as d
                        from work_orders w
                        where w.project_id = $1 and w.type = 'COMPLAINT'""" + " and " + OPEN_AT.replace("$3", "$2"))
                .bind(0, projectId).bind(1, at)
                .map(r -> new long[] {n(r, "a"), n(r, "b"), n(r, "c"), n(r, "d")}).one();
    }

    /** Per day of the project's calendar in [from, to): complaints registered, and completed (whenever registered). */
    Flux<Day> days(UUID projectId, OffsetDateTime from, OffsetDateTime to, String zone) {
        return db.sql("""
                        select d as day, sum(r)::bigint as registered, sum(c)::bigint as completed
                        from (select (w.created_at at time zone $4)::date as d, 1 as r, 0 as c from work_orders w
                              where w.project_id = $1 and w.type = 'COMPLAINT' and w.created_at >= $2 and w.created_at < $3
                              union all
                              select (w.completed_at at time zone $4)::date, 0, 1 from work_orders w
                              where w.project_id = $1 and w.type = 'COMPLAINT' and w.completed_at >= $2 and w.completed_at < $3) x
                        group by d order by d
                        """)
                .bind(0, projectId).bind(1, from).bind(2, to).bind(3, zone)
                .map(r -> new Day(r.get("day", LocalDate.class), n(r, "registered"), n(r, "completed"))).all();
    }

    /** The complaints registered in [from, to) per category, most first, with the newest five handling notes (处理结果). */
    Flux<Cause> causes(UUID projectId, OffsetDateTime from, OffsetDateTime to) {
        return db.sql("""
                        select w.category, count(*) as count, count(*) filter (where w.completed_at is not null) as completed,
                               array_agg(w.resolution order by w.completed_at desc, w.id) filter (where w.resolution is not null) as notes
                        from work_orders w
                        where w.project_id = $1 and w.type = 'COMPLAINT' and w.created_at >= $2 and w.created_at < $3
                        group by w.category
                        order by count desc, w.category
                        """)
                .bind(0, projectId).bind(1, from).bind(2, to)
                .map(r -> {
                    String[] notes = r.get("notes", String[].class);
                    return new Cause(r.get("category", String.class), n(r, "count"), n(r, "completed"),
                            notes == null ? List.of() : Arrays.stream(notes).limit(NOTES).toList());
                }).all();
    }

    /** Units with two complaints or more registered in the 90 days before {@code to}, most first. */
    Flux<RepeatUnit> repeatUnits(UUID projectId, OffsetDateTime to) {
        return db.sql("""
                        select u.id, u.label, b.name as building_name, count(*) as complaints, max(w.created_at) as last_at,
                               array_agg(w.id order by w.created_at, w.id) as orders
                        from work_orders w
                        join units u on u.id = w.unit_id and u.project_id = w.project_id
                        left join buildings b on b.id = u.building_id
                        where w.project_id = $1 and w.type = 'COMPLAINT' and w.created_at >= $2 and w.created_at < $3
                        group by u.id, u.label, b.name
                        having count(*) >= 2
                        order by complaints desc, last_at desc, u.label
                        limit %d
                        """.formatted(LIST))
                .bind(0, projectId).bind(1, to.minusDays(REPEAT_DAYS)).bind(2, to)
                .map(r -> new RepeatUnit(r.get("id", UUID.class), r.get("label", String.class), r.get("building_name", String.class),
                        n(r, "complaints"), r.get("last_at", OffsetDateTime.class),
                        Arrays.stream(r.get("orders", UUID[].class)).limit(REPEAT_ORDERS).toList()))
                .all();
    }

    /**
     * The unsatisfied return visits (1–2: the order went back for rework) of the orders registered in [from, to), oldest
     * first: the timeline's RETURN_VISITED entries that reopened the order, with the score they recorded.
     */
    Flux<Unsatisfied> unsatisfied(UUID projectId, OffsetDateTime from, OffsetDateTime to) {
        return db.sql("""
                        select w.id, w.code, w.title, u.label as unit_label, b.name as building_name,
                               coalesce(u.building_id::text, 'none') as building_key, a.display_name as assignee_name,
                               coalesce(w.assignee_id::text, 'none') as assignee_key, e.at, e.note, w.status,
                               (select (c ->> 'to')::int from jsonb_array_elements(e.changes) c where c ->> 'field' = 'satisfaction' limit 1)
                                   as satisfaction
                        from work_orders w
                        join work_order_events e on e.work_order_id = w.id and e.project_id = w.project_id
                        left join units u on u.id = w.unit_id and u.project_id = w.project_id
                        left join buildings b on b.id = u.building_id
                        left join users a on a.id = w.assignee_id
                        where w.project_id = $1 and w.created_at >= $2 and w.created_at < $3
                          and e.type = 'RETURN_VISITED' and e.to_status = 'REOPENED'
                        order by e.at, e.seq
                        """)
                .bind(0, projectId).bind(1, from).bind(2, to)
                .map(r -> {
                    Integer s = r.get("satisfaction", Integer.class);
                    return new Unsatisfied(r.get("id", UUID.class), r.get("code", String.class), r.get("title", String.class),
                            r.get("unit_label", String.class), r.get("building_name", String.class), r.get("building_key", String.class),
                            r.get("assignee_name", String.class), r.get("assignee_key", String.class), r.get("at", OffsetDateTime.class),
                            s == null ? 0 : s, r.get("note", String.class), r.get("status", String.class));
                }).all();
    }

    /** How many of the orders registered in [from, to) have each satisfaction score now (1–5). */
    Flux<long[]> satisfaction(UUID projectId, OffsetDateTime from, OffsetDateTime to) {
        return db.sql("""
                        select w.satisfaction::bigint as score, count(*) as count from work_orders w
                        where w.project_id = $1 and w.created_at >= $2 and w.created_at < $3 and w.satisfaction is not null
                        group by 1 order by 1
                        """)
                .bind(0, projectId).bind(1, from).bind(2, to).map(r -> new long[] {n(r, "score"), n(r, "count")}).all();
    }

    private static Complaint complaint(Readable r) {
        return new Complaint(r.get("id", UUID.class), r.get("code", String.class), r.get("title", String.class),
                r.get("unit_label", String.class), r.get("location", String.class), r.get("building_name", String.class),
                r.get("category", String.class), r.get("status", String.class), r.get("assignee_name", String.class),
                r.get("created_at", OffsetDateTime.class), r.get("completed_at", OffsetDateTime.class), r.get("resolution", String.class),
                n(r, "age_minutes"));
    }

    private static long n(Readable r, String name) {
        Long v = r.get(name, Long.class);
        return v == null ? 0 : v;
    }
}
