-- The complaints still open, per project and age: the quality picture's open-complaint figures and warnings, and the
-- complaint review. Without it, 100 projects' open complaints were found through all their complaints (1.4M of 10M
-- orders, bench/quality-10m.sh): 2 s; the open ones are a few thousand.
create index work_orders_open_complaints on work_orders (project_id, created_at)
    where type = 'COMPLAINT' and status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'REOPENED');
