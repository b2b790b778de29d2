-- The periodic reports' demo (docs/quality.md "Reports"): whatever day the demo is seeded, the default periods of
-- 投诉周报, 回访月报 and 季度统计分析 (the last complete week, month and quarter in the project's zone) have something in
-- them, for SG and JL:
-- * last week: two complaints about night-time noise from the same unit of building 1 (a repeat unit), one completed
--   with its handling note, one still open at the week's end;
-- * last month: a repair whose return visit was unsatisfied (2), reworked and closed after a second, satisfied visit;
-- * last quarter: each month that lies before the 90 days of 20-work-orders.sql gets six orders (four repairs, a
--   complaint and an inquiry), completed and visited, so every month of the quarterly analysis has figures.
-- Building 2 is left alone (70-quality.sql's complaint spike stays the only one there); repairs use the last units in
-- sort order (as 20-work-orders.sql does, away from the integration tests' units).
--
-- Idempotent: ids are md5 of fixed names; orders, events and counters are written only for the orders this run inserts.
with proj as (
    select p.id as project_id, p.code, p.timezone,
           (select id from users where username = case p.code when 'SG' then 'agent' else 'agent2' end) as agent_id,
           (select id from users where username = case p.code when 'SG' then 'tech1' else 'tech3' end) as tech_id,
           date_trunc('week', now() at time zone p.timezone) - interval '7 days' as last_week,
           date_trunc('month', now() at time zone p.timezone) - interval '1 month' as last_month,
           date_trunc('quarter', now() at time zone p.timezone) - interval '3 months' as last_quarter
    from projects p where p.code in ('SG', 'JL')
), noisy as (
    select pr.project_id, u.id as unit_id
    from proj pr
    join lateral (select u.id from units u join buildings b on b.id = u.building_id
                  where u.project_id = pr.project_id and b.code = '1' and u.status = 'OCCUPIED'
                  order by u.sort_key offset 7 limit 1) u on true
), repaired as (
    select pr.project_id, u.id as unit_id
    from proj pr
    join lateral (select u.id from units u where u.project_id = pr.project_id order by u.sort_key desc offset 3 limit 1) u on true
), spec as (
    -- k, type, category, title, local time registered, minutes to complete (null: open), satisfaction, resolution
    select pr.*, x.k, x.type, x.category, x.title, x.local_at, x.complete_min, x.stars, x.resolution,
           case when x.type = 'COMPLAINT' and x.k < 10 then n.unit_id else r.unit_id end as unit_id
    from proj pr
    join noisy n on n.project_id = pr.project_id
    join repaired r on r.project_id = pr.project_id
    cross join lateral (values
        (1, 'COMPLAINT', 'NOISE', '楼上夜间噪音扰民', pr.last_week + interval '1 day 21 hours', 900, null::int,
            '上门与楼上住户沟通，已承诺晚十点后不再施工。'),
        (2, 'COMPLAINT', 'NOISE', '楼上噪音再次扰民', pr.last_week + interval '4 days 22 hours', null, null, null),
        (3, 'REPAIR', 'PLUMBING', '卫生间地漏返臭', pr.last_month + interval '9 days 9 hours', 180, 4, '更换防臭地漏芯并重新密封。')
    ) as x (k, type, category, title, local_at, complete_min, stars, resolution)
    union all
    select pr.*, 10 * m + j, t.type, t.category, t.title, pr.last_quarter + make_interval(months => m - 1, days => 2 + j * 4, hours => 10),
           t.minutes, t.stars, t.resolution,
           case when t.type = 'REPAIR' then r.unit_id else n.unit_id end
    from proj pr
    join noisy n on n.project_id = pr.project_id
    join repaired r on r.project_id = pr.project_id
    cross join generate_series(1, 3) m
    cross join lateral (values
        (1, 'REPAIR', 'ELECTRICAL', '客厅插座没电', 150, 5, '更换烧坏的插座面板。'),
        (2, 'REPAIR', 'PLUMBING', '厨房水管滴水', 240, 4, '更换水管接头。'),
        (3, 'COMPLAINT', 'CLEANING', '楼道垃圾未及时清运', 600, 4, '督促保洁当日清运，调整清运频次。'),
        (4, 'REPAIR', 'DOOR_LOCK', '入户门锁卡顿', 120, 4, '门锁加注润滑并调整锁舌。'),
        (5, 'INQUIRY', 'OTHER', '物业费发票咨询', 60, 5, '已告知电子发票领取方式。'),
        (6, 'REPAIR', 'CIVIL', '阳台瓷砖空鼓', 1440, 3, '敲除空鼓瓷砖重新铺贴。')
    ) as t (j, type, category, title, minutes, stars, resolution)
    -- only before the 90 days of 20-work-orders.sql: the months (or parts of months) it does not fill
    where (pr.last_quarter + make_interval(months => m - 1, days => 2 + t.j * 4, hours => 10)) at time zone pr.timezone
          < now() - interval '91 days'
), timed as (
    select s.*, md5('steward-demo-reports/' || s.code || '/' || s.k)::uuid as id, s.local_at at time zone s.timezone as created_at,
           (s.local_at at time zone s.timezone) + make_interval(mins => s.complete_min) as completed_at
    from spec s
), ins as (
    insert into work_orders (id, project_id, code, unit_id, type, category, priority, channel, title, description, reporter_name,
                             reporter_phone, first_responsible_id, assignee_id, status, response_due_at, resolution_due_at,
                             return_visit_due_at, responded_at, completed_at, closed_at, resolution, satisfaction, reopen_count,
                             created_at, updated_at)
    select t.id, t.project_id, t.code || '-' || to_char(t.local_at, 'YYYYMMDD') || '-' || (8000 + t.k)::text, t.unit_id, t.type,
           t.category, 'NORMAL', 'PHONE', t.title, t.title || '。', '业主', '137' || lpad((abs(hashtext(t.id::text)) % 100000000)::text, 8, '0'),
           t.agent_id, t.tech_id,
           case when t.complete_min is null then 'IN_PROGRESS' when t.stars is null then 'COMPLETED' else 'CLOSED' end,
           t.created_at + interval '30 minutes', t.created_at + interval '1 day',
           case when t.stars is not null then t.completed_at + interval '1 day' + case when t.k = 3 then interval '3 days' else interval '0' end end,
           t.created_at + interval '20 minutes',
           case when t.complete_min is null then null when t.k = 3 then t.completed_at + interval '3 days' else t.completed_at end,
           case when t.stars is not null then t.completed_at + interval '20 hours' + case when t.k = 3 then interval '3 days' else interval '0' end end,
           t.resolution, t.stars, case when t.k = 3 then 1 else 0 end, t.created_at, t.created_at
    from timed t
    on conflict do nothing
    returning id
), events as (
    insert into work_order_events (id, project_id, work_order_id, type, actor_id, at, note, from_status, to_status, changes)
    select md5('steward-demo-event/' || t.id || '/r' || e.n)::uuid, t.project_id, t.id, e.type, e.actor, e.at, e.note, e.from_status,
           e.to_status, e.changes
    from timed t
    join ins on ins.id = t.id
    cross join lateral (values
        (1, 'CREATED', t.agent_id, t.created_at, null::text, null::text, 'NEW', null::jsonb),
        (2, 'ASSIGNED', t.agent_id, t.created_at + interval '5 minutes', null, 'NEW', 'ASSIGNED',
            jsonb_build_array(jsonb_build_object('field', 'assigneeId', 'to', t.tech_id::text))),
        (3, 'STARTED', t.tech_id, t.created_at + interval '20 minutes', '已到现场。', 'ASSIGNED', 'IN_PROGRESS', null),
        (4, 'COMPLETED', t.tech_id, t.completed_at, t.resolution, 'IN_PROGRESS', 'COMPLETED', null),
        -- the repair of last month: unsatisfied first (返修), then reworked and visited again
        (5, 'RETURN_VISITED', t.agent_id, case when t.k = 3 then t.completed_at + interval '20 hours' end, '业主反映仍有异味，要求返修。',
            'COMPLETED', 'REOPENED', jsonb_build_array(jsonb_build_object('field', 'satisfaction', 'to', '2'))),
        (6, 'STARTED', t.tech_id, case when t.k = 3 then t.completed_at + interval '2 days' end, '返修：更换整套地漏。', 'REOPENED',
            'IN_PROGRESS', null),
        (7, 'COMPLETED', t.tech_id, case when t.k = 3 then t.completed_at + interval '3 days' end, '更换整套防臭地漏，试水无异味。',
            'IN_PROGRESS', 'COMPLETED', null),
        (8, 'RETURN_VISITED', t.agent_id,
            case when t.stars is not null then t.completed_at + interval '20 hours' + case when t.k = 3 then interval '3 days' else interval '0' end end,
            '业主对处理结果满意。', 'COMPLETED', 'CLOSED', jsonb_build_array(jsonb_build_object('field', 'satisfaction', 'to', t.stars::text)))
    ) as e (n, type, actor, at, note, from_status, to_status, changes)
    where e.at is not null
    returning 1
)
insert into work_order_counters (project_id, day, last)
select t.project_id, t.local_at::date, 8000 + max(t.k)
from timed t join ins on ins.id = t.id
group by 1, 2
on conflict (project_id, day) do update set last = greatest(work_order_counters.last, excluded.last);
