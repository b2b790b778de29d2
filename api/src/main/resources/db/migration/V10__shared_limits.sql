-- Rate-limit buckets shared by every API instance (Bucket4j's PostgreSQL store: state is its serialized bucket,
-- expires_at in epoch milliseconds, after which a full bucket's row may be deleted).
create table rate_limit_buckets (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_buckets_expires on rate_limit_buckets (expires_at);

-- Failed logins per username and client address: each failure beyond the free ones doubles the wait before the
-- next attempt for that pair only, so an attacker elsewhere (or a neighbour behind the same NAT) locks nobody out.
create table login_failures (
    username        text        not null,
    address         text        not null,
    failures        integer     not null,
    blocked_until   timestamptz not null,
    last_failure_at timestamptz not null,
    primary key (username, address)
);
create index login_failures_last on login_failures (last_failure_at);
