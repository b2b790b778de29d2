-- 100 projects × 730 days of 十必查 (one inspection a day), one finding in about half of them, each rectified.
\set ON_ERROR_STOP on
\timing on
insert into projects (code, name, timezone)
select 'P' || lpad(g::text, 3, '0'), '项目' || g, 'Asia/Shanghai' from generate_series(1, 100) g;
insert into memberships (user_id, project_id)
select u.id, p.id from users u cross join projects p where u.username in ('supervisor', 'manager', 'tech1') on conflict do nothing;

insert into inspections (id, project_id, code, template_id, template_version_id, method, status, inspector_id, location, started_at,
                         submitted_at, total, grade, finding_count, created_at, updated_at)
select md5(p.id::text || d)::uuid, p.id, p.code || '-QI-' || to_char(now() - d * interval '1 day', 'YYYYMMDD') || '-01', t.id,
       t.current_version_id, 'OPEN', 'SUBMITTED', (select id from users where username = 'supervisor'), '园区',
       now() - d * interval '1 day', now() - d * interval '1 day' + interval '45 minutes',
       case when d % 2 = 0 then 90.0 else 100.0 end, case when d % 2 = 0 then 'GOOD' else 'EXCELLENT' end, (d % 2 = 0)::int,
       now() - d * interval '1 day', now() - d * interval '1 day'
from projects p cross join generate_series(1, 730) d
join inspection_templates t on t.code = 'TEN_MUST_CHECKS'
where p.code like 'P%';

-- Only the findings' results: the register reaches results by primary key, so the met ones change nothing in its plan.
insert into inspection_results (id, project_id, inspection_id, check_point_id, position, status, note)
select md5('r' || x.id)::uuid, x.project_id, x.id,
       (select c.id from inspection_check_points c where c.version_id = x.template_version_id
        order by c.position, c.id offset abs(hashtext(x.id::text)) % 41 limit 1), 1, 'MISSING', '现场检查未达标'
from inspections x where x.finding_count = 1 and x.project_id in (select id from projects where code like 'P%');

-- The order names its rectification (a deferred key): both in one transaction.
begin;
insert into work_orders (id, project_id, code, location, type, category, priority, channel, title, reporter_name, reporter_phone,
                         first_responsible_id, assignee_id, status, response_due_at, resolution_due_at, responded_at, completed_at,
                         closed_at, rectification_id, created_at, updated_at)
select md5('w' || r.id)::uuid, r.project_id, x.code || '-R', '园区', 'RECTIFICATION', 'SECURITY', 'NORMAL', 'INSPECTION', '整改',
       '吴督导', '13900000008', x.inspector_id, (select id from users where username = 'tech1'),
       s.status, x.submitted_at + interval '2 hours', x.submitted_at + interval '3 days',
       x.submitted_at + interval '1 day',
       case when s.status in ('COMPLETED', 'CLOSED') then x.submitted_at + interval '2 days' end,
       case when s.status = 'CLOSED' then x.submitted_at + interval '3 days' end,
       md5('x' || r.id)::uuid, x.submitted_at, x.submitted_at
from inspection_results r join inspections x on x.id = r.inspection_id and x.project_id in (select id from projects where code like 'P%')
cross join lateral (select case when x.started_at > now() - interval '4 days' then 'IN_PROGRESS'
                                when abs(hashtext(r.id::text)) % 100 < 90 then 'CLOSED'
                                when abs(hashtext(r.id::text)) % 100 < 95 then 'COMPLETED' else 'IN_PROGRESS' end as status) s;

insert into rectifications (id, project_id, inspection_id, result_id, work_order_id, raised_by, raised_at, original_due_at, due_at,
                            rounds, closed_at, closed_on_time)
select md5('x' || r.id)::uuid, r.project_id, r.inspection_id, r.id, w.id, w.first_responsible_id, w.created_at, w.resolution_due_at,
       w.resolution_due_at, 1, w.closed_at, case when w.closed_at is not null then true end
from inspection_results r join work_orders w on w.id = md5('w' || r.id)::uuid;
commit;
vacuum analyze;
\timing off
select count(*) as inspections from inspections;
select count(*) as rectifications, count(*) filter (where closed_at is null) as not_closed from rectifications;
