-- pgbench beside POST /api/v1/work-orders: the statements of WorkOrderService.register in one transaction (the
-- project, its SLA rules, the day's counter, the row, the CREATED timeline entry, the row read back), on a random
-- project of bench_projects.
\set p random(1, :projects)
begin;
select id, code, name, timezone from projects where id = (select id from bench_projects where i = :p);
select * from sla_rules where project_id = (select id from bench_projects where i = :p);
insert into work_order_counters (project_id, day, last)
select id, current_date, 1 from bench_projects where i = :p
on conflict (project_id, day) do update set last = work_order_counters.last + 1
returning last \gset
insert into work_orders (project_id, code, location, type, category, priority, channel, title, reporter_name,
                         reporter_phone, first_responsible_id, status, response_due_at, resolution_due_at, created_at,
                         updated_at)
select b.id, p.code || '-P' || to_char(current_date, 'YYYYMMDD') || '-' || :last || '-' || left(gen_random_uuid()::text, 8),
       '公共区域', 'REPAIR', 'PLUMBING', 'NORMAL', 'PHONE', 'pgbench 厨房漏水', '王伟', '13812345678', ':agent', 'NEW',
       now() + interval '2 hours', now() + interval '72 hours', now(), now()
from bench_projects b join projects p on p.id = b.id
where b.i = :p
returning id as order_id \gset
insert into work_order_events (project_id, work_order_id, type, actor_id, at, to_status)
select project_id, id, 'CREATED', ':agent', now(), 'NEW' from work_orders where id = ':order_id';
select w.*, u.label as unit_label, f.display_name as first_responsible_name, a.display_name as assignee_name
from work_orders w
left join units u on u.id = w.unit_id and u.project_id = w.project_id
join users f on f.id = w.first_responsible_id
left join users a on a.id = w.assignee_id
where w.id = ':order_id';
commit;
