-- The quality picture's targets per project (品质目标). A project without a row uses the seeds' defaults (the column
-- defaults): 维修及时率 ≥ 90 %, 整改率 ≥ 90 %, mean response ≤ 30 minutes.
create table quality_targets (
    project_id              uuid primary key references projects (id),
    resolution_on_time_rate numeric(5, 4) not null default 0.9 check (resolution_on_time_rate between 0 and 1),
    rectification_rate      numeric(5, 4) not null default 0.9 check (rectification_rate between 0 and 1),
    mean_response_minutes   numeric(6, 1) not null default 30 check (mean_response_minutes between 1 and 1440),
    updated_by              uuid references users (id),
    updated_at              timestamptz
);

-- Complaints per week and building for the warnings (the work-order indexes serve the rest).
create index work_orders_project_type_created on work_orders (project_id, type, created_at);
