-- Quality supervision, part 2 (issue 12): inspection plans (巡检/督导计划), the tasks they create (应查未查 when not
-- submitted by their due time), vacant units (空置房) with a responsible person, patrol keys lent for a task, and a
-- REPAIR order raised from a patrol finding.

create table inspection_plans (
    id                 uuid primary key default gen_random_uuid(),
    project_id         uuid not null references projects (id),
    name               text not null check (length(name) between 1 and 200),
    template_id        uuid not null references inspection_templates (id),
    level              text not null check (level in ('GROUP', 'SUBSIDIARY', 'SERVICE_CENTRE', 'CUSTOM')),
    -- DAILY; WEEKLY on weekdays (ISO 1 = Monday … 7); MONTHLY on day_of_month; QUARTERLY on day_of_month of Jan/Apr/Jul/Oct
    recurrence         text not null check (recurrence in ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY')),
    weekdays           smallint[] not null default '{}',
    day_of_month       smallint check (day_of_month between 1 and 28),
    method             text not null default 'OPEN'
                       check (method in ('OPEN', 'UNANNOUNCED', 'POST_QUESTIONING', 'CUSTOMER_CALLBACK', 'WRITTEN_TEST')),
    due_time           time not null,                    -- local time (project time zone) the task is due …
    window_days        smallint not null default 0 check (window_days between 0 and 31),   -- … this many days after its date
    building_ids       uuid[] not null default '{}',     -- scope: these buildings only (empty: the whole project)
    vacant_units       boolean not null default false,   -- one task per VACANT unit in scope (空置房巡查)
    inspector_ids      uuid[] not null check (cardinality(inspector_ids) between 1 and 20),
    starts_on          date not null,
    active             boolean not null default true,
    version            bigint not null default 0,
    created_by         uuid not null references users (id),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check ((recurrence = 'WEEKLY') = (cardinality(weekdays) > 0)),
    check ((recurrence in ('MONTHLY', 'QUARTERLY')) = (day_of_month is not null)),
    check (weekdays <@ '{1,2,3,4,5,6,7}'::smallint[])
);
create index inspection_plans_project on inspection_plans (project_id, created_at desc, id desc);

-- One task per plan, local date and (for vacant-unit plans) unit: the unique key makes generation idempotent, so any
-- number of instances may generate at once (insert … on conflict do nothing).
create table inspection_tasks (
    id            uuid primary key default gen_random_uuid(),
    project_id    uuid not null references projects (id),
    plan_id       uuid not null references inspection_plans (id),
    scheduled_on  date not null,                      -- the local date it is for
    unit_id       uuid references units (id),
    opens_at      timestamptz not null,               -- start of that local day
    due_at        timestamptz not null,
    inspection_id uuid unique references inspections (id),   -- set once, when an inspection is started from it
    started_at    timestamptz,
    done_at       timestamptz,                        -- its inspection was submitted
    missed_at     timestamptz,                        -- the job announced it missed (past due, not submitted)
    created_at    timestamptz not null,
    check (due_at > opens_at),
    check (done_at is null or inspection_id is not null),
    check ((inspection_id is null) = (started_at is null))
);
create unique index inspection_tasks_once on inspection_tasks (plan_id, scheduled_on, unit_id) nulls not distinct;
create index inspection_tasks_project_due on inspection_tasks (project_id, due_at, id);
create index inspection_tasks_unit on inspection_tasks (unit_id, due_at desc) where unit_id is not null;
-- The missed scan: not submitted, not yet announced.
create index inspection_tasks_missed_scan on inspection_tasks (due_at) where done_at is null and missed_at is null;

create unique index inspections_one_per_task on inspections (task_id) where task_id is not null;

-- A submitted inspection never changes, except that the task it carried out may be recorded once (task_id null → set).
create or replace function inspection_frozen() returns trigger language plpgsql as $$
declare
    o inspections;
begin
    if tg_op = 'DELETE' or tg_op = 'TRUNCATE' then
        raise exception '% rows are never deleted', tg_table_name using errcode = 'insufficient_privilege';
    end if;
    if old.status = 'SUBMITTED' then
        o := old;
        o.task_id := new.task_id;
        if old.task_id is null and new.task_id is not null and o is not distinct from new then
            return new;
        end if;
        raise exception 'a submitted inspection cannot change' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

-- 空置房: who looks after a vacant unit.
alter table units add column responsible_user_id uuid references users (id);

-- A patrol borrows the unit's key for its task, as a work order would be the reason.
alter table key_checkouts add column inspection_task_id uuid references inspection_tasks (id);
alter table key_checkouts add constraint key_checkouts_one_reason check (work_order_id is null or inspection_task_id is null);

-- A finding (MISSING on a patrol) may raise one REPAIR order for the unit (not a rectification: the unit needs fixing).
alter table inspection_results add column repair_work_order_id uuid unique references work_orders (id);
