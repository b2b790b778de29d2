-- Work orders (工单): the orders, their per-project-per-day code counters and their append-only timeline.

-- One row per project and local day; a create takes the next number with INSERT … ON CONFLICT … DO UPDATE
-- … RETURNING in its own transaction, so codes are unique and gapless under concurrency, even on the
-- very first creates of a brand-new project.
create table work_order_counters (
    project_id  uuid not null references projects (id),
    day         date not null,
    last        integer not null check (last > 0),
    primary key (project_id, day)
);

create table work_orders (
    id                   uuid primary key default gen_random_uuid(),
    project_id           uuid not null references projects (id),
    code                 text not null,
    unit_id              uuid references units (id),
    location             text check (length(location) between 1 and 200),
    type                 text not null check (type in ('REPAIR', 'COMPLAINT', 'INQUIRY', 'SUGGESTION', 'RECTIFICATION')),
    category             text not null check (category ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    priority             text not null check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    channel              text not null check (channel in ('PHONE', 'FRONT_DESK', 'WALK_IN', 'APP', 'WECHAT', 'INSPECTION',
                                                          'SURVEY', 'INTEGRATION')),
    title                text not null check (length(title) between 1 and 200),
    description          text check (length(description) <= 4000),
    reporter_name        text not null,
    reporter_phone       text not null,
    first_responsible_id uuid not null references users (id),   -- 首问责任人: who registered it; never changes
    assignee_id          uuid references users (id),
    status               text not null default 'NEW' check (status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD',
                                                                       'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED')),
    response_due_at      timestamptz not null,
    resolution_due_at    timestamptz not null,
    return_visit_due_at  timestamptz,
    responded_at         timestamptz,
    completed_at         timestamptz,
    closed_at            timestamptz,
    resolution           text check (length(resolution) <= 2000),
    fee_fen              bigint check (fee_fen between 0 and 100000000),
    rework_of            uuid references work_orders (id),
    reopen_count         integer not null default 0 check (reopen_count >= 0),
    satisfaction         smallint check (satisfaction between 1 and 5),
    version              bigint not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    unique (project_id, code),
    check (unit_id is not null or location is not null)
);

-- Lists: newest first per project, optionally by status; a technician's and an assignee's orders;
-- orders of a unit (and the rework lookup: same unit and category, completed recently).
create index work_orders_project_created on work_orders (project_id, created_at desc, id desc);
create index work_orders_project_status_created on work_orders (project_id, status, created_at desc, id desc);
create index work_orders_project_assignee on work_orders (project_id, assignee_id, status);
create index work_orders_project_unit on work_orders (project_id, unit_id, category, completed_at);
create index work_orders_project_first_responsible on work_orders (project_id, first_responsible_id, created_at desc);
-- Overdue orders: only the open ones are indexed.
create index work_orders_project_open_due on work_orders (project_id, resolution_due_at)
    where completed_at is null and status <> 'CANCELLED';

-- Identity and provenance never change: code, project, type, creation time and the first-responsible person.
create function work_orders_immutable_columns() returns trigger language plpgsql as $$
begin
    if new.id <> old.id or new.project_id <> old.project_id or new.code <> old.code or new.type <> old.type
       or new.first_responsible_id <> old.first_responsible_id or new.created_at <> old.created_at then
        raise exception 'work order % may not change its id, project, code, type, creation time or first-responsible person', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger work_orders_immutable before update on work_orders
    for each row execute function work_orders_immutable_columns();

-- The timeline: append-only (事事有登记、有处理、有跟进、有结果、有回访).
create table work_order_events (
    id            uuid primary key default gen_random_uuid(),
    seq           bigint generated always as identity,   -- insertion order, to break ties between equal times
    project_id    uuid not null references projects (id),
    work_order_id uuid not null references work_orders (id),
    type          text not null,
    actor_id      uuid not null references users (id),
    at            timestamptz not null,
    note          text check (length(note) <= 4000),
    from_status   text,
    to_status     text,
    changes       jsonb
);
create index work_order_events_order on work_order_events (work_order_id, at, seq);

create function append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger work_order_events_append_only before update or delete on work_order_events
    for each row execute function append_only();
create trigger work_order_events_no_truncate before truncate on work_order_events
    for each statement execute function append_only();
