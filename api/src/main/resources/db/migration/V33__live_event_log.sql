-- The live stream's retained log (issue 15, "Change feeds"): every event announced on steward_events is first written
-- here, in the transaction that made the change, and the notification carries its id. A client that reconnects with
-- Last-Event-ID is replayed what it missed (docs/integrations.md "Resuming the live stream"); rows are kept 24 h.
--
-- Identity ids are taken when the row is written, not when it commits, so id order is not the order clients saw the
-- events in (commit order). Each row therefore also records its transaction (`xid`) and the snapshot taken when it
-- was written (`snapshot`): a transaction that commits after event L was written is not visible in L's snapshot (and
-- has an id at or above its xmin), so a replay after L reads the rows of transactions L's snapshot does not see
-- (and L's own transaction's rows after L) and misses nothing. See docs/decisions.md "Resuming the live stream".
create table live_events (
    id          bigint generated always as identity primary key,
    project_id  uuid not null,
    at          timestamptz not null default now(),
    xid         xid8 not null,
    snapshot    pg_snapshot not null,
    payload     jsonb not null
);
create index live_events_xid on live_events (xid);
-- The retention job deletes by age: rows arrive in time order, so a BRIN index is enough and costs the writes little.
create index live_events_at on live_events using brin (at);

-- Writes an event to the log and announces it (at commit): the notification is the event with its log id, plus the
-- writing transaction's id (`xid`, read by the relay only). Returns the id.
create function steward_announce(event json) returns bigint language plpgsql as $$
declare
    event_id bigint;
    tx xid8 := pg_current_xact_id();
begin
    insert into live_events (project_id, xid, snapshot, payload)
    values ((event ->> 'projectId')::uuid, tx, pg_current_snapshot(), event::jsonb)
    returning id into event_id;
    perform pg_notify('steward_events',
                      (event::jsonb || jsonb_build_object('id', event_id, 'xid', tx::text::bigint))::text);
    return event_id;
end $$;

create or replace function notify_work_order_event() returns trigger language plpgsql as $$
declare
    wo record;
begin
    select code, status into wo from work_orders where id = new.work_order_id;
    perform steward_announce(json_build_object(
        'type', case new.type when 'CREATED' then 'WORK_ORDER_CREATED'
                              when 'SLA_BREACHED' then 'SLA_BREACHED'
                              else 'WORK_ORDER_CHANGED' end,
        'projectId', new.project_id,
        'workOrderId', new.work_order_id,
        'code', wo.code,
        'status', wo.status,
        'eventType', new.type,
        'at', new.at));
    return null;
end $$;

create or replace function notify_key_event() returns trigger language plpgsql as $$
begin
    if new.type = 'STOCKTAKE_SCANNED' then
        return null;
    end if;
    perform steward_announce(json_build_object(
        'type', case new.type when 'OVERDUE' then 'KEY_OVERDUE' else 'KEY_CHANGED' end,
        'projectId', new.project_id,
        'keyId', new.key_id,
        'keyCode', (select code from keys where id = new.key_id),
        'keyEventType', new.type,
        'at', new.at));
    return null;
end $$;

create or replace function notify_rectification_event() returns trigger language plpgsql as $$
declare
    r record;
begin
    select x.id, x.inspection_id, x.closed_at, w.status into r
    from work_orders w join rectifications x on x.id = w.rectification_id
    where w.id = new.work_order_id;
    if found then
        perform steward_announce(json_build_object(
            'type', 'RECTIFICATION_CHANGED',
            'projectId', new.project_id,
            'rectificationId', r.id,
            'inspectionId', r.inspection_id,
            'workOrderId', new.work_order_id,
            'rectificationStatus', case when r.closed_at is not null then 'CLOSED'
                                        when r.status = 'CANCELLED' then 'CANCELLED'
                                        when r.status in ('COMPLETED', 'CLOSED') then 'AWAITING_REINSPECTION'
                                        else 'OPEN' end,
            'eventType', new.type,
            'at', new.at));
    end if;
    return null;
end $$;
