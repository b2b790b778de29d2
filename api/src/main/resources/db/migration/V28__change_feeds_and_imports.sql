-- Change feeds (issue 15): every row an integrator syncs carries the id of the transaction that last wrote it
-- (`change_xid`, set by a trigger) and an `updated_at` kept by the database. A feed reads rows in
-- (change_xid, id) order and only those written by transactions older than every transaction still running
-- (`change_xid < pg_snapshot_xmin(pg_current_snapshot())`): a row committed later therefore always sorts after
-- every row a client has already been given, so a client that resumes from its cursor never misses one.
-- See docs/integrations.md.

-- The triggers are named *_zz_change: PostgreSQL fires triggers in name order, so the guards (e.g. inspections_frozen)
-- see the row as the statement wrote it, before the change is stamped.
create function steward_touch_change() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    -- The application's own clock wins when the statement set updated_at (tests run on a fixed clock);
    -- otherwise the database stamps the change.
    if tg_op = 'UPDATE' and new.updated_at is not distinct from old.updated_at then
        new.updated_at := clock_timestamp();
    end if;
    return new;
end $$;

alter table key_checkouts add column updated_at timestamptz not null default clock_timestamp();
alter table survey_responses add column updated_at timestamptz not null default clock_timestamp();

alter table work_orders add column change_xid xid8 not null default pg_current_xact_id();
alter table keys add column change_xid xid8 not null default pg_current_xact_id();
alter table key_checkouts add column change_xid xid8 not null default pg_current_xact_id();
alter table survey_responses add column change_xid xid8 not null default pg_current_xact_id();
alter table units add column change_xid xid8 not null default pg_current_xact_id();
alter table residents add column change_xid xid8 not null default pg_current_xact_id();
alter table inspections add column change_xid xid8 not null default pg_current_xact_id();

create trigger work_orders_zz_change before insert or update on work_orders for each row execute function steward_touch_change();
create trigger keys_zz_change before insert or update on keys for each row execute function steward_touch_change();
create trigger key_checkouts_zz_change before insert or update on key_checkouts for each row execute function steward_touch_change();
create trigger survey_responses_zz_change before insert or update on survey_responses for each row execute function steward_touch_change();
create trigger units_zz_change before insert or update on units for each row execute function steward_touch_change();
create trigger residents_zz_change before insert or update on residents for each row execute function steward_touch_change();
create trigger inspections_zz_change before insert or update on inspections for each row execute function steward_touch_change();

create index work_orders_change on work_orders (project_id, change_xid, id);
create index keys_change on keys (project_id, change_xid, id);
create index key_checkouts_change on key_checkouts (project_id, change_xid, id);
create index survey_responses_change on survey_responses (project_id, change_xid, id);
create index units_change on units (project_id, change_xid, id);
create index residents_change on residents (project_id, change_xid, id);
create index inspections_change on inspections (project_id, change_xid, id);

-- Bulk imports of units and residents: one row per file imported (by its SHA-256), written in the import's own
-- transaction, so a second upload of the same file (even a concurrent one, which waits on the unique index)
-- answers the first result and writes nothing.
create table imports (
    id          uuid primary key default gen_random_uuid(),
    project_id  uuid not null references projects (id),
    sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    file_name   text,
    rows               integer not null default 0,
    units_created      integer not null default 0,
    units_existing     integer not null default 0,
    residents_created  integer not null default 0,
    residents_existing integer not null default 0,
    created_by  uuid not null references users (id),
    created_at  timestamptz not null default now(),
    unique (project_id, sha256)
);
