-- Demo quality supervision (品质督导): the quality supervisor 吴督导 (`supervisor`) in both projects.
-- Idempotent like the other scripts.

insert into users (username, display_name, phone, password_hash, roles) values
    ('supervisor', '吴督导', '13900000008', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{QUALITY_SUPERVISOR}')
on conflict (username) do nothing;

insert into memberships (user_id, project_id)
select u.id, p.id from users u join projects p on p.code in ('SG', 'JL') where u.username = 'supervisor'
on conflict do nothing;

-- Six months of inspections in both projects, submitted, with realistic findings: the customer-service rubric monthly
-- (announced and unannounced in turn, the last four days ago), the facilities rubric every other month, 十必查 every
-- Monday, a night patrol and a vacant-unit patrol monthly. SG's findings thin out month by month (its scores improve); JL's grow (they
-- slip). JL has no pool and no paid services: 水系及泳池 and 经营管理活动 are NOT_APPLICABLE there.
--
-- One statement: the answers are drawn (md5 of the inspection and check point, so every install sees the same), the
-- scores computed exactly as the API's Scoring does (item = points − deductions, never below 0; pass/fail all or
-- nothing; N/A items leave the maximum; total = weighted section ratios rescaled to 100, rounded half up to one decimal;
-- a test checks the stored totals against the Java scoring), and inspections, results and code counters written.
-- Idempotent: a project is seeded only while it has no inspection; ids are md5 of project, rubric and occurrence.
with proj as (
    select p.id as project_id, p.code, p.timezone,
           (select id from users where username = 'supervisor') as supervisor_id,
           (select id from users where username = 'manager') as manager_id
    from projects p
    where p.code in ('SG', 'JL') and not exists (select 1 from inspections i where i.project_id = p.id)
),
schedule (tcode, occurrences, every, weekly, lag, minutes, method_even, method_odd, by_manager, location) as (values
    ('CUSTOMER_SERVICE', 6, interval '1 month', false, interval '4 days' - interval '9 hours 30 minutes', 120, 'UNANNOUNCED', 'OPEN', false, '物业服务中心'),
    ('FACILITIES', 3, interval '2 months', false, interval '12 days' - interval '10 hours', 90, 'OPEN', 'OPEN', false, '配电房、发电机房、监控中心'),
    ('TEN_MUST_CHECKS', 26, interval '1 week', true, - interval '9 hours', 45, 'OPEN', 'OPEN', false, '园区'),
    ('NIGHT_PATROL', 6, interval '1 month', false, interval '9 days' - interval '22 hours 30 minutes', 40, 'UNANNOUNCED', 'UNANNOUNCED', true, '园区（夜间）'),
    ('VACANT_UNIT_PATROL', 6, interval '1 month', false, interval '6 days' - interval '14 hours', 30, 'OPEN', 'OPEN', true, null)
),
plan as (
    select pr.*, s.tcode, k, s.minutes,
           case when k % 2 = 0 then s.method_even else s.method_odd end as method,
           case when s.by_manager then pr.manager_id else pr.supervisor_id end as inspector_id,
           coalesce(s.location, (select u.label || ' 空置房' from units u where u.project_id = pr.project_id and u.status = 'VACANT'
                                 order by u.sort_key offset k limit 1)) as location,
           -- counted back from today (the last one a few days ago), 十必查 on Mondays; in the project's local time
           ((case when s.weekly then date_trunc('week', now() at time zone pr.timezone) else date_trunc('day', now() at time zone pr.timezone) end)
               - s.lag - s.every * k) at time zone pr.timezone as started_at,
           md5('steward-demo-inspection/' || pr.code || '/' || s.tcode || '/' || k)::uuid as id
    from proj pr cross join schedule s cross join generate_series(0, s.occurrences - 1) k
),
planned as (
    select pl.*, t.id as template_id, t.current_version_id as version_id,
           -- 0 six months ago … 1 now
           greatest(0, least(1, 1 - extract(epoch from now() - pl.started_at) / (182 * 86400))) as progress,
           (pl.started_at at time zone pl.timezone)::date as local_day
    from plan pl join inspection_templates t on t.code = pl.tcode
    where pl.started_at < now() - interval '1 day'
),
answers as (
    select pl.id as inspection_id, pl.project_id, c.id as check_point_id, i.id as item_id, i.section_id, i.kind, i.max_points,
           row_number() over (partition by pl.id order by s.position, i.position, c.position) as position,
           case when pl.code = 'JL' and i.code in ('CS-14', 'TMC-10') then 'NOT_APPLICABLE'
                when (abs(hashtext(pl.id::text || '/' || c.code)) % 10000) / 10000.0
                     < (case when pl.code = 'SG' then 0.30 - 0.24 * pl.progress else 0.05 + 0.20 * pl.progress end)
                       * (case when i.kind = 'PASS_FAIL' then 0.2 when pl.tcode = 'FACILITIES' then 0.8 else 1 end)
                     then 'MISSING'
                else 'MET' end as status,
           c.deduction_min, c.deduction_max,
           (abs(hashtext(c.code || '/' || pl.id::text)) % 1000) / 1000.0 as h2,
           (array['现场检查未达标，已当场指出', '抽查记录不完整', '资料未按要求归档', '当班人员未能说明要求', '现场拍照留证，待整改'])
               [1 + abs(hashtext(pl.id::text || c.code || 'note')) % 5] as phrase
    from planned pl
    join inspection_check_points c on c.version_id = pl.version_id
    join inspection_items i on i.id = c.item_id
    join inspection_sections s on s.id = i.section_id
),
answered as (
    select a.*,
           case when a.status = 'MISSING' and a.kind = 'SCORED' then
               least(a.deduction_max, greatest(a.deduction_min,
                   round((a.deduction_min + (a.deduction_max - a.deduction_min) * a.h2)
                         / (case when a.deduction_min < 0.5 then 0.1 else 0.5 end))
                   * (case when a.deduction_min < 0.5 then 0.1 else 0.5 end))) end as deduction,
           case when a.status = 'MISSING' then a.phrase end as note
    from answers a
),
items as (
    select inspection_id, item_id, section_id, kind, max_points,
           bool_or(status <> 'NOT_APPLICABLE') as applicable, bool_or(status = 'MISSING') as missing,
           coalesce(sum(deduction), 0) as deductions
    from answered group by inspection_id, item_id, section_id, kind, max_points
),
sections as (
    select it.inspection_id, it.section_id,
           sum(case when it.kind = 'PASS_FAIL' then case when it.missing then 0 else it.max_points end
                    else greatest(it.max_points - it.deductions, 0) end) filter (where it.applicable) as score,
           sum(it.max_points) filter (where it.applicable) as max
    from items it group by it.inspection_id, it.section_id
),
totals as (
    select s.inspection_id,
           round(sum(sec.weight_percent * s.score / s.max) / sum(sec.weight_percent) * 100, 1) as total
    from sections s join inspection_sections sec on sec.id = s.section_id
    where s.max > 0
    group by s.inspection_id
),
coded as (
    select pl.*, t.total,
           case when t.total >= 91 then 'EXCELLENT' when t.total >= 80 then 'GOOD' else 'FAIL' end as grade,
           (select count(*) from answered a where a.inspection_id = pl.id and a.status = 'MISSING') as findings,
           row_number() over (partition by pl.project_id, pl.local_day order by pl.started_at, pl.tcode) as day_number
    from planned pl join totals t on t.inspection_id = pl.id
),
ins as (
    insert into inspections (id, project_id, code, template_id, template_version_id, method, status, inspector_id, location,
                             started_at, submitted_at, total, grade, finding_count, version, created_at, updated_at)
    select c.id, c.project_id, c.code || '-QI-' || to_char(c.local_day, 'YYYYMMDD') || '-' || lpad(c.day_number::text, 2, '0'),
           c.template_id, c.version_id, c.method, 'SUBMITTED', c.inspector_id, c.location, c.started_at,
           c.started_at + c.minutes * interval '1 minute', c.total, c.grade, c.findings, 2, c.started_at,
           c.started_at + c.minutes * interval '1 minute'
    from coded c
    order by c.started_at
    on conflict do nothing
    returning id
),
results as (
    insert into inspection_results (id, project_id, inspection_id, check_point_id, position, status, deduction, note)
    select md5('steward-demo-result/' || a.inspection_id || '/' || a.check_point_id)::uuid, a.project_id, a.inspection_id,
           a.check_point_id, a.position, a.status, a.deduction, a.note
    from answered a join ins on ins.id = a.inspection_id
    on conflict do nothing
    returning 1
)
insert into inspection_counters (project_id, day, last)
select c.project_id, c.local_day, max(c.day_number)
from coded c
where exists (select 1 from ins where ins.id = c.id)
group by c.project_id, c.local_day
on conflict (project_id, day) do update set last = greatest(inspection_counters.last, excluded.last);

-- Rectifications (整改) of the findings of the last 60 days' customer-service, facilities and 十必查 inspections, each a
-- RECTIFICATION work order with its whole timeline, in every state: closed at the first re-inspection (mostly on
-- time), closed after a failed one, done and awaiting re-inspection, sent back (some overdue again), in progress
-- (some past the deadline) and just assigned. JL's owners are slower and fail more. Owners: the desk (agent / agent2)
-- for customer-service findings, the technicians for the others. The deadline: 7 days (3 for 十必查).
--
-- One statement; seeded only while the project has no rectification. Work-order codes continue each day's counter.
with proj as (
    select p.id as project_id, p.code, p.timezone,
           (select id from users where username = 'supervisor') as supervisor_id,
           (select id from users where username = case p.code when 'SG' then 'agent' else 'agent2' end) as desk_id,
           (select id from users where username = 'tech1') as tech1_id,
           (select id from users where username = 'tech2') as tech2_id,
           (select id from users where username = 'tech3') as tech3_id
    from projects p
    where p.code in ('SG', 'JL') and not exists (select 1 from rectifications r where r.project_id = p.id)
),
demo as (
    select md5('steward-demo-inspection/' || pr.code || '/' || t.tcode || '/' || k)::uuid as id, t.tcode
    from proj pr cross join (values ('CUSTOMER_SERVICE'), ('FACILITIES'), ('TEN_MUST_CHECKS')) as t (tcode)
    cross join generate_series(0, 25) k
),
findings as (
    select pr.*, d.tcode, x.id as inspection_id, x.code as inspection_code, x.location, r.id as result_id,
           c.code as cp_code, c.text_zh, i.code as item_code, i.name_zh as item_zh, s.name_zh as section_zh, v.name_zh as template_zh,
           date_trunc('second', x.submitted_at + interval '30 minutes') as raised_at,
           case when d.tcode = 'TEN_MUST_CHECKS' then interval '3 days' else interval '7 days' end as span,
           abs(hashtext(x.code || '/' || c.code || '/scenario')) % 100 as h
    from proj pr
    join inspections x on x.project_id = pr.project_id and x.status = 'SUBMITTED' and x.started_at > now() - interval '60 days'
    join demo d on d.id = x.id
    join inspection_results r on r.inspection_id = x.id and r.status = 'MISSING'
    join inspection_check_points c on c.id = r.check_point_id
    join inspection_items i on i.id = c.item_id
    join inspection_sections s on s.id = i.section_id
    join inspection_template_versions v on v.id = x.template_version_id
),
aged as (
    select f.*, now() - f.raised_at as age,
           now() - f.raised_at > f.span * 2.4 + interval '2 days' as full_ok,
           now() - f.raised_at > f.span * 0.7 + interval '1 day' as mid_ok,
           -- The project's latest finding more than a day past its deadline: kept in progress, so the register always
           -- shows an overdue item (a seeded scenario could otherwise leave a project none on some days).
           row_number() over (partition by f.project_id, now() - f.raised_at > f.span + interval '1 day'
                              order by f.raised_at desc, f.cp_code) = 1
               and now() - f.raised_at > f.span + interval '1 day' as kept_late
    from findings f
),
scenario as (
    select a.*,
           case when a.kept_late then 'IN_PROGRESS'
                when a.code = 'SG' then
                case when a.full_ok then case when a.h < 72 then 'PASS' when a.h < 84 then 'FAIL_PASS' when a.h < 92 then 'LATE_PASS'
                                              when a.h < 97 then 'AWAITING' else 'FAIL_OPEN' end
                     when a.mid_ok then case when a.h < 50 then 'PASS' when a.h < 70 then 'AWAITING' when a.h < 85 then 'IN_PROGRESS'
                                             else 'FAIL_OPEN' end
                     else case when a.h < 45 then 'IN_PROGRESS' when a.h < 80 then 'ASSIGNED' else 'AWAITING' end end
           else
                case when a.full_ok then case when a.h < 40 then 'PASS' when a.h < 55 then 'FAIL_PASS' when a.h < 68 then 'LATE_PASS'
                                              when a.h < 78 then 'AWAITING' when a.h < 90 then 'FAIL_OPEN' else 'IN_PROGRESS' end
                     when a.mid_ok then case when a.h < 30 then 'PASS' when a.h < 50 then 'AWAITING' when a.h < 80 then 'IN_PROGRESS'
                                             else 'FAIL_OPEN' end
                     else case when a.h < 40 then 'IN_PROGRESS' when a.h < 80 then 'ASSIGNED' else 'AWAITING' end end
           end as sc,
           case when a.tcode = 'CUSTOMER_SERVICE' then a.desk_id when a.code = 'JL' then a.tech3_id
                when a.h % 3 = 0 then a.tech2_id else a.tech1_id end as owner_id,
           case when a.tcode = 'CUSTOMER_SERVICE' then 'OTHER' when a.tcode = 'FACILITIES' then 'ELECTRICAL'
                else case a.item_code when 'TMC-04' then 'ELECTRICAL' when 'TMC-05' then 'PLUMBING' when 'TMC-06' then 'ELECTRICAL'
                                      when 'TMC-07' then 'ELEVATOR' when 'TMC-08' then 'CIVIL' when 'TMC-09' then 'OTHER'
                                      when 'TMC-10' then 'OTHER' else 'SECURITY' end end as category
    from aged a
),
timed as (
    select sc.*, sc.raised_at + sc.span as original_due,
           case when sc.sc <> 'ASSIGNED' then date_trunc('second', sc.raised_at + least(sc.span * 0.2, sc.age * 0.1)) end as started1,
           case when sc.sc in ('PASS', 'FAIL_PASS', 'LATE_PASS', 'AWAITING', 'FAIL_OPEN')
                then date_trunc('second', sc.raised_at + case when sc.sc = 'LATE_PASS' then least(sc.span * 1.3, sc.age * 0.4)
                                                               else least(sc.span * 0.6, sc.age * 0.3) end) end as completed1
    from scenario sc
),
timed2 as (
    select t.*,
           case when t.sc in ('PASS', 'FAIL_PASS', 'LATE_PASS', 'FAIL_OPEN')
                then date_trunc('second', t.completed1 + least(interval '1 day', t.age * 0.1)) end as reinspect1
    from timed t
),
timed3 as (
    select t.*,
           case when t.sc in ('FAIL_PASS', 'FAIL_OPEN') then t.reinspect1 + t.span end as new_due,
           case when t.sc = 'FAIL_PASS' then date_trunc('second', t.reinspect1 + least(t.span * 0.2, t.age * 0.05)) end as started2,
           case when t.sc = 'FAIL_PASS' then date_trunc('second', t.reinspect1 + least(t.span * 0.6, t.age * 0.15)) end as completed2
    from timed2 t
),
spec as (
    select t.*,
           case when t.sc = 'FAIL_PASS' then date_trunc('second', t.completed2 + least(interval '1 day', t.age * 0.05)) end as reinspect2,
           md5('steward-demo-rectification/' || t.result_id)::uuid as id,
           md5('steward-demo-rectification-order/' || t.result_id)::uuid as order_id,
           (t.raised_at at time zone t.timezone)::date as local_day,
           '督导发现 ' || t.inspection_code || '（' || t.template_zh || '）：' || t.section_zh || ' › ' || t.item_zh || ' › '
               || t.cp_code || ' ' || t.text_zh as finding,
           case t.sc when 'PASS' then 'CLOSED' when 'FAIL_PASS' then 'CLOSED' when 'LATE_PASS' then 'CLOSED' when 'AWAITING' then 'COMPLETED'
                     when 'FAIL_OPEN' then 'REOPENED' when 'IN_PROGRESS' then 'IN_PROGRESS' else 'ASSIGNED' end as order_status
    from timed3 t
),
numbered as (
    select s.*,
           coalesce((select c.last from work_order_counters c where c.project_id = s.project_id and c.day = s.local_day), 0)
               + row_number() over (partition by s.project_id, s.local_day order by s.raised_at, s.id) as day_number,
           coalesce(s.reinspect2, s.reinspect1) as closed_at
    from spec s
),
orders as (
    insert into work_orders (id, project_id, code, location, type, category, priority, channel, title, description, reporter_name,
                             reporter_phone, first_responsible_id, assignee_id, status, response_due_at, resolution_due_at,
                             return_visit_due_at, responded_at, completed_at, closed_at, resolution, reopen_count, rectification_id,
                             version, created_at, updated_at)
    select n.order_id, n.project_id, n.code || '-' || to_char(n.local_day, 'YYYYMMDD') || '-' || lpad(n.day_number::text, 4, '0'),
           coalesce(n.location, n.section_zh), 'RECTIFICATION', n.category, 'NORMAL', 'INSPECTION',
           left('整改：' || n.item_zh || ' — ' || n.text_zh, 200), n.finding || '。', '吴督导', '13900000008', n.supervisor_id, n.owner_id,
           n.order_status, n.raised_at + interval '2 hours', coalesce(n.new_due, n.original_due),
           case when n.order_status = 'COMPLETED' then
               (((n.completed1 at time zone n.timezone)::date + 1) + time '23:59:59') at time zone n.timezone end,
           n.started1,
           case when n.order_status in ('COMPLETED', 'CLOSED') then coalesce(n.completed2, n.completed1) end,
           case when n.order_status = 'CLOSED' then n.closed_at end,
           case when n.order_status in ('COMPLETED', 'CLOSED') then '已按要求整改完毕' end,
           case when n.sc in ('FAIL_PASS', 'FAIL_OPEN') then 1 else 0 end,
           n.id,
           2 + (n.started1 is not null)::int + (n.completed1 is not null)::int + (n.reinspect1 is not null)::int
               + (n.started2 is not null)::int + (n.completed2 is not null)::int + (n.reinspect2 is not null)::int,
           n.raised_at, greatest(n.raised_at, n.started1, n.completed1, n.reinspect1, n.started2, n.completed2, n.reinspect2)
    from numbered n
    order by n.raised_at
    on conflict do nothing
    returning id
),
rects as (
    insert into rectifications (id, project_id, inspection_id, result_id, work_order_id, raised_by, raised_at, original_due_at, due_at,
                                rounds, closed_at, closed_on_time, version)
    select n.id, n.project_id, n.inspection_id, n.result_id, n.order_id, n.supervisor_id, n.raised_at, n.original_due,
           coalesce(n.new_due, n.original_due), case when n.sc in ('FAIL_PASS', 'FAIL_OPEN') then 2 else 1 end,
           case when n.order_status = 'CLOSED' then n.closed_at end,
           case when n.order_status = 'CLOSED' then n.sc = 'PASS' and n.completed1 <= n.original_due end,
           (n.reinspect1 is not null)::int + (n.reinspect2 is not null)::int
    from numbered n join orders o on o.id = n.order_id
    returning id
),
reinspections as (
    insert into rectification_reinspections (id, project_id, rectification_id, round, result, note, new_due_at, work_done_at,
                                             inspector_id, at)
    select md5('steward-demo-reinspection/' || n.id || '/' || r.round)::uuid, n.project_id, n.id, r.round, r.result, r.note, r.new_due,
           r.done, n.supervisor_id, r.at
    from numbered n
    join rects on rects.id = n.id
    cross join lateral (values
        (1, case when n.sc in ('FAIL_PASS', 'FAIL_OPEN') then 'FAIL' else 'PASS' end,
            case when n.sc in ('FAIL_PASS', 'FAIL_OPEN') then '复查不合格：整改不到位，限期重新整改' else '复查合格，予以销号' end,
            n.new_due, n.completed1, n.reinspect1),
        (2, 'PASS', '复查合格，予以销号', null::timestamptz, n.completed2, n.reinspect2)
    ) as r (round, result, note, new_due, done, at)
    where r.at is not null
    returning 1
),
events as (
    insert into work_order_events (id, project_id, work_order_id, type, actor_id, at, note, from_status, to_status, changes)
    select md5('steward-demo-event/' || n.order_id || '/' || e.k)::uuid, n.project_id, n.order_id, e.type, e.actor_id, e.at, e.note,
           e.from_status, e.to_status, e.changes
    from numbered n
    join orders o on o.id = n.order_id
    cross join lateral (values
        (1, 'CREATED', n.raised_at, n.supervisor_id, null::text, null::text, 'NEW', null::jsonb),
        (2, 'ASSIGNED', n.raised_at, n.supervisor_id, null, 'NEW', 'ASSIGNED',
            jsonb_build_array(jsonb_build_object('field', 'assigneeId', 'to', n.owner_id::text))),
        (3, 'RECTIFICATION_RAISED', n.raised_at, n.supervisor_id, n.finding, null, null,
            jsonb_build_array(jsonb_build_object('field', 'inspectionId', 'to', n.inspection_id::text),
                              jsonb_build_object('field', 'rectificationId', 'to', n.id::text),
                              jsonb_build_object('field', 'checkPointCode', 'to', n.cp_code))),
        (4, 'STARTED', n.started1, n.owner_id, null, 'ASSIGNED', 'IN_PROGRESS', null),
        (5, 'COMPLETED', n.completed1, n.owner_id, '已按要求整改完毕', 'IN_PROGRESS', 'COMPLETED', null),
        (6, 'REINSPECTED', n.reinspect1, n.supervisor_id,
            case when n.new_due is not null then '复查不合格：整改不到位，限期重新整改' else '复查合格，予以销号' end,
            'COMPLETED', case when n.new_due is not null then 'REOPENED' else 'CLOSED' end,
            case when n.new_due is not null
                 then jsonb_build_array(jsonb_build_object('field', 'result', 'to', 'FAIL'),
                                        jsonb_build_object('field', 'resolutionDueAt', 'from', n.original_due::text, 'to', n.new_due::text))
                 else jsonb_build_array(jsonb_build_object('field', 'result', 'to', 'PASS')) end),
        (7, 'STARTED', n.started2, n.owner_id, null, 'REOPENED', 'IN_PROGRESS', null),
        (8, 'COMPLETED', n.completed2, n.owner_id, '已重新整改', 'IN_PROGRESS', 'COMPLETED', null),
        (9, 'REINSPECTED', n.reinspect2, n.supervisor_id, '复查合格，予以销号', 'COMPLETED', 'CLOSED',
            jsonb_build_array(jsonb_build_object('field', 'result', 'to', 'PASS')))
    ) as e (k, type, at, actor_id, note, from_status, to_status, changes)
    where e.at is not null
    order by n.raised_at, e.at, e.k
    returning 1
)
insert into work_order_counters (project_id, day, last)
select n.project_id, n.local_day, max(n.day_number)
from numbered n
where exists (select 1 from orders o where o.id = n.order_id)
group by n.project_id, n.local_day
on conflict (project_id, day) do update set last = greatest(work_order_counters.last, excluded.last);
