-- Live updates: every timeline entry is announced on the channel steward_events when its transaction
-- commits (NOTIFY is transactional), so each API instance can relay it to its SSE clients. Announcing
-- from the database means no code path can change an order without the change being published.
create function notify_work_order_event() returns trigger language plpgsql as $$
declare
    wo record;
begin
    select code, status into wo from work_orders where id = new.work_order_id;
    perform pg_notify('steward_events', json_build_object(
        'type', case new.type when 'CREATED' then 'WORK_ORDER_CREATED'
                              when 'SLA_BREACHED' then 'SLA_BREACHED'
                              else 'WORK_ORDER_CHANGED' end,
        'projectId', new.project_id,
        'workOrderId', new.work_order_id,
        'code', wo.code,
        'status', wo.status,
        'eventType', new.type,
        'at', new.at)::text);
    return null;
end $$;
create trigger work_order_events_notify after insert on work_order_events
    for each row execute function notify_work_order_event();

-- SLA breaches are marked once per order and kind, by whichever instance's job gets there first.
alter table work_orders add column response_breached_at timestamptz;
alter table work_orders add column resolution_breached_at timestamptz;
create index work_orders_open_response_due on work_orders (response_due_at)
    where responded_at is null and response_breached_at is null and status not in ('COMPLETED', 'CLOSED', 'CANCELLED');
create index work_orders_open_resolution_due on work_orders (resolution_due_at)
    where completed_at is null and resolution_breached_at is null and status <> 'CANCELLED';

-- The actor of automatic timeline entries (e.g. SLA_BREACHED). It cannot log in: inactive, no usable password.
insert into users (id, username, display_name, password_hash, roles, active)
values ('00000000-0000-0000-0000-000000000001', 'system', '系统', '{noop}!', '{}', false)
on conflict (username) do nothing;
