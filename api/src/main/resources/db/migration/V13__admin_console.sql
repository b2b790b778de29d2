-- Administration: residents keep their history (moved in / moved out, never deleted) and carry a version for
-- If-Match.
alter table residents
    add column moved_in_on  date,
    add column moved_out_on date,
    add column version      bigint not null default 0,
    add column updated_at   timestamptz not null default now(),
    add constraint residents_move_dates check (moved_out_on is null or moved_in_on is null or moved_out_on >= moved_in_on);

