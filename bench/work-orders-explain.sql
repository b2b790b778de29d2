-- The list shapes WorkOrderRepository builds (only the filters present become predicates), with the
-- rework lookup. Each is EXPLAIN ANALYZE'd once (the first read of a page may come from disk).
\set ON_ERROR_STOP on
\pset pager off
select id as sg from projects where code = 'SG' \gset
select id as jl from projects where code = 'JL' \gset
select id as tech1 from users where username = 'tech1' \gset
select unit_id as unit, category as category from work_orders where project_id = :'sg' and unit_id is not null
  order by created_at desc limit 1 \gset
select created_at as cursor_at, id as cursor_id from work_orders where project_id = :'sg'
  order by created_at desc, id desc offset 5000 limit 1 \gset

\set select 'select w.*, u.label as unit_label, f.display_name as first_responsible_name, a.display_name as assignee_name from work_orders w left join units u on u.id = w.unit_id and u.project_id = w.project_id join users f on f.id = w.first_responsible_id left join users a on a.id = w.assignee_id'
\set page 'order by w.created_at desc, w.id desc limit 51'

\echo '== 1. default list: all of a manager''s projects (SG, JL), first page'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = any(array[:'sg', :'jl']::uuid[]) :page;
\echo '== 1b. the same as the application runs it: each project''s newest rows from its own index, then merged'
explain (analyze, buffers, costs off, summary on) select w.*, u.label as unit_label, f.display_name as first_responsible_name,
       a.display_name as assignee_name
  from unnest(array[:'sg', :'jl']::uuid[]) as p(id)
  cross join lateral (select w.* from work_orders w where w.project_id = p.id :page) w
  left join units u on u.id = w.unit_id and u.project_id = w.project_id join users f on f.id = w.first_responsible_id
  left join users a on a.id = w.assignee_id :page;
\echo '== 1c. all projects, open orders only (status filter inside each project''s lateral scan)'
explain (analyze, buffers, costs off, summary on) select w.*, u.label as unit_label, f.display_name as first_responsible_name,
       a.display_name as assignee_name
  from unnest(array[:'sg', :'jl']::uuid[]) as p(id)
  cross join lateral (select w.* from work_orders w where w.project_id = p.id
                        and w.status = any(array['NEW','ASSIGNED','IN_PROGRESS','ON_HOLD']) :page) w
  left join units u on u.id = w.unit_id and u.project_id = w.project_id join users f on f.id = w.first_responsible_id
  left join users a on a.id = w.assignee_id :page;
\echo '== 2. one project, first page'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg' :page;
\echo '== 3. one project, page 100 (keyset cursor)'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg'
  and (w.created_at, w.id) < (:'cursor_at'::timestamptz, :'cursor_id'::uuid) :page;
\echo '== 4. open orders: status = any(NEW, ASSIGNED, IN_PROGRESS, ON_HOLD)'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg'
  and w.status = any(array['NEW','ASSIGNED','IN_PROGRESS','ON_HOLD']) :page;
\echo '== 5. a technician''s list: assigned to them or unassigned NEW/REOPENED'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg'
  and (w.assignee_id = :'tech1' or (w.assignee_id is null and w.status in ('NEW', 'REOPENED'))) :page;
\echo '== 6. a technician''s open orders'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg'
  and w.status = any(array['ASSIGNED','IN_PROGRESS','ON_HOLD'])
  and (w.assignee_id = :'tech1' or (w.assignee_id is null and w.status in ('NEW', 'REOPENED'))) :page;
\echo '== 7. overdue'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg'
  and (w.status <> 'CANCELLED' and ((w.responded_at is null and w.response_due_at < now())
                                    or (w.completed_at is null and w.resolution_due_at < now()))) :page;
\echo '== 8. one unit''s orders'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg' and w.unit_id = :'unit' :page;
\echo '== 9. search q (matches many rows: stops at the first page)'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg'
  and (w.code ilike '%漏水%' or w.title ilike '%漏水%' or w.description ilike '%漏水%') :page;
\echo '== 10. search q for a code (one match: scans the project)'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg'
  and (w.code ilike '%SG-B00500000%' or w.title ilike '%SG-B00500000%' or w.description ilike '%SG-B00500000%') :page;
\echo '== 10b. a whole code is an exact match instead (unique index)'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg' and w.code = 'SG-B00500000' :page;
\echo '== 11. rework lookup at registration'
explain (analyze, buffers, costs off, summary on) select id from work_orders
  where project_id = :'sg' and unit_id = :'unit' and category = :'category' and type = 'REPAIR'
    and completed_at >= now() - interval '30 days' and completed_at <= now()
  order by completed_at desc, id desc limit 1;
\echo '== 12. status filter on one project'
explain (analyze, buffers, costs off, summary on) :select where true and w.project_id = :'sg' and w.status = 'REOPENED' :page;
