-- 1M work orders over a year on the demo property, for EXPLAIN of the list and rework queries.
-- Run by bench/work-orders-explain.sh on a scratch database that already has V1, V2 and the demo data, and by
-- bench/suite.mjs (./steward bench) with `-v n=<count>` for a smaller set.
\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 1000000
\endif
\timing on

with unit_ids as (select project_id, array_agg(id order by sort_key) as ids from units group by project_id)
insert into work_orders (project_id, code, unit_id, location, type, category, priority, channel, title, description,
                         reporter_name, reporter_phone, first_responsible_id, assignee_id, status,
                         response_due_at, resolution_due_at, responded_at, completed_at, closed_at,
                         reopen_count, satisfaction, created_at, updated_at)
select p.id,
       p.code || '-B' || lpad(g::text, 8, '0'),
       case when g % 10 = 0 then null else ui.ids[1 + (g / 10) % array_length(ui.ids, 1)] end,
       case when g % 10 = 0 then '公共区域' end,
       (array['REPAIR','REPAIR','REPAIR','COMPLAINT','INQUIRY','SUGGESTION','RECTIFICATION'])[1 + g % 7],
       (array['PLUMBING','ELECTRICAL','ELEVATOR','DOOR_LOCK','CIVIL','CLEANING','LANDSCAPING','SECURITY','PARKING','NOISE','OTHER'])[1 + (g / 7) % 11],
       (array['URGENT','HIGH','NORMAL','NORMAL','LOW'])[1 + g % 5],
       'PHONE',
       '报修 ' || g || (array[' 厨房漏水',' 电梯异响',' 门锁损坏',' 楼道灯不亮',' 噪音扰民'])[1 + g % 5],
       '住户来电反映问题，编号 ' || g,
       '王伟', '13812345678', agent.id,
       case when s.status in ('NEW') then null else tech.id end,
       s.status,
       c.created_at + interval '2 hours', c.created_at + interval '72 hours',
       case when s.status in ('IN_PROGRESS','ON_HOLD','COMPLETED','CLOSED') then c.created_at + interval '1 hour' end,
       case when s.status in ('COMPLETED','CLOSED') then c.created_at + interval '30 hours' end,
       case when s.status = 'CLOSED' then c.created_at + interval '50 hours' end,
       0, case when s.status = 'CLOSED' then 4 end,
       c.created_at, c.created_at
from generate_series(1, :n) g
cross join lateral (select case when g % 10 < 7 then 'SG' else 'JL' end as code) pc
join projects p on p.code = pc.code
cross join lateral (select now() - (g::double precision / :n) * interval '365 days' as created_at) c
cross join lateral (select case
        when c.created_at > now() - interval '3 days' then (array['NEW','ASSIGNED','IN_PROGRESS','ON_HOLD','COMPLETED'])[1 + g % 5]
        when g % 50 = 0 then 'CANCELLED'
        when g % 97 = 0 then 'REOPENED'
        else (array['CLOSED','CLOSED','CLOSED','COMPLETED'])[1 + g % 4] end as status) s
join unit_ids ui on ui.project_id = p.id
join users agent on agent.username = 'agent'
join users tech on tech.username = case when g % 2 = 0 then 'tech1' else 'tech2' end;

analyze work_orders;
select pg_size_pretty(pg_total_relation_size('work_orders')) as work_orders_size, count(*) from work_orders;
