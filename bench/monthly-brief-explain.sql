-- The monthly brief's query shapes as MonthlyBriefRepository, RectificationStats.byProject and
-- RectificationRepository.overdueAt build them, for last month (a whole month of every project).
\set ON_ERROR_STOP on
\pset pager off
select id as p from projects where code = 'P042' \gset
select array_agg(id)::text as all_projects from projects where code like 'P%' \gset
select to_char(date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '2 months', 'YYYY-MM-DD') as previous,
       to_char(date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '1 month', 'YYYY-MM-DD') as month_from,
       to_char(date_trunc('month', now() at time zone 'Asia/Shanghai'), 'YYYY-MM-DD') as month_to \gset

\set month 'from projects p join inspections x on x.project_id = p.id and x.status = ''SUBMITTED'' and x.started_at >= ($2::timestamp at time zone p.timezone) and x.started_at < ($3::timestamp at time zone p.timezone)'
\set status '(case when x.closed_at is not null then ''CLOSED'' when w.status = ''CANCELLED'' then ''CANCELLED'' when w.status in (''COMPLETED'', ''CLOSED'') then ''AWAITING_REINSPECTION'' else ''OPEN'' end)'
\set counts 'count(*) as raised, count(*) filter (where status = ''CLOSED'') as closed, count(*) filter (where status = ''OPEN'') as open, count(*) filter (where status = ''AWAITING_REINSPECTION'') as awaiting, count(*) filter (where overdue) as overdue, count(*) filter (where due) as due, count(*) filter (where closed_on_time) as on_time'
\set overdue_at 'x.raised_at < least($3, $2::timestamp at time zone p.timezone) and x.due_at < least($3, $2::timestamp at time zone p.timezone) and (x.closed_at is null or x.closed_at >= least($3, $2::timestamp at time zone p.timezone)) and w.status <> ''CANCELLED'' and not (w.status in (''COMPLETED'', ''CLOSED'') and w.completed_at < least($3, $2::timestamp at time zone p.timezone))'

prepare scores(uuid[], timestamp, timestamp, timestamp) as
  select x.project_id, x.started_at >= ($4::timestamp at time zone p.timezone) as current, x.template_id, min(t.code) as template_code,
         min(t.name_zh) as name_zh, min(t.name_en) as name_en, count(*) as n, avg(x.total) as mean, min(x.total) as low, max(x.total) as high,
         sum(x.finding_count) as findings :month join inspection_templates t on t.id = x.template_id where p.id = any($1) group by 1, 2, 3;
prepare deductions(uuid[], timestamp, timestamp, int) as
  select x.template_id, s.code as section_code, it.code as item_code, c.code as cp_code, count(*) as n, count(distinct x.project_id) as projects,
         coalesce(sum(r.deduction), 0) as lost, max(t.name_zh), max(t.name_en), max(s.name_zh), max(s.name_en), max(it.name_zh), max(it.name_en),
         max(c.text_zh), max(c.text_en)
  :month
  join inspection_results r on r.inspection_id = x.id and r.status = 'MISSING'
  join inspection_check_points c on c.id = r.check_point_id join inspection_items it on it.id = c.item_id
  join inspection_sections s on s.id = it.section_id join inspection_templates t on t.id = x.template_id
  where p.id = any($1) group by x.template_id, s.code, it.code, c.code order by n desc, lost desc, c.code limit $4;
prepare rates(uuid[], timestamp, timestamp, timestamptz) as
  with y as (select x.project_id, x.closed_on_time, :status as status, (:status = 'OPEN' and x.due_at < $4) as overdue,
                    (x.closed_at is not null or x.original_due_at < $4) as due
             from projects p join rectifications x on x.project_id = p.id
              and x.raised_at >= ($2::timestamp at time zone p.timezone) and x.raised_at < ($3::timestamp at time zone p.timezone)
             join work_orders w on w.id = x.work_order_id where p.id = any($1))
  select 'P' as kind, project_id::text as key, :counts from y where status <> 'CANCELLED' group by project_id;
prepare overdue(uuid[], timestamp, timestamptz, int) as
  with o as materialized (select x.id from rectifications x join projects p on p.id = x.project_id join work_orders w on w.id = x.work_order_id
                          where x.project_id = any($1) and :overdue_at order by x.due_at, x.id limit $4)
  select x.id, x.due_at, w.code, c.code, ou.display_name from o join rectifications x on x.id = o.id join inspections i on i.id = x.inspection_id
  join inspection_results r on r.id = x.result_id join inspection_check_points c on c.id = r.check_point_id
  join inspection_items it on it.id = c.item_id join inspection_sections s on s.id = it.section_id
  join inspection_template_versions v on v.id = i.template_version_id join work_orders w on w.id = x.work_order_id
  left join users ou on ou.id = w.assignee_id join users ru on ru.id = x.raised_by
  order by x.due_at, x.id;
prepare overdue_count(uuid[], timestamp, timestamptz) as
  select count(*) from rectifications x join projects p on p.id = x.project_id join work_orders w on w.id = x.work_order_id
  where x.project_id = any($1) and :overdue_at;

\echo '== B1. scores and means, all 100 projects, last month and the one before'
explain (analyze, buffers, costs off, summary on) execute scores(:'all_projects', :'previous', :'month_to', :'month_from');
\echo '== B2. scores, one project'
explain (analyze, buffers, costs off, summary on) execute scores(array[:'p']::uuid[], :'previous', :'month_to', :'month_from');
\echo '== B3. top deductions, all 100 projects'
explain (analyze, buffers, costs off, summary on) execute deductions(:'all_projects', :'month_from', :'month_to', 20);
\echo '== B4. top deductions, one project'
explain (analyze, buffers, costs off, summary on) execute deductions(array[:'p']::uuid[], :'month_from', :'month_to', 20);
\echo '== B5. rectification rates per project, all 100'
explain (analyze, buffers, costs off, summary on) execute rates(:'all_projects', :'month_from', :'month_to', now());
\echo '== B6. overdue at the month end, all 100 (first 200)'
explain (analyze, buffers, costs off, summary on) execute overdue(:'all_projects', :'month_to', now(), 200);
\echo '== B7. overdue at the month end, all 100, counted'
explain (analyze, buffers, costs off, summary on) execute overdue_count(:'all_projects', :'month_to', now());
