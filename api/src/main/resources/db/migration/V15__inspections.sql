-- Quality supervision (品质督导, issue 12): rubric templates with immutable published versions, inspections with one
-- result per check point, and rectifications (整改) raised from findings as RECTIFICATION work orders.
-- Templates are company-wide; everything else carries project_id.

create table inspection_templates (
    id                 uuid primary key default gen_random_uuid(),
    code               text unique check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),   -- the standard rubrics only
    name_zh            text not null check (length(name_zh) between 1 and 500),
    name_en            text not null check (length(name_en) between 1 and 500),
    current_version_id uuid,                       -- the version new inspections use; null until first published
    draft              jsonb,                      -- the pending draft (InspectionTemplateDraft), null when none
    version            bigint not null default 0,  -- the ETag
    created_by         uuid not null references users (id),
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index inspection_templates_created on inspection_templates (created_at desc, id desc);

-- A published version and its content never change (append-only): inspections refer to its ids.
create table inspection_template_versions (
    id             uuid primary key default gen_random_uuid(),
    template_id    uuid not null references inspection_templates (id),
    number         integer not null check (number >= 1),
    name_zh        text not null,
    name_en        text not null,
    description_zh text,
    description_en text,
    consequences   jsonb not null,                 -- {excellent|good|fail|teamBonus: {zh, en}}
    published_by   uuid not null references users (id),
    published_at   timestamptz not null,
    unique (template_id, number)
);
alter table inspection_templates add foreign key (current_version_id) references inspection_template_versions (id);

create table inspection_sections (
    id             uuid primary key default gen_random_uuid(),
    version_id     uuid not null references inspection_template_versions (id),
    position       integer not null,
    code           text not null,
    name_zh        text not null,
    name_en        text not null,
    weight_percent numeric(5, 2) not null check (weight_percent > 0 and weight_percent <= 100),
    unique (version_id, code),
    unique (version_id, position)
);

create table inspection_items (
    id         uuid primary key default gen_random_uuid(),
    version_id uuid not null references inspection_template_versions (id),
    section_id uuid not null references inspection_sections (id),
    position   integer not null,
    code       text not null,
    name_zh    text not null,
    name_en    text not null,
    kind       text not null check (kind in ('SCORED', 'PASS_FAIL')),
    max_points numeric(6, 2) not null check (max_points > 0),
    unique (version_id, code),
    unique (section_id, position)
);

create table inspection_check_points (
    id            uuid primary key default gen_random_uuid(),
    version_id    uuid not null references inspection_template_versions (id),
    item_id       uuid not null references inspection_items (id),
    position      integer not null,
    code          text not null,
    text_zh       text not null,
    text_en       text not null,
    deduction_min numeric(6, 2),
    deduction_max numeric(6, 2),
    check ((deduction_min is null) = (deduction_max is null)),
    check (deduction_min is null or (deduction_min > 0 and deduction_min <= deduction_max)),
    unique (version_id, code),
    unique (item_id, position)
);
create index inspection_check_points_version on inspection_check_points (version_id, id);

create trigger inspection_template_versions_append_only before update or delete on inspection_template_versions
    for each row execute function append_only();
create trigger inspection_sections_append_only before update or delete on inspection_sections
    for each row execute function append_only();
create trigger inspection_items_append_only before update or delete on inspection_items
    for each row execute function append_only();
create trigger inspection_check_points_append_only before update or delete on inspection_check_points
    for each row execute function append_only();

create table inspection_counters (
    project_id uuid not null references projects (id),
    day        date not null,
    last       integer not null,
    primary key (project_id, day)
);

create table inspections (
    id                  uuid primary key default gen_random_uuid(),
    project_id          uuid not null references projects (id),
    code                text not null,
    template_id         uuid not null references inspection_templates (id),
    template_version_id uuid not null references inspection_template_versions (id),
    task_id             uuid,               -- the inspection task (plans, a later round) this one carries out, if any
    method              text not null check (method in ('OPEN', 'UNANNOUNCED', 'POST_QUESTIONING', 'CUSTOMER_CALLBACK', 'WRITTEN_TEST')),
    status              text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
    inspector_id        uuid not null references users (id),
    location            text check (length(location) between 1 and 200),
    summary             text check (length(summary) <= 4000),
    started_at          timestamptz not null,
    submitted_at        timestamptz,
    -- Frozen at submission; the breakdown is recomputed from the (then immutable) results and version.
    total               numeric(4, 1) check (total between 0 and 100),
    grade               text check (grade in ('EXCELLENT', 'GOOD', 'FAIL')),
    finding_count       integer,
    version             bigint not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    unique (project_id, code),
    check ((status = 'SUBMITTED') = (submitted_at is not null)),
    check ((status = 'SUBMITTED') = (total is not null and grade is not null and finding_count is not null))
);
create index inspections_project_started on inspections (project_id, started_at desc, id desc);
create index inspections_template on inspections (template_id);
create index inspections_task on inspections (task_id) where task_id is not null;

-- One row per check point of the version, made with the inspection (so photos can be taken before answering).
create table inspection_results (
    id             uuid primary key default gen_random_uuid(),
    project_id     uuid not null references projects (id),
    inspection_id  uuid not null references inspections (id),
    check_point_id uuid not null references inspection_check_points (id),
    position       integer not null,
    status         text check (status in ('MET', 'MISSING', 'NOT_APPLICABLE')),
    deduction      numeric(6, 2) check (deduction >= 0),
    note           text check (length(note) <= 2000),
    photo_count    integer not null default 0,
    check (deduction is null or status = 'MISSING'),
    unique (inspection_id, check_point_id)
);
create index inspection_results_inspection on inspection_results (inspection_id, position);

-- A submitted inspection never changes: not its row, not its results' answers (photos at re-inspection still count).
create function inspection_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or tg_op = 'TRUNCATE' then
        raise exception '% rows are never deleted', tg_table_name using errcode = 'insufficient_privilege';
    end if;
    if old.status = 'SUBMITTED' then
        raise exception 'a submitted inspection cannot change' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create function inspection_result_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or tg_op = 'TRUNCATE' then
        raise exception '% rows are never deleted', tg_table_name using errcode = 'insufficient_privilege';
    end if;
    if (old.status is distinct from new.status or old.deduction is distinct from new.deduction
            or old.note is distinct from new.note or old.check_point_id is distinct from new.check_point_id
            or old.inspection_id is distinct from new.inspection_id)
       and exists (select 1 from inspections where id = old.inspection_id and status = 'SUBMITTED') then
        raise exception 'the results of a submitted inspection cannot change' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger inspections_frozen before update or delete on inspections
    for each row execute function inspection_frozen();
create trigger inspection_results_frozen before update or delete on inspection_results
    for each row execute function inspection_result_frozen();

-- A rectification (整改) of one finding, carried out as a RECTIFICATION work order. Its status is derived: CLOSED once
-- a re-inspection passed it (closed_at), else from the order (CANCELLED; done → AWAITING_REINSPECTION; else OPEN).
create table rectifications (
    id              uuid primary key,
    project_id      uuid not null references projects (id),
    inspection_id   uuid not null references inspections (id),
    result_id       uuid not null unique references inspection_results (id),
    work_order_id   uuid not null unique references work_orders (id),
    raised_by       uuid not null references users (id),
    raised_at       timestamptz not null,
    original_due_at timestamptz not null,
    due_at          timestamptz not null,           -- the deadline in force (a failed re-inspection sets a new one)
    rounds          integer not null default 1 check (rounds >= 1),
    closed_at       timestamptz,
    closed_on_time  boolean,
    version         bigint not null default 0,
    check ((closed_at is null) = (closed_on_time is null))
);
create index rectifications_project_due on rectifications (project_id, due_at, id);
create index rectifications_open_due on rectifications (project_id, due_at, id) where closed_at is null;
create index rectifications_project_raised on rectifications (project_id, raised_at);
create index rectifications_inspection on rectifications (inspection_id);

create table rectification_reinspections (
    id               uuid primary key default gen_random_uuid(),
    project_id       uuid not null references projects (id),
    rectification_id uuid not null references rectifications (id),
    round            integer not null,
    result           text not null check (result in ('PASS', 'FAIL')),
    note             text check (length(note) <= 2000),
    new_due_at       timestamptz,
    work_done_at     timestamptz,                   -- when the owner completed the order for this round
    inspector_id     uuid not null references users (id),
    at               timestamptz not null,
    check ((result = 'FAIL') = (new_due_at is not null)),
    unique (rectification_id, round)
);
create trigger rectification_reinspections_append_only before update or delete on rectification_reinspections
    for each row execute function append_only();

-- The order names its rectification (written with the order, before the rectification row: checked at commit).
alter table work_orders add column rectification_id uuid unique references rectifications (id) deferrable initially deferred;

-- Every timeline entry of a rectification's order (raised, worked on, re-inspected) is also announced as
-- RECTIFICATION_CHANGED, so the register updates live whichever code path moved the order.
create function notify_rectification_event() returns trigger language plpgsql as $$
declare
    r record;
begin
    select x.id, x.inspection_id, x.closed_at, w.status into r
    from work_orders w join rectifications x on x.id = w.rectification_id
    where w.id = new.work_order_id;
    if found then
        perform pg_notify('steward_events', json_build_object(
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
            'at', new.at)::text);
    end if;
    return null;
end $$;
create trigger work_order_events_notify_rectification after insert on work_order_events
    for each row execute function notify_rectification_event();

-- Publishes a rubric (the InspectionTemplateDraft JSON, already validated) as the template's next version, with new
-- ids, and makes it current. Used by the API's publish and by the migration that loads the standard rubrics.
create function inspection_publish(p_template uuid, p_rubric jsonb, p_by uuid, p_at timestamptz) returns uuid
language plpgsql as $$
declare
    v_id     uuid := gen_random_uuid();
    v_number integer;
    s        jsonb;
    s_pos    bigint;
    s_id     uuid;
    i        jsonb;
    i_pos    bigint;
    i_id     uuid;
    c        jsonb;
    c_pos    bigint;
begin
    select coalesce(max(number), 0) + 1 into v_number from inspection_template_versions where template_id = p_template;
    insert into inspection_template_versions (id, template_id, number, name_zh, name_en, description_zh, description_en,
                                              consequences, published_by, published_at)
    values (v_id, p_template, v_number, p_rubric -> 'name' ->> 'zh', p_rubric -> 'name' ->> 'en',
            p_rubric -> 'description' ->> 'zh', p_rubric -> 'description' ->> 'en',
            coalesce(p_rubric -> 'consequences', '{}'::jsonb), p_by, p_at);
    for s, s_pos in select e, o from jsonb_array_elements(p_rubric -> 'sections') with ordinality as x(e, o) loop
        s_id := gen_random_uuid();
        insert into inspection_sections (id, version_id, position, code, name_zh, name_en, weight_percent)
        values (s_id, v_id, s_pos, s ->> 'code', s -> 'name' ->> 'zh', s -> 'name' ->> 'en', (s ->> 'weightPercent')::numeric);
        for i, i_pos in select e, o from jsonb_array_elements(s -> 'items') with ordinality as x(e, o) loop
            i_id := gen_random_uuid();
            insert into inspection_items (id, version_id, section_id, position, code, name_zh, name_en, kind, max_points)
            values (i_id, v_id, s_id, i_pos, i ->> 'code', i -> 'name' ->> 'zh', i -> 'name' ->> 'en', i ->> 'kind',
                    (i ->> 'maxPoints')::numeric);
            for c, c_pos in select e, o from jsonb_array_elements(i -> 'checkPoints') with ordinality as x(e, o) loop
                insert into inspection_check_points (version_id, item_id, position, code, text_zh, text_en, deduction_min, deduction_max)
                values (v_id, i_id, c_pos, c ->> 'code', c -> 'text' ->> 'zh', c -> 'text' ->> 'en',
                        (c ->> 'deductionMin')::numeric, (c ->> 'deductionMax')::numeric);
            end loop;
        end loop;
    end loop;
    update inspection_templates
       set current_version_id = v_id, draft = null, name_zh = p_rubric -> 'name' ->> 'zh', name_en = p_rubric -> 'name' ->> 'en',
           updated_at = p_at
     where id = p_template;
    return v_id;
end $$;
