-- Webhooks (issue 15, docs/webhooks.md). Subscriptions; an outbox of events written by triggers in the very
-- transaction of the change (so no change commits without its event, and no event without its change); one delivery
-- row per subscription and event, claimed by the dispatchers of every instance with FOR UPDATE SKIP LOCKED.
create table webhook_subscriptions (
    id              uuid primary key,
    url             text not null check (length(url) between 1 and 2000),
    description     text check (length(description) <= 200),
    event_types     text[] not null check (cardinality(event_types) between 1 and 50),
    project_ids     uuid[] not null check (cardinality(project_ids) between 1 and 500),
    secret          text not null,            -- whsec_<base64>: signs every message
    previous_secret text,                     -- after a rotation, also signs until previous_until
    previous_until  timestamptz,
    active          boolean not null default true,
    disabled_reason text,                     -- why it was disabled automatically (null: by hand, or active)
    disabled_at     timestamptz,
    failing_since   timestamptz,              -- the first failed attempt of the current run of failures
    failures        integer not null default 0 check (failures >= 0),   -- consecutive failed attempts
    created_by      uuid not null references users (id),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0
);
create index webhook_subscriptions_created on webhook_subscriptions (created_at desc, id desc);

-- The message body is frozen when the change commits: a retry or a replay sends the same bytes.
create table webhook_events (
    id         uuid primary key default gen_random_uuid(),
    type       text not null,
    project_id uuid not null references projects (id),
    payload    jsonb not null,
    created_at timestamptz not null default clock_timestamp()
);
create index webhook_events_created on webhook_events (created_at);

create table webhook_deliveries (
    id               uuid primary key default gen_random_uuid(),
    subscription_id  uuid not null references webhook_subscriptions (id) on delete cascade,
    event_id         uuid not null references webhook_events (id) on delete cascade,
    status           text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0 check (attempts >= 0),
    -- PENDING: when a dispatcher may take it next. A dispatcher that takes it moves this past its lease, so one that
    -- dies mid-delivery leaves it to be taken again once the lease is over (at least once, nothing lost).
    next_attempt_at  timestamptz not null,
    claim            uuid,                    -- the taking dispatcher's token: only it records the outcome
    last_attempt_at  timestamptz,
    last_status      integer,                 -- the HTTP status of the last attempt (null: no answer)
    last_duration_ms integer,
    last_error       text check (length(last_error) <= 500),
    delivered_at     timestamptz,
    created_at       timestamptz not null
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'PENDING';
create index webhook_deliveries_subscription on webhook_deliveries (subscription_id, created_at desc, id desc);
create index webhook_deliveries_event on webhook_deliveries (event_id);

-- Writes an event to the outbox with a delivery per active subscription that wants it; nothing when none does.
create function webhook_publish(p_type text, p_project uuid, p_at timestamptz, p_data jsonb) returns void
language plpgsql as $$
declare
    v_event uuid;
begin
    if not exists (select 1 from webhook_subscriptions s
                   where s.active and p_type = any (s.event_types) and p_project = any (s.project_ids)) then
        return;
    end if;
    insert into webhook_events (type, project_id, payload)
    values (p_type, p_project, jsonb_build_object(
        'type', p_type,
        'timestamp', to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'data', jsonb_strip_nulls(p_data || jsonb_build_object('projectId', p_project))))
    returning id into v_event;
    insert into webhook_deliveries (subscription_id, event_id, next_attempt_at, created_at)
    select s.id, v_event, clock_timestamp(), clock_timestamp()
    from webhook_subscriptions s
    where s.active and p_type = any (s.event_types) and p_project = any (s.project_ids);
end $$;

create function webhook_iso(p_at timestamptz) returns text language sql immutable as $$
    select to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- Work orders: created, status changed, SLA breached, return visit recorded; rectifications re-inspected.
create function webhook_work_order_event() returns trigger language plpgsql as $$
declare
    wo record;
    base jsonb;
begin
    select code, status, type, priority, category, title, unit_id, assignee_id into wo
    from work_orders where id = new.work_order_id;
    base := jsonb_build_object('workOrderId', new.work_order_id, 'code', wo.code, 'status', wo.status,
                               'eventId', new.id, 'at', webhook_iso(new.at));
    if new.type = 'CREATED' then
        perform webhook_publish('work_order.created', new.project_id, new.at, base || jsonb_build_object(
            'type', wo.type, 'priority', wo.priority, 'category', wo.category, 'title', wo.title, 'unitId', wo.unit_id));
        return null;
    end if;
    if new.to_status is not null and new.from_status is distinct from new.to_status then
        perform webhook_publish('work_order.status_changed', new.project_id, new.at, base || jsonb_build_object(
            'fromStatus', new.from_status, 'toStatus', new.to_status, 'eventType', new.type, 'assigneeId', wo.assignee_id));
    end if;
    if new.type = 'SLA_BREACHED' then
        perform webhook_publish('work_order.sla_breached', new.project_id, new.at, base || jsonb_build_object(
            'deadline', new.note, 'dueAt', webhook_iso(new.at)));
    elsif new.type = 'RETURN_VISITED' then
        perform webhook_publish('work_order.return_visit_recorded', new.project_id, new.at, base || jsonb_build_object(
            'satisfaction', (select (c ->> 'to')::int from jsonb_array_elements(coalesce(new.changes, '[]'::jsonb)) c
                             where c ->> 'field' = 'satisfaction' limit 1),
            'toStatus', new.to_status));
    elsif new.type = 'REINSPECTED' then
        perform webhook_publish('rectification.reinspected', new.project_id, new.at, base || jsonb_build_object(
            'rectificationId', (select id from rectifications where work_order_id = new.work_order_id),
            'result', (select c ->> 'to' from jsonb_array_elements(coalesce(new.changes, '[]'::jsonb)) c
                       where c ->> 'field' = 'result' limit 1)));
    end if;
    return null;
end $$;
create trigger work_order_events_webhook after insert on work_order_events
    for each row execute function webhook_work_order_event();

-- Keys: checked out, returned, overdue, reported lost.
create function webhook_key_event() returns trigger language plpgsql as $$
declare
    v_type text := case new.type when 'CHECKED_OUT' then 'key.checked_out' when 'RETURNED' then 'key.returned'
                                 when 'OVERDUE' then 'key.overdue' when 'REPORTED_LOST' then 'key.lost' end;
begin
    if v_type is not null then
        perform webhook_publish(v_type, new.project_id, new.at, jsonb_build_object(
            'keyId', new.key_id, 'keyCode', (select code from keys where id = new.key_id), 'checkoutId', new.checkout_id,
            'ledgerSeq', new.seq, 'at', webhook_iso(new.at)));
    end if;
    return null;
end $$;
create trigger key_events_webhook after insert on key_events
    for each row execute function webhook_key_event();

-- Surveys: a response submitted (by link, or entered by staff). The answers stay in Steward.
create function webhook_survey_response() returns trigger language plpgsql as $$
begin
    perform webhook_publish('survey.response_submitted', new.project_id, new.created_at, jsonb_build_object(
        'responseId', new.id, 'campaignId', new.campaign_id, 'buildingId', new.building_id, 'unitId', new.unit_id,
        'channel', new.channel, 'at', webhook_iso(new.created_at)));
    return null;
end $$;
create trigger survey_responses_webhook after insert on survey_responses
    for each row execute function webhook_survey_response();

-- Inspections: submitted; rectifications: raised (re-inspections: above, from the order's timeline).
create function webhook_inspection_submitted() returns trigger language plpgsql as $$
begin
    if new.status = 'SUBMITTED' and old.status is distinct from 'SUBMITTED' then
        perform webhook_publish('inspection.submitted', new.project_id, new.submitted_at, jsonb_build_object(
            'inspectionId', new.id, 'code', new.code, 'total', new.total, 'grade', new.grade,
            'findingCount', new.finding_count, 'at', webhook_iso(new.submitted_at)));
    end if;
    return null;
end $$;
create trigger inspections_webhook after update of status on inspections
    for each row execute function webhook_inspection_submitted();

create function webhook_rectification_raised() returns trigger language plpgsql as $$
begin
    perform webhook_publish('rectification.raised', new.project_id, new.raised_at, jsonb_build_object(
        'rectificationId', new.id, 'inspectionId', new.inspection_id, 'workOrderId', new.work_order_id,
        'dueAt', webhook_iso(new.due_at), 'at', webhook_iso(new.raised_at)));
    return null;
end $$;
create trigger rectifications_webhook after insert on rectifications
    for each row execute function webhook_rectification_raised();
