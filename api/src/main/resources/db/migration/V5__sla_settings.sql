-- Per-project SLA time limits and working calendars. A project without sla_rules uses the defaults
-- (SlaPolicy.defaults); calendar_days lists only the exceptions to Monday–Friday.
create table sla_rules (
    project_id                      uuid not null references projects (id),
    type                            text not null check (type in ('REPAIR', 'COMPLAINT', 'INQUIRY', 'SUGGESTION', 'RECTIFICATION')),
    priority                        text not null check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    response_minutes                integer check (response_minutes between 1 and 525600),
    response_end_of_day_plus_days   integer check (response_end_of_day_plus_days between 0 and 365),
    resolution_minutes              integer check (resolution_minutes between 1 and 525600),
    resolution_end_of_day_plus_days integer check (resolution_end_of_day_plus_days between 0 and 365),
    primary key (project_id, type, priority),
    check ((response_minutes is null) <> (response_end_of_day_plus_days is null)),
    check ((resolution_minutes is null) <> (resolution_end_of_day_plus_days is null))
);

create table calendar_days (
    project_id  uuid not null references projects (id),
    day         date not null,
    working     boolean not null,          -- false: public holiday; true: make-up working day (调休)
    note        text check (length(note) <= 100),
    primary key (project_id, day)
);
