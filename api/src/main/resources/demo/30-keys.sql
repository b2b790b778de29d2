-- Demo keys (钥匙管理) for both projects: two cabinets each (户内钥匙柜 for home keys, 设备房钥匙柜 for the rest),
-- about 150 keys — a home key for every vacant unit (空置房), every unit with a demo repair and some others, each with
-- the owner's deposit (a few expired), equipment-room, common-area and mailbox keys — and a custody history:
-- each repair of a unit with a key had its key checked out to the technician (approved by the manager,
-- issued by the custodian) and returned when the job was done; one key is out and overdue, one is out on time,
-- one was lost (linked to a lock-change order).
--
-- Idempotent: a project is seeded only while it has no key cabinet; ids derive from the project code (md5).
-- The ledger is written in time order through the normal insert path, so the chain trigger numbers and hashes
-- it exactly as it does for the API.

insert into key_cabinets (id, project_id, name, location, slots, created_at)
select md5('steward-demo-cabinet/' || p.code || '/' || c.n)::uuid, p.id, c.name, c.location, c.slots, now() - interval '90 days'
from projects p
cross join (values (1, '户内钥匙柜', '客服中心前台后', 120), (2, '设备房钥匙柜', '工程部值班室', 40)) as c (n, name, location, slots)
where p.code in ('SG', 'JL')
  and not exists (select 1 from key_cabinets x where x.project_id = p.id);

-- Home keys: vacant units, units with a demo repair and about one in ten others (owners who travel), in unit order, slots 1… of the home-key cabinet.
insert into keys (id, project_id, code, type, unit_id, copies, cabinet_id, slot, custodian_id, created_at, updated_at)
select md5('steward-demo-key/' || p.code || '/' || u.rn)::uuid, p.id, p.code || '-K-' || lpad(u.rn::text, 4, '0'), 'UNIT', u.id,
       1 + (u.rn % 3 = 0)::int, md5('steward-demo-cabinet/' || p.code || '/1')::uuid, u.rn,
       (select id from users where username = case p.code when 'SG' then 'custodian' else 'manager' end),
       now() - interval '89 days' + u.rn * interval '7 minutes', now() - interval '89 days' + u.rn * interval '7 minutes'
from projects p
cross join lateral (
    select x.id, row_number() over (order by x.sort_key) as rn
    from units x
    where x.project_id = p.id
      and (x.status = 'VACANT' or exists (select 1 from work_orders w where w.unit_id = x.id and w.type = 'REPAIR')
           or abs(hashtext(x.sort_key)) % 10 = 0)
    order by x.sort_key
    limit 110) u
where p.code in ('SG', 'JL')
  and not exists (select 1 from keys k where k.project_id = p.id);

-- Equipment-room, common-area and mailbox keys in the second cabinet, numbered after the home keys.
insert into keys (id, project_id, code, type, facility, copies, cabinet_id, slot, custodian_id, created_at, updated_at)
select md5('steward-demo-key/' || p.code || '/e' || f.n)::uuid, p.id,
       p.code || '-K-' || lpad((h.n + f.n)::text, 4, '0'), f.type, f.facility, f.copies,
       md5('steward-demo-cabinet/' || p.code || '/2')::uuid, f.n,
       (select id from users where username = case p.code when 'SG' then 'custodian' else 'manager' end),
       now() - interval '88 days' + f.n * interval '5 minutes', now() - interval '88 days' + f.n * interval '5 minutes'
from projects p
cross join lateral (select count(*) as n from keys k where k.project_id = p.id and k.type = 'UNIT') h
cross join (values
    (1, 'EQUIPMENT_ROOM', '高压配电房', 2), (2, 'EQUIPMENT_ROOM', '低压配电房', 2), (3, 'EQUIPMENT_ROOM', '生活水泵房', 2),
    (4, 'EQUIPMENT_ROOM', '消防水泵房', 2), (5, 'EQUIPMENT_ROOM', '消防控制室', 1), (6, 'EQUIPMENT_ROOM', '1栋电梯机房', 1),
    (7, 'EQUIPMENT_ROOM', '2栋电梯机房', 1), (8, 'EQUIPMENT_ROOM', '3栋电梯机房', 1), (9, 'EQUIPMENT_ROOM', '弱电间', 1),
    (10, 'EQUIPMENT_ROOM', '发电机房', 1), (11, 'COMMON_AREA', '天台门', 2), (12, 'COMMON_AREA', '会所活动室', 1),
    (13, 'COMMON_AREA', '地下车库杂物间', 1), (14, 'MAILBOX', '信报箱总钥匙', 1), (15, 'VEHICLE', '巡逻电瓶车', 2),
    (16, 'OTHER', '仓库', 1)) as f (n, type, facility, copies)
where p.code in ('SG', 'JL')
  and not exists (select 1 from keys k where k.project_id = p.id and k.type <> 'UNIT');

-- Owners' deposits (钥匙留存) for every home key: the owner on record; most valid for months, every 25th expired.
insert into key_deposits (id, project_id, key_id, depositor_name, depositor_phone, authorization_ref, valid_until, allowed_roles,
                          allowed_contractor, owner_contact, note, deposited_at, received_by)
select md5('steward-demo-deposit/' || k.id)::uuid, k.project_id, k.id,
       coalesce(r.name, '业主'), coalesce(r.phone, '13700000000'), 'WT-' || replace(k.code, '-K-', '-') ,
       case when k.slot % 25 = 0 then current_date - 3 else current_date + 120 + k.slot end,
       case when k.slot % 10 = 0 then array['MANAGER'] else array['TECHNICIAN', 'MANAGER', 'KEY_CUSTODIAN'] end,
       case when k.slot % 10 = 0 then '安心家政' end,
       coalesce(r.name, '业主') || ' ' || coalesce(r.phone, '13700000000'),
       case when u.status = 'VACANT' then '空置房，业主委托物业保管钥匙' else '业主外出期间委托维修入户' end,
       k.created_at + interval '5 minutes',
       (select id from users where username = case p.code when 'SG' then 'custodian' else 'manager' end)
from keys k
join projects p on p.id = k.project_id
join units u on u.id = k.unit_id
left join lateral (select name, phone from residents x where x.unit_id = u.id and x.relation = 'OWNER' order by x.name limit 1) r on true
where k.type = 'UNIT' and p.code in ('SG', 'JL')
  and not exists (select 1 from key_deposits d where d.key_id = k.id);

-- Loans for the demo repairs: the key went out to the assignee when they went on site and came back when the job
-- was done (unit keys: approved by the manager, for the work order). Only each key's latest finished repair.
insert into key_checkouts (id, project_id, key_id, borrower_user_id, borrower_name, purpose, work_order_id, approved_by, issued_by,
                           checked_out_at, due_at, returned_at, returned_to, condition)
select md5('steward-demo-checkout/' || w.id)::uuid, w.project_id, k.id, w.assignee_id, a.display_name, '入户维修：' || w.title, w.id,
       (select id from users where username = 'manager'),
       (select id from users where username = case p.code when 'SG' then 'custodian' else 'manager' end),
       w.responded_at - interval '20 minutes', w.responded_at + interval '3 hours',
       least(w.completed_at + interval '10 minutes', w.responded_at + interval '3 hours 30 minutes'),
       (select id from users where username = case p.code when 'SG' then 'custodian' else 'manager' end), 'GOOD'
from keys k
join projects p on p.id = k.project_id
join lateral (select * from work_orders x
              where x.unit_id = k.unit_id and x.type = 'REPAIR' and x.responded_at is not null and x.completed_at is not null
                and x.assignee_id is not null
              order by x.created_at desc limit 1) w on true
join users a on a.id = w.assignee_id
where k.type = 'UNIT' and p.code in ('SG', 'JL')
  and not exists (select 1 from key_checkouts c where c.project_id = k.project_id);

-- Now: the SG water-pump room key is out and overdue (due two hours ago), the SG roof key is out on time, and the
-- SG generator-room key was lost last week (its lock change is a DOOR_LOCK work order).
insert into key_checkouts (id, project_id, key_id, borrower_user_id, borrower_name, purpose, approved_by, issued_by, checked_out_at,
                           due_at)
select md5('steward-demo-checkout/' || k.code)::uuid, k.project_id, k.id, b.id, b.display_name, o.purpose,
       (select id from users where username = 'manager'), (select id from users where username = 'custodian'),
       now() - o.out_for, now() - o.out_for + o.loan
from (values ('SG-%', '生活水泵房', 'tech1', '水泵例行保养', interval '10 hours', interval '8 hours'),
             ('SG-%', '天台门', 'tech2', '天台排水沟清理', interval '1 hour', interval '4 hours')) as o (pattern, facility, borrower, purpose, out_for, loan)
join keys k on k.facility = o.facility and k.code like o.pattern
join users b on b.username = o.borrower
where not exists (select 1 from key_checkouts c where c.key_id = k.id and c.returned_at is null)
  and not exists (select 1 from key_events e where e.key_id = k.id);
update keys set status = 'CHECKED_OUT'
where id in (select key_id from key_checkouts where returned_at is null) and status = 'AVAILABLE';
update keys k set status = 'LOST',
       lock_change_work_order_id = (select w.id from work_orders w where w.project_id = k.project_id and w.category = 'DOOR_LOCK'
                                    order by w.created_at desc limit 1)
where k.facility = '发电机房' and k.code like 'SG-%' and k.status = 'AVAILABLE'
  and not exists (select 1 from key_events e where e.key_id = k.id);

-- The ledger, in time order, for every demo key that has none yet.
insert into key_events (id, project_id, key_id, type, actor_id, at, checkout_id, note, details, prev_hash, hash, seq)
select md5('steward-demo-key-event/' || e.key_id || '/' || e.type || '/' || coalesce(e.checkout_id::text, ''))::uuid,
       e.project_id, e.key_id, e.type, e.actor_id, e.at, e.checkout_id, e.note, e.details, '', '', 0
from (
    select k.project_id, k.id as key_id, 'REGISTERED' as type, k.custodian_id as actor_id, k.created_at as at, null::uuid as checkout_id,
           null as note, jsonb_build_object('code', k.code, 'type', k.type, 'label', coalesce(u.label, k.facility),
                                            'slot', c.name || '#' || k.slot) as details
    from keys k left join units u on u.id = k.unit_id join key_cabinets c on c.id = k.cabinet_id
    union all
    select d.project_id, d.key_id, 'DEPOSITED', d.received_by, d.deposited_at, null, d.note,
           jsonb_strip_nulls(jsonb_build_object('authorizationRef', d.authorization_ref, 'validUntil', d.valid_until::text,
                                                'depositor', d.depositor_name, 'allowedRoles', array_to_string(d.allowed_roles, ','),
                                                'allowedContractor', d.allowed_contractor))
    from key_deposits d
    union all
    select c.project_id, c.key_id, 'CHECKED_OUT', c.issued_by, c.checked_out_at, c.id, null,
           jsonb_strip_nulls(jsonb_build_object('borrower', c.borrower_name, 'purpose', c.purpose,
                                                'dueAt', to_char(c.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                                'approvedBy', ap.display_name, 'workOrder', w.code))
    from key_checkouts c join users ap on ap.id = c.approved_by left join work_orders w on w.id = c.work_order_id
    union all
    select c.project_id, c.key_id, 'RETURNED', c.returned_to, c.returned_at, c.id, null,
           jsonb_build_object('condition', c.condition, 'borrower', c.borrower_name, 'late', (c.returned_at > c.due_at)::text)
    from key_checkouts c where c.returned_at is not null
    union all
    select k.project_id, k.id, 'REPORTED_LOST', (select id from users where username = 'custodian'), now() - interval '6 days', null,
           '夜间巡检后钥匙未归还，值班人员找不到', jsonb_build_object('lockChangeWorkOrder', w.code)
    from keys k left join work_orders w on w.id = k.lock_change_work_order_id
    where k.status = 'LOST'
) e
join projects p on p.id = e.project_id
where p.code in ('SG', 'JL')
  and not exists (select 1 from key_events x where x.key_id = e.key_id)
order by e.at, e.type;
