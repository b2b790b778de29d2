-- The monthly brief's bench data, on top of rectifications-data.sql: every check point of the 十必查 inspections gets
-- its result (MET beside the generated finding), and each of the 100 projects a customer-service inspection on the
-- 15th of each of the last 24 months, with two deductions at their check points' minimum.
\set ON_ERROR_STOP on
\timing on
insert into inspection_results (project_id, inspection_id, check_point_id, position, status)
select x.project_id, x.id, c.id, row_number() over (partition by x.id order by c.position, c.id) + 1, 'MET'
from inspections x join inspection_check_points c on c.version_id = x.template_version_id
where x.project_id in (select id from projects where code like 'P%')
on conflict (inspection_id, check_point_id) do nothing;

insert into inspections (id, project_id, code, template_id, template_version_id, method, inspector_id, location, started_at,
                         created_at, updated_at)
select md5('cs' || p.id || m)::uuid, p.id, p.code || '-QI-' || to_char(date_trunc('month', now()) - m * interval '1 month' + interval '14 days', 'YYYYMMDD') || '-02',
       t.id, t.current_version_id, 'UNANNOUNCED', (select id from users where username = 'supervisor'), '服务中心',
       date_trunc('month', now()) - m * interval '1 month' + interval '14 days 2 hours', now(), now()
from projects p cross join generate_series(1, 24) m
join inspection_templates t on t.code = 'CUSTOMER_SERVICE'
where p.code like 'P%';

insert into inspection_results (project_id, inspection_id, check_point_id, position, status, deduction)
select x.project_id, x.id, c.id, row_number() over (partition by x.id order by s.position, i.position, c.position),
       case when (abs(hashtext(x.id::text || c.code)) % 36) = 0 then 'MISSING' else 'MET' end,
       case when (abs(hashtext(x.id::text || c.code)) % 36) = 0 then c.deduction_min end
from inspections x join inspection_check_points c on c.version_id = x.template_version_id
join inspection_items i on i.id = c.item_id join inspection_sections s on s.id = i.section_id
where x.status = 'DRAFT' and x.code like 'P%';

-- The customer-service sections weigh their points: the total is 100 minus the deductions.
update inspections x set status = 'SUBMITTED', submitted_at = x.started_at + interval '2 hours',
       total = 100 - coalesce(d.lost, 0), finding_count = coalesce(d.n, 0),
       grade = case when 100 - coalesce(d.lost, 0) >= 91 then 'EXCELLENT' when 100 - coalesce(d.lost, 0) >= 80 then 'GOOD' else 'FAIL' end
from (select x2.id, sum(r.deduction) as lost, count(r.id) as n
      from inspections x2 left join inspection_results r on r.inspection_id = x2.id and r.status = 'MISSING'
      where x2.status = 'DRAFT' and x2.code like 'P%' group by x2.id) d
where d.id = x.id;
vacuum analyze;
\timing off
select count(*) as results, count(*) filter (where status = 'MISSING') as missing from inspection_results;
select count(*) as customer_service from inspections x join inspection_templates t on t.id = x.template_id where t.code = 'CUSTOMER_SERVICE';
