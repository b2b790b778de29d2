-- What API instances keep in memory (platform/AnnouncedCache) is dropped when it changes: these triggers announce
-- every change on the channel steward_cache when it commits, as '<topic>:<key>', and every instance drops the entry.
--   access:<user id>     roles, active or memberships of a user changed (ProjectScope); access:* for everyone
--                        (a project added or removed: an ADMIN sees every project; memberships truncated)
--   sla:<project id>     the project's SLA rules or working calendar changed (workorder.SlaSettings)
create function announce_cache_change() returns trigger language plpgsql as $$
begin
    if tg_level = 'STATEMENT' then
        perform pg_notify('steward_cache', tg_argv[0] || ':*');
    elsif tg_argv[0] = 'access' and tg_table_name = 'users' then
        perform pg_notify('steward_cache', 'access:' || coalesce(new.id, old.id)::text);
    elsif tg_argv[0] = 'access' then
        perform pg_notify('steward_cache', 'access:' || coalesce(new.user_id, old.user_id)::text);
    else
        perform pg_notify('steward_cache', tg_argv[0] || ':' || coalesce(new.project_id, old.project_id)::text);
    end if;
    return null;
end $$;

create trigger users_cache after insert or update of username, roles, active or delete on users
    for each row execute function announce_cache_change('access');
create trigger memberships_cache after insert or update or delete on memberships
    for each row execute function announce_cache_change('access');
create trigger memberships_cache_truncate after truncate on memberships
    for each statement execute function announce_cache_change('access');
create trigger projects_cache after insert or delete on projects
    for each statement execute function announce_cache_change('access');

create trigger sla_rules_cache after insert or update or delete on sla_rules
    for each row execute function announce_cache_change('sla');
create trigger calendar_days_cache after insert or update or delete on calendar_days
    for each row execute function announce_cache_change('sla');
create trigger calendar_years_cache after insert or update or delete on calendar_years
    for each row execute function announce_cache_change('sla');
