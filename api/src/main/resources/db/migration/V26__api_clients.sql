-- API clients (issue 15): service accounts of third-party systems, OAuth 2.0 client credentials.
-- Each client owns a system user (role INTEGRATION, memberships = the client's projects, no password login), so
-- project scope, rate limits, timelines and first-responsibility work for it as for anyone.
create table api_clients (
    id            uuid primary key default gen_random_uuid(),
    user_id       uuid not null unique references users (id),
    name          text not null check (length(name) between 1 and 100),
    scopes        text[] not null,
    created_by    uuid not null references users (id),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    version       bigint not null default 0
);
create index api_clients_created on api_clients (created_at desc, id desc);

-- Secrets are 256 random bits: stored as SHA-256 (hex). expires_at null = the current secret; a rotation sets the
-- previous one's expires_at to the end of its grace period.
create table api_client_secrets (
    id           uuid primary key default gen_random_uuid(),
    client_id    uuid not null references api_clients (id),
    secret_hash  text not null unique,
    prefix       text not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz
);
create index api_client_secrets_client on api_client_secrets (client_id, created_at desc);
-- At most one current secret per client.
create unique index api_client_secrets_current on api_client_secrets (client_id) where expires_at is null;

-- Every change to a client or its secrets is announced as a change of its user's access (platform/AnnouncedCache):
-- each instance drops what it keeps of the client, so revocation, a scope removed or a secret expired early is
-- refused at the next request everywhere.
create trigger api_clients_cache after insert or update of name, scopes, revoked_at or delete on api_clients
    for each row execute function announce_cache_change('access');
create function announce_api_client_secret_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('steward_cache', 'access:' || (select user_id from api_clients
                                                      where id = coalesce(new.client_id, old.client_id))::text);
    return null;
end $$;
create trigger api_client_secrets_cache after insert or update or delete on api_client_secrets
    for each row execute function announce_api_client_secret_change();

-- The order's id in the registering caller's system: a retried synchronisation finds the order instead of doubling it.
alter table work_orders add column external_id text check (length(external_id) between 1 and 100);
create unique index work_orders_external_id on work_orders (first_responsible_id, external_id)
    where external_id is not null;
