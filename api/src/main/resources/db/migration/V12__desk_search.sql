-- The front desk's searches and queues (issue 9): each index serves one query shape of WorkOrderRepository
-- or UnitLookup; bench/work-orders-explain.sh shows their plans.

-- A caller's phone: people give the last 4 digits or the whole number; both are found through the last 4
-- digits of the number with every non-digit removed (the full number is then checked on those rows only).
create index work_orders_project_phone4
    on work_orders (project_id, right(regexp_replace(reporter_phone, '[^0-9]', '', 'g'), 4), created_at desc, id desc);

-- 待回访: the orders awaiting a return visit, the soonest due first.
create index work_orders_project_return_visit_due
    on work_orders (project_id, return_visit_due_at, id) where status = 'COMPLETED';

-- The rework queue (REOPENED), the soonest resolution deadline first.
create index work_orders_project_status_resolution_due
    on work_orders (project_id, status, resolution_due_at, id);

-- A unit typed as people say it (2-1201), and residents by the last 4 digits of their phone.
create index units_project_label on units (project_id, label);
create index residents_project_phone4
    on residents (project_id, right(regexp_replace(phone, '[^0-9]', '', 'g'), 4));
