-- pgbench beside GET /api/v1/work-orders?projectId=<SG>&limit=20: the first page of one project, newest first.
select w.*, u.label as unit_label, f.display_name as first_responsible_name, a.display_name as assignee_name
from work_orders w
left join units u on u.id = w.unit_id and u.project_id = w.project_id
join users f on f.id = w.first_responsible_id
left join users a on a.id = w.assignee_id
where w.project_id = (select id from projects where code = 'SG')
order by w.created_at desc, w.id desc
limit 21;
