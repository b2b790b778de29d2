-- Foundation: projects, buildings, units, residents, staff users and memberships, idempotency keys.
-- Every domain table carries project_id (the future shard key); every query filters by it.

create table projects (
    id          uuid primary key default gen_random_uuid(),
    code        text not null unique check (code ~ '^[A-Z][A-Z0-9]{1,9}$'),
    name        text not null check (length(name) between 1 and 100),
    timezone    text not null default 'Asia/Shanghai',
    address     text,
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table buildings (
    id          uuid primary key default gen_random_uuid(),
    project_id  uuid not null references projects (id),
    code        text not null,
    name        text not null,
    floors      integer check (floors between 1 and 200),
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    unique (project_id, code)
);

create table units (
    id          uuid primary key default gen_random_uuid(),
    project_id  uuid not null references projects (id),
    building_id uuid not null references buildings (id),
    number      text not null,
    label       text not null,              -- building code and number as people say it: 1-1201
    sort_key    text not null,              -- zero-padded label, so 2-101 sorts before 10-101
    floor       integer,
    area_m2     numeric(10, 2),
    status      text not null default 'OCCUPIED' check (status in ('OCCUPIED', 'VACANT')),
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    unique (building_id, number)
);
create index units_project_sort on units (project_id, sort_key, id);
create index units_project_building_sort on units (project_id, building_id, sort_key, id);

create table residents (
    id          uuid primary key default gen_random_uuid(),
    project_id  uuid not null references projects (id),
    unit_id     uuid not null references units (id),
    name        text not null,
    phone       text not null,
    relation    text not null check (relation in ('OWNER', 'TENANT', 'FAMILY')),
    created_at  timestamptz not null default now()
);
create index residents_unit on residents (project_id, unit_id);

create table users (
    id            uuid primary key default gen_random_uuid(),
    username      text not null unique,
    display_name  text not null,
    phone         text,
    password_hash text not null,
    roles         text[] not null,
    active        boolean not null default true,
    version       bigint not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

create table memberships (
    user_id     uuid not null references users (id),
    project_id  uuid not null references projects (id),
    primary key (user_id, project_id)
);
create index memberships_project on memberships (project_id, user_id);

-- Idempotency-Key records: written in the same transaction as the create they protect.
create table idempotency_keys (
    user_id       uuid not null,
    idem_key      text not null,
    request_hash  text not null,
    status        integer not null,
    body          text not null,
    location      text,
    etag          text,
    created_at    timestamptz not null default now(),
    primary key (user_id, idem_key)
);
create index idempotency_keys_created on idempotency_keys (created_at);
