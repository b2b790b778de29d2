package dev.steward.api.inspection;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Makes the inspection tasks of active plans for today and the next {@link #HORIZON_DAYS} days (project time zone), and
 * marks the missed ones (应查未查). Each is one statement that any number of instances may run at once: tasks have a
 * unique key (plan, date, unit, equipment room) and are inserted with {@code on conflict do nothing}, so each is created once; a missed
 * task is marked by a conditional update, so it is announced once.
 */
@Component
class TaskGenerator {

    static final int HORIZON_DAYS = 7;

    private final DatabaseClient db;

    TaskGenerator(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Creates the missing tasks of every active plan ({@code planId}: of that plan only) from {@code now}'s local date for
     * the horizon, announcing INSPECTION_TASKS_CREATED per project; returns how many were created. Plans are read
     * {@code for share}, so a plan being changed is read as it is once the change commits.
     */
    Mono<Long> generate(OffsetDateTime now, UUID planId) {
        GenericExecuteSpec spec = db.sql("""
                with p as (
                    select ip.id, ip.project_id, ip.recurrence, ip.weekdays, ip.day_of_month, ip.due_time, ip.window_days,
                           ip.building_ids, ip.vacant_units, ip.equipment_rooms, ip.starts_on, pr.timezone
                    from inspection_plans ip join projects pr on pr.id = ip.project_id
                    where ip.active and ($2::uuid is null or ip.id = $2)
                    for share of ip),
                d as (
                    select p.*, g.day::date as day
                    from p, generate_series(greatest(p.starts_on, ($1::timestamptz at time zone p.timezone)::date),
                                            ($1::timestamptz at time zone p.timezone)::date + $3::integer, interval '1 day') as g(day)
                    where case p.recurrence
                              when 'DAILY' then true
                              when 'WEEKLY' then extract(isodow from g.day)::smallint = any(p.weekdays)
                              when 'MONTHLY' then extract(day from g.day) = p.day_of_month
                              else extract(day from g.day) = p.day_of_month and extract(month from g.day) in (1, 4, 7, 10)
                          end),
                ins as (
                    insert into inspection_tasks (project_id, plan_id, scheduled_on, unit_id, equipment_room, opens_at, due_at, created_at)
                    select d.project_id, d.id, d.day, u.id, room.name, d.day::timestamp at time zone d.timezone,
                           (d.day + d.window_days + d.due_time) at time zone d.timezone, $1
                    from d left join lateral (
                        select u.id from units u
                        where d.vacant_units and u.project_id = d.project_id and u.status = 'VACANT'
                          and (cardinality(d.building_ids) = 0 or u.building_id = any(d.building_ids))) u on true
                    left join lateral unnest(d.equipment_rooms) as room(name) on true
                    where not d.vacant_units or u.id is not null
                    order by d.id, d.day, u.id, room.name
                    on conflict do nothing
                    returning project_id),
                c as (select project_id, count(*) as n from ins group by project_id)
                select c.n, steward_announce(json_build_object('type', 'INSPECTION_TASKS_CREATED', 'projectId', c.project_id,
                           'taskCount', c.n, 'at', $1::timestamptz)) as sent
                from c
                """).bind(0, now);
        spec = planId == null ? spec.bindNull(1, UUID.class) : spec.bind(1, planId);
        return spec.bind(2, HORIZON_DAYS).map((r, m) -> r.get("n", Long.class)).all().reduce(0L, Long::sum);
    }

    /** Marks the tasks past their due time and not submitted, announcing INSPECTION_TASKS_MISSED per project; how many. */
    Mono<Long> markMissed(OffsetDateTime now) {
        return db.sql("""
                        with m as (
                            update inspection_tasks set missed_at = $1
                            where done_at is null and missed_at is null and due_at < $1
                            returning project_id),
                        c as (select project_id, count(*) as n from m group by project_id)
                        select c.n, steward_announce(json_build_object('type', 'INSPECTION_TASKS_MISSED',
                                   'projectId', c.project_id, 'taskCount', c.n, 'at', $1::timestamptz)) as sent
                        from c
                        """)
                .bind(0, now).map((r, m) -> r.get("n", Long.class)).all().reduce(0L, Long::sum);
    }
}
