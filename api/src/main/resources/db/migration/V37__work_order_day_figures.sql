-- The daily rollups per building and per assignee too (issue 13: every grouping of the quality picture from rollups;
-- the month grouping reads the per-project rows of the days inside each month). V36's rules hold unchanged: a day is
-- rolled up once it ended two days ago, a write on an order registered over a day ago marks its day, and a marked day
-- is read live until rolled up again. A day's rollup is now two parts written in one transaction: its row in
-- work_order_days (the day is rolled up, even with no orders) and its figures in work_order_day_figures, one row per
-- group of each dimension: 'P' the project (key ''), 'B' the building ('none' without a unit), 'A' the assignee
-- ('none' without one). The rollups are derived data: they are dropped here and the job rolls every day up again
-- (until then the days are read live, slower but exact).

drop function steward_roll_work_order_days(integer);
drop table work_order_days;
drop function work_order_segment(uuid, timestamptz, timestamptz);

-- A unit's building and project never change (the rollups per building rely on it; no endpoint changes them).
create function steward_guard_unit_building() returns trigger language plpgsql as $$
begin
    if new.building_id is distinct from old.building_id or new.project_id is distinct from old.project_id then
        raise exception 'a unit''s building and project never change' using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger units_building_guard before update on units for each row execute function steward_guard_unit_building();

-- The figures of the orders a project registered in [lo, hi), per group of each dimension asked for (dims ⊆ {P, B, A}).
-- What can change with time alone is kept apart: the due times of the orders not yet responded to / completed (they
-- become "known" late once their due time passes), and the response and resolution minutes (for the mean and the 90th
-- percentile, which need every value). The same definitions as WorkOrderStatsRepository.FIGURES (tests compare them).
create function work_order_segments(p uuid, lo timestamptz, hi timestamptz, dims "char"[])
    returns table (dim "char", key text, total bigint, completed bigint, rework bigint,
                   response_on_time bigint, response_done bigint, response_pending_due timestamptz[],
                   resolution_on_time bigint, resolution_done bigint, resolution_pending_due timestamptz[],
                   response_minutes float8[], resolution_minutes float8[],
                   visited bigint, closed bigint, closed_on_time bigint, satisfaction_sum bigint, complaints bigint)
    language sql stable parallel safe as $$
    select k.dim, k.key,
           count(*),
           count(*) filter (where w.completed_at is not null or w.reopen_count > 0),
           count(*) filter (where w.rework_of is not null or w.reopen_count > 0),
           count(*) filter (where w.status <> 'CANCELLED' and w.responded_at <= w.response_due_at),
           count(*) filter (where w.status <> 'CANCELLED' and w.responded_at is not null),
           coalesce(array_agg(w.response_due_at) filter (where w.status <> 'CANCELLED' and w.responded_at is null), '{}'),
           count(*) filter (where w.status <> 'CANCELLED' and w.completed_at <= w.resolution_due_at),
           count(*) filter (where w.status <> 'CANCELLED' and w.completed_at is not null),
           coalesce(array_agg(w.resolution_due_at) filter (where w.status <> 'CANCELLED' and w.completed_at is null), '{}'),
           coalesce(array_agg(extract(epoch from w.responded_at - w.created_at)::float8 / 60)
                    filter (where w.responded_at is not null), '{}'),
           coalesce(array_agg(extract(epoch from w.completed_at - w.created_at)::float8 / 60)
                    filter (where w.completed_at is not null), '{}'),
           count(*) filter (where w.satisfaction is not null),
           count(*) filter (where w.status = 'CLOSED'),
           count(*) filter (where w.status = 'CLOSED' and w.closed_at <= w.return_visit_due_at),
           coalesce(sum(w.satisfaction), 0),
           count(*) filter (where w.type = 'COMPLAINT')
    from work_orders w
    -- The building is looked up only when asked for.
    cross join lateral (values ('P'::"char", ''),
                               ('B', case when 'B' = any(dims)
                                          then coalesce((select u.building_id::text from units u where u.id = w.unit_id), 'none') end),
                               ('A', coalesce(w.assignee_id::text, 'none'))) as k(dim, key)
    where w.project_id = p and w.created_at >= lo and w.created_at < hi and k.dim = any(dims)
    group by k.dim, k.key
$$;

-- The days rolled up.
create table work_order_days (
    project_id uuid not null references projects (id),
    day        date not null,                     -- the UTC day the orders were registered
    rolled_at  timestamptz not null default clock_timestamp(),
    primary key (project_id, day)
);

-- A rolled-up day's figures: its groups with orders (a day without orders has none).
create table work_order_day_figures (
    project_id             uuid not null,
    dim                    "char" not null check (dim in ('P', 'B', 'A')),
    day                    date not null,
    key                    text not null,
    total                  bigint not null,
    completed              bigint not null,
    rework                 bigint not null,
    response_on_time       bigint not null,
    response_done          bigint not null,
    response_pending_due   timestamptz[] not null,
    resolution_on_time     bigint not null,
    resolution_done        bigint not null,
    resolution_pending_due timestamptz[] not null,
    response_minutes       float8[] not null,
    resolution_minutes     float8[] not null,
    visited                bigint not null,
    closed                 bigint not null,
    closed_on_time         bigint not null,
    satisfaction_sum       bigint not null,
    complaints             bigint not null,
    primary key (project_id, dim, day, key),
    foreign key (project_id, day) references work_order_days (project_id, day) on delete cascade
);

-- Rolls up to `batch` days: the marked ones, then the ones never rolled up (from each project's first order), all
-- ended two days ago. One caller at a time (another returns 0 at once). The marks are deleted before the day is read,
-- each statement with a newer snapshot: a write committed after the delete keeps its mark, so the day is redone.
-- Returns how many days it rolled up.
create function steward_roll_work_order_days(batch integer) returns integer language plpgsql as $$
declare
    horizon date := (clock_timestamp() at time zone 'UTC')::date - 2;
    n integer := 0;
    d record;
begin
    if not pg_try_advisory_xact_lock(hashtext('steward_roll_work_order_days')) then
        return 0;
    end if;
    for d in
        select x.project_id, x.day from (
            select distinct m.project_id, m.day from work_order_days_dirty m where m.day < horizon
            union
            select f.project_id, g::date
            from (select p.id as project_id,
                         (select (min(w.created_at) at time zone 'UTC')::date from work_orders w where w.project_id = p.id) as first
                  from projects p) f
            cross join lateral generate_series(f.first, horizon - 1, interval '1 day') g
            where f.first is not null
              and not exists (select 1 from work_order_days r where r.project_id = f.project_id and r.day = g::date)) x
        order by x.day, x.project_id
        limit batch
    loop
        delete from work_order_days_dirty m where m.project_id = d.project_id and m.day = d.day;
        delete from work_order_days r where r.project_id = d.project_id and r.day = d.day;
        insert into work_order_days (project_id, day) values (d.project_id, d.day);
        insert into work_order_day_figures
        select d.project_id, s.dim, d.day, s.key, s.total, s.completed, s.rework, s.response_on_time, s.response_done,
               s.response_pending_due, s.resolution_on_time, s.resolution_done, s.resolution_pending_due, s.response_minutes,
               s.resolution_minutes, s.visited, s.closed, s.closed_on_time, s.satisfaction_sum, s.complaints
        from work_order_segments(d.project_id, d.day::timestamp at time zone 'UTC', (d.day + 1)::timestamp at time zone 'UTC',
                                 '{P,B,A}') s;
        n := n + 1;
    end loop;
    return n;
end $$;
