-- The quality picture's benchmark data, on top of bench/rectifications-data.sql (100 projects P001–P100 × 730 days of
-- 十必查 with their rectifications): per project 5 buildings × 250 units, a daily 十必查 plan whose tasks are those
-- inspections (one in 20 missed), 10M work orders over two years (-v n=<count>), and a satisfaction survey every
-- quarter in which every unit answers (1M answers). Generated with triggers off (session_replication_role = replica):
-- no live events, webhooks or change log for rows that never happened through the API.
\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 10000000
\endif
\timing on
set session_replication_role = replica;

insert into buildings (id, project_id, code, name, floors)
select md5('qb' || p.id || b)::uuid, p.id, b::text, b || '号楼', 25
from projects p cross join generate_series(1, 5) b where p.code like 'P%';
insert into units (id, project_id, building_id, number, label, sort_key, floor, area_m2, status)
select md5('qu' || b.id || f || r)::uuid, b.project_id, b.id, f || lpad(r::text, 2, '0'), b.code || '-' || f || lpad(r::text, 2, '0'),
       lpad(b.code, 4, '0') || '-' || lpad(f::text, 3, '0') || lpad(r::text, 2, '0'), f, 98.5,
       case when (f * 10 + r) % 40 = 0 then 'VACANT' else 'OCCUPIED' end
from buildings b join projects p on p.id = b.project_id and p.code like 'P%'
cross join generate_series(1, 25) f cross join generate_series(1, 10) r;

-- The daily 十必查 plan of each project; its tasks are the inspections of rectifications-data.sql, one in 20 missed.
insert into inspection_plans (id, project_id, name, template_id, level, recurrence, due_time, inspector_ids, starts_on, created_by,
                              created_at, updated_at)
select md5('qp' || p.id)::uuid, p.id, '每日十必查', t.id, 'SERVICE_CENTRE', 'DAILY', '18:00', array[s.id], current_date - 731, s.id,
       now() - interval '731 days', now() - interval '731 days'
from projects p join inspection_templates t on t.code = 'TEN_MUST_CHECKS' join users s on s.username = 'supervisor'
where p.code like 'P%';
insert into inspection_tasks (id, project_id, plan_id, scheduled_on, opens_at, due_at, inspection_id, started_at, done_at, missed_at,
                              created_at)
select md5('qt' || p.id || d)::uuid, p.id, md5('qp' || p.id)::uuid, (now() - d * interval '1 day')::date,
       date_trunc('day', now() - d * interval '1 day'), date_trunc('day', now() - d * interval '1 day') + interval '18 hours',
       case when d % 20 <> 0 then md5(p.id::text || d)::uuid end,
       case when d % 20 <> 0 then now() - d * interval '1 day' end,
       case when d % 20 <> 0 then now() - d * interval '1 day' + interval '45 minutes' end,
       case when d % 20 = 0 then date_trunc('day', now() - d * interval '1 day') + interval '18 hours 5 minutes' end,
       now() - d * interval '1 day' - interval '1 day'
from projects p cross join generate_series(1, 730) d where p.code like 'P%';

-- 10M orders: project, building and unit by the row number, two years back; the last three days still open.
with unit_ids as (select project_id, array_agg(id order by sort_key) as ids from units group by project_id),
     techs as (select array_agg(id order by username) as ids from users where username in ('tech1', 'tech2', 'tech3')),
     ps as (select array_agg(id order by code) as ids from projects where code like 'P%')
insert into work_orders (project_id, code, unit_id, location, type, category, priority, channel, title, reporter_name, reporter_phone,
                         first_responsible_id, assignee_id, status, response_due_at, resolution_due_at, return_visit_due_at,
                         responded_at, completed_at, closed_at, reopen_count, satisfaction, created_at, updated_at)
select pid, 'Q' || lpad(g::text, 9, '0'),
       case when g % 10 = 0 then null else ui.ids[1 + (g / 100) % array_length(ui.ids, 1)] end,
       case when g % 10 = 0 then '公共区域' end,
       (array['REPAIR','REPAIR','REPAIR','COMPLAINT','INQUIRY','SUGGESTION','REPAIR'])[1 + g % 7],
       (array['PLUMBING','ELECTRICAL','ELEVATOR','DOOR_LOCK','CIVIL','CLEANING','LANDSCAPING','SECURITY','PARKING','NOISE','OTHER'])[1 + (g / 7) % 11],
       (array['URGENT','HIGH','NORMAL','NORMAL','LOW'])[1 + g % 5], 'PHONE',
       '报修 ' || g, '王伟', '13812345678', agent.id,
       case when s.status = 'NEW' then null else t.ids[1 + g % 3] end, s.status,
       c.at + interval '30 minutes', c.at + interval '48 hours', c.at + interval '96 hours',
       case when s.status not in ('NEW', 'ASSIGNED') then c.at + (10 + g % 37) * interval '1 minute' end,
       case when s.status in ('COMPLETED', 'CLOSED') then c.at + (4 + g % 61) * interval '1 hour' end,
       case when s.status = 'CLOSED' then c.at + (30 + g % 90) * interval '1 hour' end,
       case when g % 53 = 0 then 1 else 0 end,
       case when s.status = 'CLOSED' then 3 + (g / 3) % 3 end,
       c.at, c.at
from generate_series(1, :n) g
cross join ps cross join techs t
cross join lateral (select ps.ids[1 + g % 100] as pid) pp
cross join lateral (select now() - (g::double precision / :n) * interval '730 days' as at) c
cross join lateral (select case
        when c.at > now() - interval '3 days' then (array['NEW','ASSIGNED','IN_PROGRESS','ON_HOLD','COMPLETED'])[1 + g % 5]
        when g % 50 = 0 then 'CANCELLED'
        when g % 97 = 0 then 'REOPENED'
        else (array['CLOSED','CLOSED','CLOSED','COMPLETED'])[1 + g % 4] end as status) s
join unit_ids ui on ui.project_id = pid
join users agent on agent.username = 'agent';

-- Past deadlines already announced, as the SLA job of a live system would have done over the two years (else its first
-- run after the start marks ~100k orders while the benchmark runs).
update work_orders set response_breached_at = response_due_at
where responded_at is null and response_breached_at is null and status not in ('COMPLETED', 'CLOSED', 'CANCELLED') and response_due_at < now();
update work_orders set resolution_breached_at = resolution_due_at
where completed_at is null and resolution_breached_at is null and status <> 'CANCELLED' and resolution_due_at < now();

-- A survey each quarter of the two years in each project, every unit answering (1M answers on the standard template).
insert into survey_campaigns (id, project_id, template_id, template_version, title, opens_at, closes_at, status, created_by, created_at,
                              opened_at, closed_at)
select md5('qc' || p.id || q)::uuid, p.id, md5('steward-demo-survey-template')::uuid, 1, '满意度调查 ' || q,
       date_trunc('quarter', now()) - q * interval '3 months', date_trunc('quarter', now()) - q * interval '3 months' + interval '30 days',
       'CLOSED', m.id, date_trunc('quarter', now()) - q * interval '3 months', date_trunc('quarter', now()) - q * interval '3 months',
       date_trunc('quarter', now()) - q * interval '3 months' + interval '30 days'
from projects p cross join generate_series(1, 8) q join users m on m.username = 'manager' where p.code like 'P%';
insert into survey_responses (id, campaign_id, project_id, unit_id, building_id, channel, answers, entered_by, created_at)
select md5('qr' || c.id || u.id)::uuid, c.id, c.project_id, u.id, u.building_id, 'PAPER',
       jsonb_build_object('q1', 3 + h % 3, 'q2', 2 + h % 4, 'q3', 4 + h % 2, 'q4', 3 + h % 3, 'q5', 4 + h % 2, 'q6', 3 + h % 3,
                          'q7', 4, 'q8', 3 + h % 3, 'q9', 5 + h % 6),
       m.id, c.opens_at + (h % 29) * interval '1 day'
from survey_campaigns c join units u on u.project_id = c.project_id
cross join lateral (select abs(hashtext(u.id::text || c.id)) as h) x
join users m on m.username = 'agent2'
where c.title like '满意度调查 %' and c.project_id in (select id from projects where code like 'P%');
insert into survey_answered_units (campaign_id, unit_id, channel, answered_at)
select campaign_id, unit_id, 'PAPER', created_at from survey_responses where id = md5('qr' || campaign_id || unit_id)::uuid;

reset session_replication_role;
vacuum analyze;
\timing off
select (select count(*) from work_orders) as work_orders, (select count(*) from survey_responses) as survey_responses,
       (select count(*) from inspections) as inspections, (select count(*) from inspection_tasks) as tasks,
       pg_size_pretty(pg_database_size(current_database())) as database_size;
