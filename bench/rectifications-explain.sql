-- The register's and the summary's query shapes as RectificationRepository and RectificationStats build them.
\set ON_ERROR_STOP on
\pset pager off
select id as p from projects where code = 'P042' \gset
select array_agg(id)::text as all_projects from projects where code like 'P%' \gset

\set status '(case when x.closed_at is not null then ''CLOSED'' when w.status = ''CANCELLED'' then ''CANCELLED'' when w.status in (''COMPLETED'', ''CLOSED'') then ''AWAITING_REINSPECTION'' else ''OPEN'' end)'
\set from 'from rectifications x join inspections i on i.id = x.inspection_id join inspection_results r on r.id = x.result_id join inspection_check_points c on c.id = r.check_point_id join inspection_items it on it.id = c.item_id join inspection_sections s on s.id = it.section_id join inspection_template_versions v on v.id = i.template_version_id join work_orders w on w.id = x.work_order_id left join users ou on ou.id = w.assignee_id join users ru on ru.id = x.raised_by'
\set select 'select x.id, x.project_id, x.inspection_id, i.code as inspection_code, x.result_id, r.check_point_id, c.code as check_point_code, c.text_zh, c.text_en, r.note as finding_note, r.deduction, it.name_zh as item_zh, it.name_en as item_en, s.code as section_code, s.name_zh as section_zh, s.name_en as section_en, v.name_zh as template_zh, v.name_en as template_en, w.assignee_id, ou.display_name as owner_name, x.raised_by, ru.display_name as raised_by_name, x.raised_at, x.original_due_at, x.due_at, x.rounds, x.closed_at, x.closed_on_time, x.work_order_id, w.code as work_order_code, w.status as work_order_status, ' :status ' as status ' :from

\echo '== R1. one project, the first page (most urgent deadline first)'
explain (analyze, buffers, costs off, summary on) :select where x.project_id = any(array[:'p']::uuid[]) order by x.due_at, x.id limit 51;
\echo '== R2. one project, status OPEN'
explain (analyze, buffers, costs off, summary on) :select where x.project_id = any(array[:'p']::uuid[]) and x.closed_at is null and :status = 'OPEN' order by x.due_at, x.id limit 51;
\echo '== R3. all 100 projects, overdue'
explain (analyze, buffers, costs off, summary on) :select where x.project_id = any(:'all_projects'::uuid[]) and x.closed_at is null and x.due_at < now() and :status = 'OPEN' order by x.due_at, x.id limit 51;
\echo '== R4. one project, one section'
explain (analyze, buffers, costs off, summary on) :select where x.project_id = any(array[:'p']::uuid[]) and s.code = 'TMC-EQUIP' order by x.due_at, x.id limit 51;

\set counts 'count(*) as raised, count(*) filter (where status = ''CLOSED'') as closed, count(*) filter (where status = ''OPEN'') as open, count(*) filter (where status = ''AWAITING_REINSPECTION'') as awaiting, count(*) filter (where overdue) as overdue, count(*) filter (where due) as due, count(*) filter (where closed_on_time) as on_time'
\set summary 'with base as (select s.code as section_code, s.name_zh as section_zh, s.name_en as section_en, w.assignee_id, ou.display_name as owner_name, x.closed_on_time, ' :status ' as status, (' :status ' = ''OPEN'' and x.due_at < now()) as overdue, (x.closed_at is not null or x.original_due_at < now()) as due ' :from

\echo '== S1. rates of one project, the last 90 days'
explain (analyze, buffers, costs off, summary on) :summary where x.project_id = any(array[:'p']::uuid[]) and x.raised_at >= now() - interval '90 days' and x.raised_at < now()), y as (select * from base where status <> 'CANCELLED') select 'T' as kind, null as key, null as name_zh, null as name_en, :counts from y union all select 'S', section_code, min(section_zh), min(section_en), :counts from y group by section_code union all select 'O', assignee_id::text, min(owner_name), null, :counts from y group by assignee_id order by 1, 2;
\echo '== S2. rates of all 100 projects, the last year'
explain (analyze, buffers, costs off, summary on) :summary where x.project_id = any(:'all_projects'::uuid[]) and x.raised_at >= now() - interval '365 days' and x.raised_at < now()), y as (select * from base where status <> 'CANCELLED') select 'T' as kind, null as key, null as name_zh, null as name_en, :counts from y union all select 'S', section_code, min(section_zh), min(section_en), :counts from y group by section_code union all select 'O', assignee_id::text, min(owner_name), null, :counts from y group by assignee_id order by 1, 2;
