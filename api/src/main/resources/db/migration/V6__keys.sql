-- Key management (钥匙管理): cabinets, keys, owner deposits, checkouts, stock-takes and the custody ledger.
-- The ledger (key_events) is append-only and hash-chained per project: each row's hash covers the previous
-- row's hash and its own content, computed by a trigger, so no code path can write an unchained entry and a
-- row changed behind the application's back (triggers disabled by a superuser) shows on verification.

create table key_cabinets (
    id          uuid primary key default gen_random_uuid(),
    project_id  uuid not null references projects (id),
    name        text not null check (length(name) between 1 and 60),
    location    text check (length(location) <= 100),
    slots       integer not null check (slots between 1 and 1000),
    created_at  timestamptz not null default now(),
    unique (project_id, name),
    unique (project_id, id)
);

create table keys (
    id                        uuid primary key default gen_random_uuid(),
    project_id                uuid not null references projects (id),
    code                      text not null check (code ~ '^[A-Z0-9][A-Z0-9-]{0,39}$'),
    type                      text not null check (type in ('UNIT', 'EQUIPMENT_ROOM', 'COMMON_AREA', 'MAILBOX', 'VEHICLE', 'OTHER')),
    unit_id                   uuid references units (id),
    facility                  text check (length(facility) between 1 and 100),
    copies                    integer not null default 1 check (copies between 1 and 20),
    cabinet_id                uuid,
    slot                      integer check (slot between 1 and 1000),
    custodian_id              uuid references users (id),
    status                    text not null default 'AVAILABLE' check (status in ('AVAILABLE', 'CHECKED_OUT', 'LOST', 'RETIRED')),
    lock_change_work_order_id uuid references work_orders (id),
    version                   bigint not null default 0,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    unique (project_id, code),
    foreign key (project_id, cabinet_id) references key_cabinets (project_id, id),
    check ((type = 'UNIT') = (unit_id is not null)),
    check (type = 'UNIT' or facility is not null),
    check ((cabinet_id is null) = (slot is null))
);
-- A slot holds at most one key.
create unique index keys_one_per_slot on keys (cabinet_id, slot) where slot is not null;
create index keys_project_status on keys (project_id, status, code);
create index keys_project_cabinet on keys (project_id, cabinet_id, slot);
create index keys_unit on keys (unit_id) where unit_id is not null;

-- 钥匙留存: the owner's written authorization; the newest one of a key governs its checkouts.
create table key_deposits (
    id                 uuid primary key default gen_random_uuid(),
    project_id         uuid not null references projects (id),
    key_id             uuid not null references keys (id),
    depositor_name     text not null check (length(depositor_name) between 1 and 100),
    depositor_phone    text not null,
    authorization_ref  text not null check (length(authorization_ref) between 1 and 60),
    valid_until        date not null,
    allowed_roles      text[] not null,
    allowed_contractor text check (length(allowed_contractor) <= 100),
    owner_contact      text check (length(owner_contact) <= 100),
    note               text check (length(note) <= 500),
    deposited_at       timestamptz not null,
    received_by        uuid not null references users (id)
);
create index key_deposits_key on key_deposits (key_id, deposited_at desc, id desc);

create table key_checkouts (
    id                  uuid primary key default gen_random_uuid(),
    project_id          uuid not null references projects (id),
    key_id              uuid not null references keys (id),
    borrower_user_id    uuid references users (id),
    borrower_name       text not null check (length(borrower_name) between 1 and 100),
    borrower_phone      text,
    borrower_id_last4   text,
    borrower_company    text,
    purpose             text not null check (length(purpose) between 1 and 200),
    work_order_id       uuid references work_orders (id),
    emergency           boolean not null default false,
    emergency_reason    text,
    approved_by         uuid not null references users (id),
    issued_by           uuid not null references users (id),
    checked_out_at      timestamptz not null,
    due_at              timestamptz not null,
    returned_at         timestamptz,
    returned_to         uuid references users (id),
    condition           text check (condition in ('GOOD', 'DAMAGED', 'INCOMPLETE', 'LOST')),
    notes               text check (length(notes) <= 500),
    overdue_recorded_at timestamptz,
    check ((borrower_user_id is null) <> (borrower_id_last4 is null)),
    check (approved_by is distinct from borrower_user_id),
    check (not emergency or emergency_reason is not null),
    check (due_at > checked_out_at)
);
-- At most one open checkout per key, whatever the application does.
create unique index key_checkouts_one_open on key_checkouts (key_id) where returned_at is null;
create index key_checkouts_project_time on key_checkouts (project_id, checked_out_at desc, id desc);
create index key_checkouts_borrower on key_checkouts (borrower_user_id, checked_out_at desc) where borrower_user_id is not null;
-- The overdue job's scan: open, past due, not yet recorded.
create index key_checkouts_due on key_checkouts (due_at) where returned_at is null and overdue_recorded_at is null;

create table key_stocktakes (
    id           uuid primary key default gen_random_uuid(),
    project_id   uuid not null references projects (id),
    cabinet_id   uuid,
    status       text not null default 'OPEN' check (status in ('OPEN', 'COMPLETED')),
    started_by   uuid not null references users (id),
    started_at   timestamptz not null,
    completed_by uuid references users (id),
    completed_at timestamptz,
    foreign key (project_id, cabinet_id) references key_cabinets (project_id, id)
);
-- One open stock-take per project and scope (a cabinet, or the whole project).
create unique index key_stocktakes_one_open on key_stocktakes
    (project_id, coalesce(cabinet_id, '00000000-0000-0000-0000-000000000000'::uuid)) where status = 'OPEN';
create index key_stocktakes_project on key_stocktakes (project_id, started_at desc, id desc);

-- The snapshot taken at the start: expected (AVAILABLE, in the scope) or out on loan (holder_name).
create table key_stocktake_items (
    stocktake_id uuid not null references key_stocktakes (id),
    key_id       uuid not null references keys (id),
    code         text not null,
    type         text not null,
    label        text,
    cabinet_name text,
    slot         integer,
    expected     boolean not null,
    holder_name  text,
    primary key (stocktake_id, key_id)
);

create table key_stocktake_scans (
    id            uuid primary key default gen_random_uuid(),
    stocktake_id  uuid not null references key_stocktakes (id),
    key_code      text not null,
    key_id        uuid references keys (id),
    slot          integer,
    expected_slot integer,
    result        text not null check (result in ('FOUND', 'WRONG_SLOT', 'UNKNOWN', 'NOT_EXPECTED', 'ALREADY_SCANNED', 'CHECKED_OUT')),
    scanned_by    uuid not null references users (id),
    scanned_at    timestamptz not null
);
create index key_stocktake_scans_stocktake on key_stocktake_scans (stocktake_id, scanned_at desc);

-- The custody ledger.
create table key_ledger_heads (
    project_id uuid primary key references projects (id),
    last_seq   bigint not null,
    last_hash  text not null
);

create table key_events (
    id           uuid primary key default gen_random_uuid(),
    project_id   uuid not null references projects (id),
    seq          bigint not null,
    key_id       uuid references keys (id),
    type         text not null check (type in ('REGISTERED', 'UPDATED', 'MOVED', 'DEPOSITED', 'CHECKED_OUT', 'RETURNED', 'OVERDUE',
                                               'REPORTED_LOST', 'FOUND', 'RETIRED', 'STOCKTAKE_STARTED', 'STOCKTAKE_SCANNED',
                                               'STOCKTAKE_COMPLETED')),
    actor_id     uuid not null references users (id),
    at           timestamptz not null,
    checkout_id  uuid references key_checkouts (id),
    stocktake_id uuid references key_stocktakes (id),
    note         text check (length(note) <= 500),
    details      jsonb,
    prev_hash    text not null,
    hash         text not null,
    unique (project_id, seq)
);
create index key_events_key on key_events (key_id, seq) where key_id is not null;

-- The content a hash covers, fields separated by U+001F so that no two different rows read the same.
create function key_event_hash(e key_events) returns text language sql stable as $$
    select encode(sha256(convert_to(concat_ws(chr(31), e.prev_hash, e.id::text, e.project_id::text, e.seq::text,
        coalesce(e.key_id::text, ''), e.type, e.actor_id::text, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(e.checkout_id::text, ''), coalesce(e.stocktake_id::text, ''), coalesce(e.note, ''),
        coalesce(e.details::text, '')), 'UTF8')), 'hex')
$$;

-- Chains each new entry to the project's last one. The head row is locked until commit, so entries of one
-- project are numbered and chained one after another even when written concurrently.
create function key_events_chain() returns trigger language plpgsql as $$
declare
    head key_ledger_heads%rowtype;
begin
    insert into key_ledger_heads (project_id, last_seq, last_hash) values (new.project_id, 0, repeat('0', 64))
    on conflict (project_id) do nothing;
    select * into head from key_ledger_heads where project_id = new.project_id for update;
    new.seq := head.last_seq + 1;
    new.prev_hash := head.last_hash;
    new.hash := key_event_hash(new);
    update key_ledger_heads set last_seq = new.seq, last_hash = new.hash where project_id = new.project_id;
    return new;
end $$;
create trigger key_events_chain before insert on key_events
    for each row execute function key_events_chain();
create trigger key_events_append_only before update or delete on key_events
    for each row execute function append_only();
create trigger key_events_no_truncate before truncate on key_events
    for each statement execute function append_only();

-- Live updates, like work orders: every ledger entry but single stock-take scans is announced at commit.
create function notify_key_event() returns trigger language plpgsql as $$
begin
    if new.type = 'STOCKTAKE_SCANNED' then
        return null;
    end if;
    perform pg_notify('steward_events', json_build_object(
        'type', case new.type when 'OVERDUE' then 'KEY_OVERDUE' else 'KEY_CHANGED' end,
        'projectId', new.project_id,
        'keyId', new.key_id,
        'keyCode', (select code from keys where id = new.key_id),
        'keyEventType', new.type,
        'at', new.at)::text);
    return null;
end $$;
create trigger key_events_notify after insert on key_events
    for each row execute function notify_key_event();
