-- pgbench beside POST /api/v1/work-orders/{id}/assign: read the order, check the technician's membership, write it
-- (version checked), the ASSIGNED timeline entry, the row read back — one transaction, a random open order.
\set i random(1, :open)
begin;
select w.id, w.project_id, w.version, w.status
from bench_open b join work_orders w on w.project_id = b.project_id and w.id = b.id
where b.i = :i \gset
select 1 from memberships m join users u on u.id = m.user_id
where m.user_id = ':tech' and m.project_id = ':project_id' and u.active;
update work_orders set assignee_id = ':tech', status = 'ASSIGNED', version = version + 1, updated_at = now()
where id = ':id' and version = :version;
insert into work_order_events (project_id, work_order_id, type, actor_id, at, from_status, to_status)
values (':project_id', ':id', 'ASSIGNED', ':agent', now(), ':status', 'ASSIGNED');
select w.*, u.label as unit_label, f.display_name as first_responsible_name, a.display_name as assignee_name
from work_orders w
left join units u on u.id = w.unit_id and u.project_id = w.project_id
join users f on f.id = w.first_responsible_id
left join users a on a.id = w.assignee_id
where w.id = ':id';
commit;
