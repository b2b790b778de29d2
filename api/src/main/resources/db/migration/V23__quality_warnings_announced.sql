-- The quality picture's early warnings that are on (docs/quality.md "Live warnings"): a warning's key is inserted when it
-- is first found and announced (QUALITY_WARNING on steward_events) in the same statement, so of several instances
-- evaluating at once exactly one announces it; a key no longer found is deleted, so a warning that comes back is new again.
create table quality_warnings_on (
    project_id  uuid not null references projects (id),
    key         text not null check (length(key) <= 200),
    kind        text not null,
    first_seen  timestamptz not null,
    primary key (project_id, key)
);
