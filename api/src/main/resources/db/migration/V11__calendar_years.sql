-- The years a project set its working calendar itself (saved in the editor or imported). Any other year
-- follows the national schedule shipped with the application (resources holidays/CN-<year>.txt).
create table calendar_years (
    project_id uuid not null references projects (id),
    year       integer not null check (year between 2000 and 2100),
    primary key (project_id, year)
);

-- Years that already hold days were set by hand: keep them as they are.
insert into calendar_years (project_id, year)
select distinct project_id, extract(year from day)::integer from calendar_days;
