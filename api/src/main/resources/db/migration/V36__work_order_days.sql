-- Daily rollups of the work-order figures (issue 13: the quality picture of 100 projects at 10M orders). A project's
-- figures over a period are the rollups of the whole UTC days in it plus the orders of the other days read live
-- (work_order_segment): the same figures as the statistics' (WorkOrderStatsRepository.FIGURES), exactly, not sampled.
--
-- A day is rolled up by steward_roll_work_order_days (the job WorkOrderDaysJob, or bench scripts) once it ended two days
-- ago. Any later write on an order registered over a day ago marks the order's day (work_order_days_dirty, in the same
-- transaction): a marked day's rollup is not used, its orders are read live, until the job rolls it up again. A reader
-- therefore sees, in its one snapshot, either a rollup with no mark (no write since) or the orders themselves.
-- Writes on orders registered in the last day (every registration, the day's work) mark nothing: their day is not
-- rolled up yet. That holds unless a transaction wrote an order and stayed open for over a day before committing.

-- The figures of the orders a project registered in [lo, hi). What can change with time alone is kept apart: the due
-- times of the orders not yet responded to / completed (they become "known" late once their due time passes), and
-- the response and resolution minutes (for the mean and the 90th percentile, which need every value).
create function work_order_segment(p uuid, lo timestamptz, hi timestamptz)
    returns table (total bigint, completed bigint, rework bigint,
                   response_on_time bigint, response_done bigint, response_pending_due timestamptz[],
                   resolution_on_time bigint, resolution_done bigint, resolution_pending_due timestamptz[],
                   response_minutes float8[], resolution_minutes float8[],
                   visited bigint, closed bigint, closed_on_time bigint, satisfaction_sum bigint, complaints bigint)
    language sql stable parallel safe as $$
    select count(*),
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
    where w.project_id = p and w.created_at >= lo and w.created_at < hi
$$;

create table work_order_days (
    project_id             uuid not null references projects (id),
    day                    date not null,                     -- the UTC day the orders were registered
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
    rolled_at              timestamptz not null default clock_timestamp(),
    primary key (project_id, day)
);

-- Days whose orders changed after their rollup (or before their first): insert-only, so writers never wait on each other.
create table work_order_days_dirty (
    project_id uuid not null,
    day        date not null
);
create index work_order_days_dirty_day on work_order_days_dirty (project_id, day);

-- (An order's project and creation time never change: V2's guard. A deleted order marks its day too.)
create function steward_mark_work_order_day() returns trigger language plpgsql as $$
declare
    o work_orders;
begin
    o := case when tg_op = 'DELETE' then old else new end;
    if o.created_at < clock_timestamp() - interval '1 day' then
        insert into work_order_days_dirty values (o.project_id, (o.created_at at time zone 'UTC')::date);
    end if;
    return null;
end $$;

create trigger work_orders_day_mark after insert or update or delete on work_orders
    for each row execute function steward_mark_work_order_day();

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
        insert into work_order_days as r
        select d.project_id, d.day, s.*, clock_timestamp()
        from work_order_segment(d.project_id, d.day::timestamp at time zone 'UTC', (d.day + 1)::timestamp at time zone 'UTC') s
        on conflict (project_id, day) do update set
            total = excluded.total, completed = excluded.completed, rework = excluded.rework,
            response_on_time = excluded.response_on_time, response_done = excluded.response_done,
            response_pending_due = excluded.response_pending_due, resolution_on_time = excluded.resolution_on_time,
            resolution_done = excluded.resolution_done, resolution_pending_due = excluded.resolution_pending_due,
            response_minutes = excluded.response_minutes, resolution_minutes = excluded.resolution_minutes,
            visited = excluded.visited, closed = excluded.closed, closed_on_time = excluded.closed_on_time,
            satisfaction_sum = excluded.satisfaction_sum, complaints = excluded.complaints, rolled_at = excluded.rolled_at;
        n := n + 1;
    end loop;
    return n;
end $$;
