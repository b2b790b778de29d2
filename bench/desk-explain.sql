-- The desk's query shapes as WorkOrderRepository and UnitLookup build them (issue 9). Phones vary per order first
-- (the 1M script gives every order the same one), and return visits are due where COMPLETED orders have them.
\set ON_ERROR_STOP on
\pset pager off
\timing on
update work_orders set reporter_phone = '13' || lpad((abs(hashtext(id::text)) % 1000000000)::text, 9, '0'),
                       return_visit_due_at = case when status = 'COMPLETED' then completed_at + interval '1 day' end;
vacuum analyze work_orders;
\timing off
select id as sg from projects where code = 'SG' \gset
select id as building from buildings where project_id = :'sg' and code = '2' \gset
select reporter_phone as phone, right(reporter_phone, 4) as four from work_orders where project_id = :'sg'
  order by created_at desc offset 20000 limit 1 \gset

\set select 'select w.*, u.label as unit_label, f.display_name as first_responsible_name, a.display_name as assignee_name from work_orders w left join units u on u.id = w.unit_id and u.project_id = w.project_id join users f on f.id = w.first_responsible_id left join users a on a.id = w.assignee_id'
\set page 'order by w.created_at desc, w.id desc limit 51'

\echo '== D1. q = a whole phone number (digits end with it, through the last 4 digits)'
explain (analyze, buffers, costs off, summary on) :select where w.project_id = :'sg'
  and (right(regexp_replace(w.reporter_phone, '[^0-9]', '', 'g'), 4) = :'four'
       and regexp_replace(w.reporter_phone, '[^0-9]', '', 'g') like '%' || :'phone') :page;
\echo '== D2. q = 4 digits: a phone''s last 4 or a unit number'
explain (analyze, buffers, costs off, summary on) :select where w.project_id = :'sg'
  and w.id = any(array(select x.id from work_orders x where x.project_id = any(array[:'sg']::uuid[])
                         and right(regexp_replace(x.reporter_phone, '[^0-9]', '', 'g'), 4) = :'four'
                       union all select x.id from work_orders x where x.project_id = any(array[:'sg']::uuid[])
                         and x.unit_id = any(array(select u.id from units u where u.project_id = any(array[:'sg']::uuid[])
                                                   and u.number = :'four')))) :page;
\echo '== D3. q = a unit (2-1201)'
explain (analyze, buffers, costs off, summary on) :select where w.project_id = :'sg'
  and w.unit_id = any(array(select u.id from units u where u.project_id = any(array[:'sg']::uuid[]) and u.label = '2-1201')) :page;
\echo '== D4. building filter, open orders'
explain (analyze, buffers, costs off, summary on) :select where w.project_id = :'sg'
  and w.status = any(array['NEW','ASSIGNED','IN_PROGRESS','ON_HOLD','REOPENED'])
  and w.unit_id = any(array(select u.id from units u where u.building_id = :'building')) :page;
\echo '== D5. 待回访: COMPLETED by return-visit due'
explain (analyze, buffers, costs off, summary on) :select where w.project_id = :'sg' and w.status = any(array['COMPLETED'])
  and w.status = 'COMPLETED' and w.return_visit_due_at is not null order by w.return_visit_due_at, w.id limit 51;
\echo '== D6. 待回访, late only'
explain (analyze, buffers, costs off, summary on) :select where w.project_id = :'sg' and w.status = any(array['COMPLETED'])
  and w.status = 'COMPLETED' and w.return_visit_due_at is not null and w.return_visit_due_at < now()
  order by w.return_visit_due_at, w.id limit 51;
\echo '== D7. rework queue: REOPENED by resolution due'
explain (analyze, buffers, costs off, summary on) :select where w.project_id = :'sg' and w.status = any(array['REOPENED'])
  order by w.resolution_due_at, w.id limit 51;
\echo '== D8. q = a reporter name (words: contains in code, title, description, reporter name)'
explain (analyze, buffers, costs off, summary on) :select where w.project_id = :'sg'
  and (w.code ilike '%欧阳%' or w.title ilike '%欧阳%' or w.description ilike '%欧阳%' or w.reporter_name ilike '%欧阳%') :page;
\echo '== L1. caller lookup by phone (residents, last 4 digits)'
explain (analyze, buffers, costs off, summary on)
  select r.unit_id, r.id from residents r where r.project_id = :'sg'
    and right(regexp_replace(r.phone, '[^0-9]', '', 'g'), 4) = '5678' and regexp_replace(r.phone, '[^0-9]', '', 'g') like '%5678';
