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
\echo '== 13. stats figures: one project, last 30 days, overall and per assignee (GROUPING SETS, percentile_cont)'
explain (analyze, buffers, costs off, summary on)
select grouping(w.assignee_id)::int as overall, w.assignee_id, max(a.display_name) as assignee_name, count(*) as total,
       count(*) filter (where w.completed_at is not null or w.reopen_count > 0) as completed,
       count(*) filter (where w.rework_of is not null or w.reopen_count > 0) as rework,
       count(*) filter (where w.status <> 'CANCELLED' and w.responded_at <= w.response_due_at) as response_on_time,
       count(*) filter (where w.status <> 'CANCELLED' and (w.responded_at is not null or w.response_due_at < now())) as response_known,
       count(*) filter (where w.status <> 'CANCELLED' and w.completed_at <= w.resolution_due_at) as resolution_on_time,
       count(*) filter (where w.status <> 'CANCELLED' and (w.completed_at is not null or w.resolution_due_at < now())) as resolution_known,
       avg(extract(epoch from w.responded_at - w.created_at) / 60)::float8 as mean_response,
       percentile_cont(0.9) within group (order by extract(epoch from w.responded_at - w.created_at) / 60)::float8 as p90_response,
       avg(extract(epoch from w.completed_at - w.created_at) / 60)::float8 as mean_resolution,
       percentile_cont(0.9) within group (order by extract(epoch from w.completed_at - w.created_at) / 60)::float8 as p90_resolution,
       count(*) filter (where w.satisfaction is not null) as visited, count(*) filter (where w.status = 'CLOSED') as closed,
       count(*) filter (where w.status = 'CLOSED' and w.closed_at <= w.return_visit_due_at) as closed_on_time,
       avg(w.satisfaction)::float8 as mean_satisfaction
from work_orders w left join users a on a.id = w.assignee_id
where w.project_id = :'sg' and w.created_at >= now() - interval '30 days' and w.created_at < now()
group by grouping sets ((), (w.assignee_id));
\echo '== 14. stats counts by status, type and category (GROUPING SETS)'
explain (analyze, buffers, costs off, summary on)
select case when grouping(w.status) = 0 then 'status' when grouping(w.type) = 0 then 'type' else 'category' end as dimension,
       coalesce(w.status, w.type, w.category) as key, count(*) as count
from work_orders w
where w.project_id = :'sg' and w.created_at >= now() - interval '30 days' and w.created_at < now()
group by grouping sets ((w.status), (w.type), (w.category)) order by dimension, count desc, key;
\echo '== 15. complaint review: open complaints oldest first, each with its newest noted event'
explain (analyze, buffers, costs off, summary on)
select w.id, w.code, w.title, u.label, f.display_name, a.display_name, n.at, n.note
from work_orders w
left join units u on u.id = w.unit_id and u.project_id = w.project_id
join users f on f.id = w.first_responsible_id
left join users a on a.id = w.assignee_id
left join lateral (select e.at, e.type, eu.display_name as actor_name, e.note
                   from work_order_events e join users eu on eu.id = e.actor_id
                   where e.work_order_id = w.id and e.project_id = w.project_id and e.note is not null
                   order by e.at desc, e.seq desc limit 1) n on true
where w.project_id = :'sg' and w.type = 'COMPLAINT' and w.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'REOPENED')
order by w.created_at, w.id
limit 1000;
\echo '== 16. list tab counts (GET /work-orders/counts): one project, per status with overdue'
explain (analyze, buffers, costs off, summary on)
select w.status, count(*) as total,
       count(*) filter (where w.status <> 'CANCELLED' and ((w.responded_at is null and w.response_due_at < now())
                                                          or (w.completed_at is null and w.resolution_due_at < now()))) as overdue
from work_orders w where w.project_id = any(array[:'sg']::uuid[]) group by w.status;
\echo '== 17. tab counts for a technician (what they see: theirs and unassigned NEW/REOPENED)'
explain (analyze, buffers, costs off, summary on)
select w.status, count(*) as total
from work_orders w where w.project_id = any(array[:'sg']::uuid[])
  and (w.assignee_id = :'tech1' or (w.assignee_id is null and w.status in ('NEW', 'REOPENED'))) group by w.status;
