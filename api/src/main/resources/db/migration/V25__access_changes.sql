-- Who may see what is cached by each API instance (ProjectScope); every change to it is announced on the channel
-- steward_access when it commits, so every instance drops what it cached at once. The payload is the user whose
-- access changed, or '*' when a project was added or removed (an ADMIN sees every project).
create function notify_access_change() returns trigger language plpgsql as $$
begin
    if tg_level = 'STATEMENT' then
        perform pg_notify('steward_access', '*');
    elsif tg_table_name = 'users' then
        perform pg_notify('steward_access', coalesce(new.id, old.id)::text);
    else
        perform pg_notify('steward_access', coalesce(new.user_id, old.user_id)::text);
    end if;
    return null;
end $$;

create trigger users_access_notify after insert or update of username, roles, active or delete on users
    for each row execute function notify_access_change();
create trigger memberships_access_notify after insert or update or delete on memberships
    for each row execute function notify_access_change();
create trigger projects_access_notify after insert or delete on projects
    for each statement execute function notify_access_change();
-- A truncate (tests resetting data) changes everyone's access.
create trigger memberships_access_truncate after truncate on memberships
    for each statement execute function notify_access_change();
