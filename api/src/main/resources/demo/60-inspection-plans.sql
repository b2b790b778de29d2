-- Demo inspection plans (巡检/督导计划), their tasks and the vacant-unit register (空置房), in both projects, matching the
-- six months of 50-inspections.sql:
--   十必查 every Monday (吴督导) and the monthly customer-service rubric (分公司) and night patrol (张经理): a task for
--   every demo inspection, linked both ways; a daily 十必查 self-check of the service centre and the group's quarterly
--   inspection from today, and the daily patrol of four equipment rooms (设备房: 配电房, 水泵房 …; a task per room) —
--   their tasks come from the generator at start-up;
--   a weekly patrol of every vacant unit (张经理) for the last four weeks and this one: SG misses about one in twelve, JL
--   about one in three (应查未查); last week SG's patrol of its second vacant unit found a leak → a REPAIR order for tech1.
-- Vacant units get a responsible person (SG: tech1 / tech2 in turn, JL: tech3).
-- Idempotent: a project is seeded only while it has no plan; ids are md5 of project and role.

with proj as (
    select p.id as project_id, p.code, p.timezone, (now() at time zone p.timezone)::date as today,
           (select id from users where username = 'supervisor') as supervisor_id,
           (select id from users where username = 'manager') as manager_id
    from projects p
    where p.code in ('SG', 'JL') and not exists (select 1 from inspection_plans x where x.project_id = p.id)
),
spec (n, name, tcode, level, recurrence, weekdays, day_from, method, due_time, window_days, vacant, by_manager, history, rooms) as (values
    (1, '十必查（每周一督导）', 'TEN_MUST_CHECKS', 'CUSTOM', 'WEEKLY', '{1}'::smallint[], null, 'OPEN', time '18:00', 0, false, false, true, '{}'::text[]),
    (2, '客户服务督导（分公司月度）', 'CUSTOMER_SERVICE', 'SUBSIDIARY', 'MONTHLY', '{}', 'CUSTOMER_SERVICE', 'UNANNOUNCED', time '18:00', 0, false, false, true, '{}'),
    (3, '夜间巡查（月度）', 'NIGHT_PATROL', 'CUSTOM', 'MONTHLY', '{}', 'NIGHT_PATROL', 'UNANNOUNCED', time '23:59', 0, false, true, true, '{}'),
    (4, '空置房巡查（每周）', 'VACANT_UNIT_PATROL', 'CUSTOM', 'WEEKLY', '{1}', null, 'OPEN', time '18:00', 6, true, true, false, '{}'),
    (5, '十必查（服务中心每日自查）', 'TEN_MUST_CHECKS', 'SERVICE_CENTRE', 'DAILY', '{}', null, 'OPEN', time '18:00', 0, false, true, false, '{}'),
    (6, '集团季度品质督导', 'CUSTOMER_SERVICE', 'GROUP', 'QUARTERLY', '{}', null, 'OPEN', time '18:00', 0, false, false, false, '{}'),
    (7, '设备房巡查（每日）', 'FACILITIES', 'SERVICE_CENTRE', 'DAILY', '{}', null, 'OPEN', time '17:00', 0, false, true, false,
     '{1号楼配电房,水泵房,消防控制室,电梯机房}')
)
insert into inspection_plans (id, project_id, name, template_id, level, recurrence, weekdays, day_of_month, method, due_time, window_days,
                              building_ids, vacant_units, equipment_rooms, inspector_ids, starts_on, active, created_by, created_at, updated_at)
select md5('steward-demo-plan/' || pr.code || '/' || s.n)::uuid, pr.project_id, s.name, t.id, s.level, s.recurrence, s.weekdays,
       case when s.recurrence = 'MONTHLY' then
                -- the day of the month the demo history falls on (at most 28)
                least(28, coalesce((select extract(day from max(i.started_at at time zone pr.timezone))::int
                                    from inspections i join inspection_templates x on x.id = i.template_id
                                    where i.project_id = pr.project_id and x.code = s.day_from), 1))
            when s.recurrence = 'QUARTERLY' then 15 end,
       s.method, s.due_time, s.window_days, '{}', s.vacant, s.rooms,
       case when s.n = 5 then array[pr.manager_id, pr.supervisor_id] when s.by_manager then array[pr.manager_id] else array[pr.supervisor_id] end,
       case when s.history then (select coalesce(min(i.started_at at time zone pr.timezone)::date, pr.today)
                                 from inspections i where i.project_id = pr.project_id and i.template_id = t.id)
            when s.vacant then date_trunc('week', pr.today)::date - 28
            else pr.today end,
       true, pr.supervisor_id, now() - interval '200 days', now() - interval '200 days'
from proj pr cross join spec s join inspection_templates t on t.code = s.tcode;

-- 空置房 responsible persons.
update units u set responsible_user_id = (select id from users where username =
           case when p.code = 'JL' then 'tech3' when v.rn % 2 = 1 then 'tech1' else 'tech2' end)
from projects p, (select id, row_number() over (partition by project_id order by sort_key) as rn from units where status = 'VACANT') v
where u.project_id = p.id and v.id = u.id and p.code in ('SG', 'JL') and u.status = 'VACANT' and u.responsible_user_id is null;

-- History: one task per demo inspection of plans 1–3, on the inspection's local day, done when it was submitted.
insert into inspection_tasks (id, project_id, plan_id, scheduled_on, opens_at, due_at, inspection_id, started_at, done_at, created_at)
select md5('steward-demo-task/' || i.id)::uuid, i.project_id, pl.id, d.day, d.day::timestamp at time zone p.timezone,
       (d.day + pl.window_days + pl.due_time) at time zone p.timezone, i.id, i.started_at, i.submitted_at,
       d.day::timestamp at time zone p.timezone - interval '7 days'
from inspection_plans pl
join projects p on p.id = pl.project_id
join inspections i on i.project_id = pl.project_id and i.template_id = pl.template_id and i.status = 'SUBMITTED' and i.task_id is null
cross join lateral (select (i.started_at at time zone p.timezone)::date as day) d
where pl.id in (select md5('steward-demo-plan/' || p.code || '/' || n)::uuid from generate_series(1, 3) n)
  and i.id in (select md5('steward-demo-inspection/' || p.code || '/' || x.code || '/' || k)::uuid
               from inspection_templates x, generate_series(0, 40) k where x.id = pl.template_id)
  and not exists (select 1 from inspection_tasks t where t.plan_id = pl.id and t.scheduled_on = d.day and t.unit_id is null)
on conflict do nothing;

-- Vacant-unit patrols: this week's and the last four weeks' tasks (Monday, due Sunday 18:00), one per vacant unit.
insert into inspection_tasks (id, project_id, plan_id, scheduled_on, unit_id, opens_at, due_at, created_at)
select md5('steward-demo-patrol-task/' || u.id || '/' || w.monday)::uuid, pl.project_id, pl.id, w.monday, u.id,
       w.monday::timestamp at time zone p.timezone, (w.monday + 6 + pl.due_time) at time zone p.timezone,
       w.monday::timestamp at time zone p.timezone - interval '7 days'
from inspection_plans pl
join projects p on p.id = pl.project_id
join units u on u.project_id = pl.project_id and u.status = 'VACANT'
cross join lateral (select (date_trunc('week', now() at time zone p.timezone)::date - 7 * k) as monday from generate_series(0, 4) k) w
where pl.id = md5('steward-demo-plan/' || p.code || '/4')::uuid
  and not exists (select 1 from inspection_tasks t where t.plan_id = pl.id and t.scheduled_on >= pl.starts_on)
on conflict do nothing;

-- The demo's monthly vacant-unit patrol of that unit in that week carries out its task.
update inspection_tasks t set inspection_id = i.id, started_at = i.started_at, done_at = i.submitted_at
from inspection_plans pl, projects p, units u, inspections i
where t.plan_id = pl.id and p.id = pl.project_id and u.id = t.unit_id and pl.id = md5('steward-demo-plan/' || p.code || '/4')::uuid
  and t.inspection_id is null and i.project_id = p.id and i.template_id = pl.template_id and i.task_id is null
  and i.location = u.label || ' 空置房' and i.started_at >= t.opens_at and i.started_at < t.due_at
  and not exists (select 1 from inspection_tasks o where o.inspection_id = i.id);

-- The other patrols: done unless missed (SG about 1 in 12, JL about 1 in 3), at a time drawn from the task, never after
-- now or the due time; all met, except the leak found last week in SG's second vacant unit.
with cand as (
    select t.id as task_id, t.project_id, p.code, p.timezone, t.unit_id, u.label, t.scheduled_on, pl.template_id,
           tp.current_version_id as version_id, pl.inspector_ids[1] as inspector_id,
           t.opens_at + interval '1 day' * (abs(hashtext(t.id::text)) % 5) + interval '9 hours'
               + interval '1 minute' * (abs(hashtext(t.id::text || '/m')) % 420) as started_at,
           p.code = 'SG' and t.scheduled_on = date_trunc('week', now() at time zone p.timezone)::date - 7
               and u.id = (select x.id from units x where x.project_id = p.id and x.status = 'VACANT' order by x.sort_key offset 1 limit 1)
               as leak
    from inspection_tasks t
    join inspection_plans pl on pl.id = t.plan_id
    join inspection_templates tp on tp.id = pl.template_id
    join projects p on p.id = t.project_id
    join units u on u.id = t.unit_id
    where pl.id = md5('steward-demo-plan/' || p.code || '/4')::uuid and t.inspection_id is null
      -- once: not when the patrols were made on an earlier start
      and not exists (select 1 from inspection_tasks o join inspections x on x.id = o.inspection_id
                      where o.plan_id = pl.id and x.id = md5('steward-demo-patrol/' || o.id)::uuid)
),
due as (
    select c.* from cand c
    where c.leak or abs(hashtext(c.task_id::text || '/miss')) % 100 >= case c.code when 'SG' then 8 else 35 end
),
patrols as (
    select d.*, md5('steward-demo-patrol/' || d.task_id)::uuid as id, (d.started_at at time zone d.timezone)::date as local_day
    from due d
    where d.started_at + interval '30 minutes' < least(now(), (d.scheduled_on + 6 + time '18:00') at time zone d.timezone) or d.leak
),
numbered as (
    select pa.*,
           coalesce((select c.last from inspection_counters c where c.project_id = pa.project_id and c.day = pa.local_day), 0)
               + row_number() over (partition by pa.project_id, pa.local_day order by pa.started_at, pa.id) as day_number
    from patrols pa
),
ins as (
    insert into inspections (id, project_id, code, template_id, template_version_id, task_id, method, status, inspector_id, location,
                             started_at, submitted_at, total, grade, finding_count, version, created_at, updated_at)
    select n.id, n.project_id, n.code || '-QI-' || to_char(n.local_day, 'YYYYMMDD') || '-' || lpad(n.day_number::text, 2, '0'),
           n.template_id, n.version_id, n.task_id, 'OPEN', 'SUBMITTED', n.inspector_id, n.label,
           n.started_at, n.started_at + interval '25 minutes',
           case when n.leak then 87.5 else 100 end, case when n.leak then 'GOOD' else 'EXCELLENT' end, n.leak::int, 2,
           n.started_at, n.started_at + interval '25 minutes'
    from numbered n
    order by n.started_at
    on conflict do nothing
    returning id
),
results as (
    insert into inspection_results (id, project_id, inspection_id, check_point_id, position, status, note)
    select md5('steward-demo-result/' || n.id || '/' || c.id)::uuid, n.project_id, n.id, c.id,
           row_number() over (partition by n.id order by s.position, i.position, c.position),
           case when n.leak and c.code = 'VU-03-1' then 'MISSING' else 'MET' end,
           case when n.leak and c.code = 'VU-03-1' then '主卫天花板渗水，墙角有霉斑，疑楼上管道渗漏' end
    from numbered n
    join ins on ins.id = n.id
    join inspection_check_points c on c.version_id = n.version_id
    join inspection_items i on i.id = c.item_id
    join inspection_sections s on s.id = i.section_id
    returning 1
),
linked as (
    update inspection_tasks t set inspection_id = n.id, started_at = n.started_at, done_at = n.started_at + interval '25 minutes'
    from numbered n join ins on ins.id = n.id
    where t.id = n.task_id
    returning 1
)
insert into inspection_counters (project_id, day, last)
select n.project_id, n.local_day, max(n.day_number)
from numbered n
where exists (select 1 from ins where ins.id = n.id)
group by n.project_id, n.local_day
on conflict (project_id, day) do update set last = greatest(inspection_counters.last, excluded.last);

-- Linked both ways: the inspections name their tasks (a submitted inspection may record its task once).
update inspections i set task_id = t.id
from inspection_tasks t
where t.inspection_id = i.id and i.task_id is null
  and t.plan_id in (select md5('steward-demo-plan/' || p.code || '/' || n)::uuid from projects p, generate_series(1, 6) n);

-- Past tasks nobody submitted are missed (应查未查), recorded as if the job had seen them at their due time.
update inspection_tasks set missed_at = due_at
where done_at is null and missed_at is null and due_at < now()
  and plan_id in (select md5('steward-demo-plan/' || p.code || '/' || n)::uuid from projects p, generate_series(1, 6) n);

-- The leak → a REPAIR order for the unit (assigned to tech1), linked to the finding.
with leak as (
    select r.id as result_id, r.project_id, x.code as inspection_code, x.submitted_at, u.id as unit_id, u.label, p.code, p.timezone,
           md5('steward-demo-leak-order/' || r.id)::uuid as order_id,
           (x.submitted_at at time zone p.timezone)::date as local_day,
           (select id from users where username = 'manager') as manager_id,
           (select id from users where username = 'tech1') as tech_id
    from inspection_results r
    join inspections x on x.id = r.inspection_id
    join inspection_tasks t on t.inspection_id = x.id
    join units u on u.id = t.unit_id
    join projects p on p.id = r.project_id
    join inspection_check_points c on c.id = r.check_point_id
    where p.code = 'SG' and r.status = 'MISSING' and c.code = 'VU-03-1' and r.repair_work_order_id is null
      and x.id = md5('steward-demo-patrol/' || t.id)::uuid
),
numbered as (
    select l.*, coalesce((select c.last from work_order_counters c where c.project_id = l.project_id and c.day = l.local_day), 0) + 1 as day_number
    from leak l
),
orders as (
    insert into work_orders (id, project_id, code, unit_id, type, category, priority, channel, title, description, reporter_name,
                             reporter_phone, first_responsible_id, assignee_id, status, response_due_at, resolution_due_at,
                             responded_at, version, created_at, updated_at)
    select n.order_id, n.project_id, n.code || '-' || to_char(n.local_day, 'YYYYMMDD') || '-' || lpad(n.day_number::text, 4, '0'),
           n.unit_id, 'REPAIR', 'PLUMBING', 'HIGH', 'INSPECTION', n.label || ' 漏水：卫生间、厨房地面及墙角无渗水痕迹',
           '巡查发现 ' || n.inspection_code || '（空置房巡查，' || n.label || '）：漏水 › VU-03-1 卫生间、厨房地面及墙角无渗水痕迹。'
               || '主卫天花板渗水，墙角有霉斑，疑楼上管道渗漏',
           '张经理', '13900000001', n.manager_id, n.tech_id, 'IN_PROGRESS', n.submitted_at + interval '30 minutes',
           n.submitted_at + interval '2 days', n.submitted_at + interval '3 hours', 3, n.submitted_at + interval '5 minutes',
           n.submitted_at + interval '3 hours'
    from numbered n
    on conflict do nothing
    returning id
),
events as (
    insert into work_order_events (id, project_id, work_order_id, type, actor_id, at, note, from_status, to_status, changes)
    select md5('steward-demo-event/' || n.order_id || '/' || e.k)::uuid, n.project_id, n.order_id, e.type, e.actor_id, e.at, e.note,
           e.from_status, e.to_status, e.changes
    from numbered n
    join orders o on o.id = n.order_id
    cross join lateral (values
        (1, 'CREATED', n.submitted_at + interval '5 minutes', n.manager_id, null::text, null::text, 'NEW', null::jsonb),
        (2, 'ASSIGNED', n.submitted_at + interval '6 minutes', n.manager_id, null, 'NEW', 'ASSIGNED',
            jsonb_build_array(jsonb_build_object('field', 'assigneeId', 'to', n.tech_id::text))),
        (3, 'STARTED', n.submitted_at + interval '3 hours', n.tech_id, null, 'ASSIGNED', 'IN_PROGRESS', null)
    ) as e (k, type, at, actor_id, note, from_status, to_status, changes)
    order by e.k
    returning 1
),
linked as (
    update inspection_results r set repair_work_order_id = n.order_id
    from numbered n join orders o on o.id = n.order_id
    where r.id = n.result_id
    returning 1
)
insert into work_order_counters (project_id, day, last)
select n.project_id, n.local_day, n.day_number
from numbered n
where exists (select 1 from orders o where o.id = n.order_id)
on conflict (project_id, day) do update set last = greatest(work_order_counters.last, excluded.last);
