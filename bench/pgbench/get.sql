-- pgbench beside GET /api/v1/work-orders/{id}: WorkOrderRepository.find's statement on a random order of bench_ids.
\set i random(1, :ids)
select w.*, u.label as unit_label, f.display_name as first_responsible_name, a.display_name as assignee_name
from bench_ids b
join work_orders w on w.project_id = b.project_id and w.id = b.id
left join units u on u.id = w.unit_id and u.project_id = w.project_id
join users f on f.id = w.first_responsible_id
left join users a on a.id = w.assignee_id
where b.i = :i;
