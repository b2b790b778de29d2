-- Demo quality supervision (品质督导): the quality supervisor 吴督导 (`supervisor`) in both projects.
-- Idempotent like the other scripts.

insert into users (username, display_name, phone, password_hash, roles) values
    ('supervisor', '吴督导', '13900000008', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{QUALITY_SUPERVISOR}')
on conflict (username) do nothing;

insert into memberships (user_id, project_id)
select u.id, p.id from users u join projects p on p.code in ('SG', 'JL') where u.username = 'supervisor'
on conflict do nothing;
