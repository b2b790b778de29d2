-- Demo property: two projects, 7 buildings, 428 units, residents and one user per role.
-- Every statement is idempotent (ON CONFLICT / NOT EXISTS), so restarts do not duplicate anything.
-- All demo users have the password "steward-demo" (DEMO ONLY).

insert into projects (code, name, timezone, address) values
    ('SG', '阳光花园', 'Asia/Shanghai', '上海市浦东新区阳光路 88 号'),
    ('JL', '翠湖苑', 'Asia/Shanghai', '杭州市西湖区翠湖路 16 号')
on conflict (code) do nothing;

insert into buildings (project_id, code, name, floors)
select p.id, g::text, g::text || '栋', case p.code when 'SG' then 20 else 18 end
from projects p cross join generate_series(1, 4) g
where p.code = 'SG' or (p.code = 'JL' and g <= 3)
on conflict (project_id, code) do nothing;

insert into units (project_id, building_id, number, label, sort_key, floor, area_m2, status)
select b.project_id, b.id,
       f::text || lpad(r::text, 2, '0'),
       b.code || '-' || f::text || lpad(r::text, 2, '0'),
       lpad(b.code, 10, '0') || '-' || lpad(f::text || lpad(r::text, 2, '0'), 10, '0'),
       f,
       case when r % 2 = 1 then 89.50 else 126.00 end,
       case when (f * 7 + r * 3 + b.code::int) % 12 = 0 then 'VACANT' else 'OCCUPIED' end
from buildings b
join projects p on p.id = b.project_id
cross join generate_series(1, b.floors) f
cross join generate_series(1, case p.code when 'SG' then 4 else 2 end) r
where p.code in ('SG', 'JL')
on conflict (building_id, number) do nothing;

insert into residents (project_id, unit_id, name, phone, relation)
select u.project_id, u.id,
       (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙'])[1 + abs(hashtext(p.code || u.label || k)) % 12]
         || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明'])[1 + abs(hashtext(u.label || k || p.code)) % 16],
       '13' || lpad((abs(hashtext(p.code || u.label || 'phone' || k)) % 1000000000)::text, 9, '0'),
       case when k = 2 then 'FAMILY' when (u.floor + length(u.number)) % 5 = 0 then 'TENANT' else 'OWNER' end
from units u
join projects p on p.id = u.project_id
cross join generate_series(1, case when u.floor % 3 = 0 then 2 else 1 end) k
where p.code in ('SG', 'JL') and u.status = 'OCCUPIED'
  and not exists (select 1 from residents r where r.project_id = u.project_id and r.unit_id = u.id);

insert into users (username, display_name, phone, password_hash, roles) values
    ('admin',       '系统管理员', null,          '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{ADMIN}'),
    ('manager',     '张经理',     '13900000001', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{MANAGER}'),
    ('agent',       '李客服',     '13900000002', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{AGENT}'),
    ('agent2',      '王客服',     '13900000003', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{AGENT}'),
    ('tech1',       '赵师傅',     '13900000004', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{TECHNICIAN}'),
    ('tech2',       '钱师傅',     '13900000005', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{TECHNICIAN}'),
    ('tech3',       '周师傅',     '13900000007', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{TECHNICIAN}'),
    ('custodian',   '孙保管',     '13900000006', '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{KEY_CUSTODIAN}'),
    ('integration', '集成账号',   null,          '{bcrypt}$2a$10$m4inSk8NWO0D2WGjX/8dzOB5EWdISXBudi.RcExm9sL3yaBvHgB4C', '{INTEGRATION}')
on conflict (username) do nothing;

insert into memberships (user_id, project_id)
select u.id, p.id
from users u
join projects p on (u.username, p.code) in (
    ('manager', 'SG'), ('manager', 'JL'), ('agent', 'SG'), ('agent2', 'JL'), ('tech1', 'SG'), ('tech2', 'SG'), ('tech3', 'JL'),
    ('custodian', 'SG'), ('integration', 'SG'), ('integration', 'JL'))
on conflict do nothing;
