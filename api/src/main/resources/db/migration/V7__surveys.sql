-- Satisfaction surveys (满意度调查): versioned templates, campaigns, single-use invitations, responses and the
-- opinion library (意见征集库). Templates are company-wide; everything else carries project_id.

create table survey_templates (
    id              uuid primary key default gen_random_uuid(),
    name            text not null check (length(name) between 1 and 100),
    current_version integer not null default 1,
    version         bigint not null default 0,     -- the ETag; bumps on every change
    created_by      uuid not null references users (id),
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index survey_templates_created on survey_templates (created_at desc, id desc);

-- A campaign keeps the version it started with: a used version is never changed again.
create table survey_template_versions (
    template_id uuid not null references survey_templates (id),
    version     integer not null,
    name        text not null,
    questions   jsonb not null,
    created_at  timestamptz not null,
    primary key (template_id, version)
);

create table survey_campaigns (
    id               uuid primary key default gen_random_uuid(),
    project_id       uuid not null references projects (id),
    template_id      uuid not null,
    template_version integer not null,
    title            text not null check (length(title) between 1 and 100),
    opens_at         timestamptz not null,
    closes_at        timestamptz not null check (closes_at > opens_at),
    status           text not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    anonymous        boolean not null default false,
    building_ids     uuid[] not null default '{}',
    created_by       uuid not null references users (id),
    created_at       timestamptz not null,
    opened_at        timestamptz,
    closed_at        timestamptz,
    version          bigint not null default 0,
    foreign key (template_id, template_version) references survey_template_versions (template_id, version)
);
create index survey_campaigns_project on survey_campaigns (project_id, created_at desc, id desc);
create index survey_campaigns_template on survey_campaigns (template_id, template_version);

-- One live invitation per unit; the token is kept only as its SHA-256. Reissuing revokes the old row.
create table survey_invitations (
    id          uuid primary key default gen_random_uuid(),
    campaign_id uuid not null references survey_campaigns (id),
    project_id  uuid not null references projects (id),
    unit_id     uuid not null references units (id),
    building_id uuid not null references buildings (id),
    token_hash  bytea not null unique,
    created_at  timestamptz not null,
    revoked_at  timestamptz,
    answered_at timestamptz
);
create unique index survey_invitations_live on survey_invitations (campaign_id, unit_id) where revoked_at is null;

create table survey_responses (
    id            uuid primary key default gen_random_uuid(),
    campaign_id   uuid not null references survey_campaigns (id),
    project_id    uuid not null references projects (id),
    invitation_id uuid references survey_invitations (id),
    unit_id       uuid references units (id),           -- null when the campaign is anonymous
    building_id   uuid not null references buildings (id),
    channel       text not null check (channel in ('LINK', 'PAPER', 'PHONE')),
    answers       jsonb not null,
    language      text,
    entered_by    uuid references users (id),
    created_at    timestamptz not null
);
-- A link answers once; a unit answers once per campaign (staff entries included).
create unique index survey_responses_invitation on survey_responses (invitation_id) where invitation_id is not null;
-- Which units have answered (even in anonymous campaigns, where the response itself has no unit), how and when.
create table survey_answered_units (
    campaign_id uuid not null references survey_campaigns (id),
    unit_id     uuid not null references units (id),
    channel     text not null,
    answered_at timestamptz not null,
    primary key (campaign_id, unit_id)
);
create index survey_responses_campaign on survey_responses (campaign_id, created_at);

create table survey_comments (
    id            uuid primary key default gen_random_uuid(),
    campaign_id   uuid not null references survey_campaigns (id),
    project_id    uuid not null references projects (id),
    response_id   uuid not null references survey_responses (id),
    question_id   text not null,
    dimension     text,
    kind          text not null check (kind in ('TEXT', 'LOW_RATING')),
    text          text check (length(text) <= 2000),
    score         integer,
    building_id   uuid not null references buildings (id),
    unit_id       uuid references units (id),
    tags          text[] not null default '{}',
    work_order_id uuid references work_orders (id),
    created_at    timestamptz not null,
    version       bigint not null default 0
);
create index survey_comments_campaign on survey_comments (campaign_id, created_at desc, id desc);

-- A work order raised from a comment points back at it.
alter table work_orders add column survey_comment_id uuid references survey_comments (id);
