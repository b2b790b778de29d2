-- Demo work orders: about 200 orders over the last 90 days (SG 阳光花园 120, JL 翠湖苑 80), every type and
-- status, each with a timeline that tells its history (CREATED, ASSIGNED, STARTED, HELD, COMPLETED,
-- RETURN_VISIT_ATTEMPTED, RETURN_VISITED, CANCELLED, COMMENTED).
--
-- One statement (data-modifying CTEs), so it is all or nothing. Idempotent: a project is seeded only while it
-- has no work order at all, and every id is derived from the project code and a number (md5), with
-- ON CONFLICT DO NOTHING on top: timeline rows are only written for the orders this run inserted. A restart
-- therefore adds nothing. The per-day code counters are raised to the highest seeded number of each day, so
-- an order registered later on a seeded day takes the next number.
--
-- Consistency with the API's rules: codes PROJECT-YYYYMMDD-NNNN by the project's local day: due dates from
-- the default SlaPolicy (repairs/rectifications by priority, other types end of day / 3 days), return visit
-- due at the end of the next weekday after completion: registered by agent (SG) / agent2 (JL) — the 首问责任人,
-- assigned to tech1/tech2 (SG) or tech3 (JL), every time is in the past and follows its predecessor.
-- Every 12th order is a repair of the same unit and category as an order closed about 1–3 days before it
-- (reworkOf set). Reopened orders come from an unsatisfied return visit (1–2 stars).
-- Repairs of SG units use building 4 (the last units in sort order) and JL repairs skip the first units, so
-- the integration tests' own repairs on the first units are not linked to a demo order as rework.
with tpl (tid, type, category, common, priority, title, description, location, resolution) as (values
    (1,  'REPAIR', 'PLUMBING', false, 'HIGH', '厨房水管漏水', '厨房水槽下方水管接口漏水，地面有积水。', null, '更换水管接头和密封圈，试水无渗漏。'),
    (2,  'REPAIR', 'PLUMBING', false, 'NORMAL', '卫生间下水道堵塞', '卫生间地漏排水很慢，有异味。', null, '疏通地漏及下水管，清理毛发杂物。'),
    (3,  'REPAIR', 'PLUMBING', false, 'NORMAL', '马桶水箱一直漏水', '马桶水箱进水阀关不住，一直有流水声。', null, '更换水箱进水阀。'),
    (4,  'REPAIR', 'ELECTRICAL', true, 'NORMAL', '楼道灯不亮', '楼道声控灯不亮，晚上出行不便。', '{b}栋{f}楼楼道', '更换声控开关及灯泡。'),
    (5,  'REPAIR', 'ELECTRICAL', false, 'HIGH', '家中频繁跳闸', '厨房用电器一开就跳闸。', null, '排查为插座受潮短路，更换插座并做防潮处理。'),
    (6,  'REPAIR', 'ELEVATOR', true, 'HIGH', '电梯异响', '电梯运行时有明显异响，业主担心安全。', '{b}栋1号电梯', '联系维保单位调整导靴并加注润滑油，运行正常。'),
    (7,  'REPAIR', 'ELEVATOR', true, 'URGENT', '电梯困人', '电梯停在两层之间，轿厢内有人被困。', '{b}栋2号电梯', '到场解救被困人员，维保单位检修门机后恢复运行。'),
    (8,  'REPAIR', 'DOOR_LOCK', true, 'NORMAL', '门禁卡失灵', '单元门禁刷卡无反应，无法进门。', '{b}栋单元门', '重新写卡并更换门禁读卡器。'),
    (9,  'REPAIR', 'DOOR_LOCK', true, 'LOW', '单元门闭门器损坏', '单元门关不严，闭门器漏油。', '{b}栋单元门', '更换闭门器。'),
    (10, 'REPAIR', 'CIVIL', false, 'NORMAL', '墙面渗水', '卧室外墙一侧墙面渗水发霉。', null, '外墙打胶封堵裂缝，室内墙面待干燥后修补。'),
    (11, 'REPAIR', 'CIVIL', false, 'LOW', '天花板掉皮', '卫生间天花板涂料起皮脱落。', null, '铲除起皮部分，重新刷防水涂料。'),
    (12, 'REPAIR', 'LANDSCAPING', true, 'LOW', '绿化修剪', '楼下灌木过高遮挡一楼窗户采光。', '{b}栋南侧绿化带', '已修剪灌木并清运枝叶。'),
    (13, 'REPAIR', 'SECURITY', true, 'HIGH', '监控摄像头故障', '车库入口监控画面黑屏。', '地下车库入口', '更换摄像头电源适配器，画面恢复。'),
    (14, 'REPAIR', 'PARKING', true, 'HIGH', '道闸不抬杆', '车库出口道闸识别车牌后不抬杆。', '地下车库出口', '重启道闸控制器并校准车牌识别。'),
    (15, 'REPAIR', 'CLEANING', true, 'LOW', '垃圾桶破损', '楼下分类垃圾桶桶盖破损。', '{b}栋垃圾投放点', '更换新垃圾桶。'),
    (16, 'REPAIR', 'ELECTRICAL', false, 'NORMAL', '客厅插座没电', '客厅一排插座都没有电。', null, '更换烧坏的插座面板并紧固接线。'),
    (17, 'COMPLAINT', 'NOISE', false, 'HIGH', '夜间噪音扰民', '楼上住户夜间十一点后仍有拖动家具的噪音。', null, '上门与楼上住户沟通，已承诺夜间注意。'),
    (18, 'COMPLAINT', 'PARKING', true, 'NORMAL', '车位被占', '自有车位被外来车辆长期占用。', '地下车库', '联系车主挪车，并加装车位锁。'),
    (19, 'COMPLAINT', 'CLEANING', true, 'NORMAL', '垃圾未清运', '垃圾投放点垃圾两天未清运，气味很大。', '{b}栋垃圾投放点', '督促保洁单位当日清运，调整清运频次。'),
    (20, 'COMPLAINT', 'SECURITY', true, 'NORMAL', '保安服务态度差', '业主反映门岗保安对访客态度生硬。', '小区南门岗', '已约谈当班保安并组织服务礼仪培训。'),
    (21, 'COMPLAINT', 'OTHER', false, 'HIGH', '报修迟迟未处理', '上周报修的问题至今没人上门。', null, '致歉并安排当日上门处理完毕。'),
    (22, 'COMPLAINT', 'NOISE', true, 'NORMAL', '装修噪音超时', '邻居周末中午装修电钻声不断。', '{b}栋', '告知装修规定时段，装修方已整改。'),
    (23, 'INQUIRY', 'OTHER', false, 'LOW', '物业费缴纳方式咨询', '业主询问物业费能否线上缴纳。', null, '已告知微信公众号缴费流程。'),
    (24, 'INQUIRY', 'CIVIL', false, 'NORMAL', '装修申请流程咨询', '业主准备装修，询问需要办理的手续。', null, '已说明装修申请材料及押金规定。'),
    (25, 'INQUIRY', 'PARKING', true, 'LOW', '停车月卡办理咨询', '询问停车月卡价格和办理方式。', '物业服务中心', '已告知月卡价格及办理所需材料。'),
    (26, 'INQUIRY', 'DOOR_LOCK', false, 'LOW', '补办门禁卡咨询', '门禁卡丢失，询问如何补办。', null, '已告知携带身份证到服务中心补办。'),
    (27, 'SUGGESTION', 'PARKING', true, 'LOW', '建议增加充电桩', '新能源车越来越多，建议车库增加充电桩。', '地下车库', '已汇总上报，纳入明年改造计划。'),
    (28, 'SUGGESTION', 'LANDSCAPING', true, 'LOW', '建议增设儿童游乐设施', '小区儿童较多，建议在中心花园增设滑梯。', '中心花园', '已记录并在业主群征集意见。'),
    (29, 'SUGGESTION', 'CLEANING', true, 'LOW', '建议增加垃圾投放点', '投放点离后排楼栋太远。', '{b}栋', '已评估选址，下月增设一处投放点。'),
    (30, 'RECTIFICATION', 'SECURITY', true, 'HIGH', '消防通道堆放杂物', '巡检发现消防通道堆放纸箱和旧家具。', '{b}栋消防通道', '已清理杂物并张贴禁止堆放提示。'),
    (31, 'RECTIFICATION', 'ELECTRICAL', true, 'NORMAL', '地下车库照明损坏', '巡检发现车库B区多盏灯不亮。', '地下车库B区', '更换LED灯管12支。'),
    (32, 'RECTIFICATION', 'LANDSCAPING', true, 'LOW', '绿化带枯死补种', '巡检发现绿化带多处苗木枯死。', '{b}栋北侧绿化带', '已补种苗木并加强浇灌。'),
    (33, 'RECTIFICATION', 'CIVIL', true, 'NORMAL', '屋面防水层破损', '巡检发现屋面防水卷材起鼓破损。', '{b}栋屋面', '局部切割重铺防水卷材，闭水试验合格。')
),
units_ranked as (
    select u.project_id, u.id, u.label, row_number() over (partition by u.project_id order by u.sort_key) as rk,
           count(*) over (partition by u.project_id) as cnt
    from units u
),
proj as (
    select p.id as project_id, p.code, p.timezone, case p.code when 'SG' then 120 else 80 end as total,
           case p.code when 'SG' then 4 else 3 end as buildings,
           case p.code when 'SG' then 250 else 5 end as repair_unit_floor,
           (select id from users where username = case p.code when 'SG' then 'agent' else 'agent2' end) as agent_id,
           (select id from users where username = 'manager') as manager_id,
           (select id from users where username = 'tech1') as tech1_id,
           (select id from users where username = 'tech2') as tech2_id,
           (select id from users where username = 'tech3') as tech3_id
    from projects p
    where p.code in ('SG', 'JL')
      and not exists (select 1 from work_orders w where w.project_id = p.id)
),
base as (
    select pr.*, n,
           -- the newest orders include open complaints of every age bucket for the daily review board
           case when n in (pr.total, pr.total - 2, pr.total - 5) then 'complaint'
                when n % 12 = 0 then 'child' when n % 12 = 9 then 'parent' else 'plain' end as role,
           -- the order whose template and unit a rework pair shares
           case when n % 12 = 0 then n - 3 else n end as pair_n,
           date_trunc('second', now() - ((pr.total - n) * interval '89 days' / pr.total
               + (20 + abs(hashtext(pr.code || '/age/' || n)) % 600) * interval '1 minute')) as created_at,
           abs(hashtext(pr.code || '/status/' || n)) % 100 as h_status,
           abs(hashtext(pr.code || '/speed/' || n)) % 100 as h_speed,
           abs(hashtext(pr.code || '/misc/' || n)) % 1000 as h_misc
    from proj pr cross join generate_series(1, pr.total) n
),
picked as (
    select b.*, t.*,
           abs(hashtext(b.code || '/unit/' || b.pair_n)) as h_unit,
           1 + abs(hashtext(b.code || '/building/' || b.n)) % b.buildings as bno
    from base b
    join tpl t on t.tid = case
        -- rework pairs: one of the in-unit repair templates, the same for both
        when b.role in ('parent', 'child') then (array[1, 2, 3, 5, 10, 11, 16])[1 + abs(hashtext(b.code || '/pair/' || b.pair_n)) % 7]
        when b.role = 'complaint' then 17 + abs(hashtext(b.code || '/tpl/' || b.n)) % 6
        else 1 + abs(hashtext(b.code || '/tpl/' || b.n)) % 33 end
),
placed as (
    select pk.*, u.id as unit_id, u.label as unit_label,
           case when pk.common then replace(replace(pk.location, '{b}', pk.bno::text), '{f}', (1 + pk.h_misc % 18)::text) end
               as place
    from picked pk
    left join units_ranked u on not pk.common and u.project_id = pk.project_id
        and u.rk = (case when pk.type = 'REPAIR' then pk.repair_unit_floor else 0 end) + 1
                   + pk.h_unit % (u.cnt - case when pk.type = 'REPAIR' then pk.repair_unit_floor else 0 end)
),
decided as (
    select pl.*,
           extract(epoch from now() - pl.created_at) / 86400.0 as age_days,
           now() - pl.created_at as age,
           case
               when pl.type = 'REPAIR' and pl.tid = 7 then 'URGENT'
               when pl.type = 'REPAIR' and pl.h_misc % 100 < 12 then 'HIGH'
               when pl.type = 'REPAIR' and pl.h_misc % 100 > 92 then 'LOW'
               else pl.priority end as prio,
           case
               when pl.role = 'parent' then 'CLOSED'
               when pl.role = 'complaint' then case pl.n when pl.total then 'NEW' when pl.total - 2 then 'ASSIGNED' else 'IN_PROGRESS' end
               -- complaints stay open longer: the daily review board has something in every age bucket
               when pl.type = 'COMPLAINT' and now() - pl.created_at > interval '1 day' and pl.h_status < 30
                   then (array['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'ASSIGNED', 'IN_PROGRESS'])[1 + pl.h_status % 6]
               when now() - pl.created_at < interval '2 days' then case
                   when pl.h_status < 20 then 'NEW' when pl.h_status < 40 then 'ASSIGNED' when pl.h_status < 60 then 'IN_PROGRESS'
                   when pl.h_status < 68 then 'ON_HOLD' when pl.h_status < 85 then 'COMPLETED' when pl.h_status < 95 then 'CLOSED'
                   else 'CANCELLED' end
               when now() - pl.created_at < interval '10 days' then case
                   when pl.h_status < 3 then 'NEW' when pl.h_status < 8 then 'ASSIGNED' when pl.h_status < 15 then 'IN_PROGRESS'
                   when pl.h_status < 22 then 'ON_HOLD' when pl.h_status < 37 then 'COMPLETED' when pl.h_status < 82 then 'CLOSED'
                   when pl.h_status < 92 then 'REOPENED' else 'CANCELLED' end
               else case
                   when pl.h_status < 2 then 'ASSIGNED' when pl.h_status < 4 then 'IN_PROGRESS' when pl.h_status < 7 then 'ON_HOLD'
                   when pl.h_status < 10 then 'COMPLETED' when pl.h_status < 86 then 'CLOSED' when pl.h_status < 93 then 'REOPENED'
                   else 'CANCELLED' end
           end as status
    from placed pl
),
due as (
    select d.*,
           case when d.type in ('REPAIR', 'RECTIFICATION') then d.created_at + case d.prio
                   when 'URGENT' then interval '15 minutes' when 'HIGH' then interval '30 minutes'
                   when 'NORMAL' then interval '2 hours' else interval '1 day' end
                else ((d.created_at at time zone d.timezone)::date + time '23:59:59') at time zone d.timezone
           end as response_due_at,
           d.created_at + case when d.type in ('REPAIR', 'RECTIFICATION') then case d.prio
                   when 'URGENT' then interval '4 hours' when 'HIGH' then interval '24 hours'
                   when 'NORMAL' then interval '72 hours' else interval '7 days' end
               else interval '3 days' end as resolution_due_at
    from decided d
),
planned as (
    -- Wanted durations from registration: mostly within the SLA, about one in ten late. Every actual time is
    -- least(wanted, a growing fraction of the order's age), so it is in the past and after the one before it.
    select du.*,
           case when du.role = 'parent' then interval '40 minutes'
                else (du.response_due_at - du.created_at) * case when du.h_speed < 10 then 1.8 else 0.2 + (du.h_speed % 7) / 10.0 end
           end as want_response,
           case when du.role = 'parent' then interval '5 hours' else greatest((du.resolution_due_at - du.created_at) * case when du.h_speed >= 88 then 1.4 else 0.15 + (du.h_speed % 6) / 10.0 end,
               (du.response_due_at - du.created_at) * 2 + interval '20 minutes') end as want_resolution,
           case when du.h_misc % 10 = 0 then interval '3 days 2 hours' else interval '1 hour' + (du.h_misc % 20) * interval '1 hour' end
               as want_visit_after
    from due du
),
timed as (
    select pl.*,
           case when pl.status <> 'NEW' and not (pl.status = 'CANCELLED' and pl.h_misc % 2 = 0)
                then date_trunc('second', pl.created_at + least(pl.want_response * 0.3, pl.age * 0.1)) end as assigned_at,
           case when pl.status in ('IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CLOSED', 'REOPENED')
                then date_trunc('second', pl.created_at + least(pl.want_response, pl.age * 0.3)) end as started_at,
           case when pl.status = 'ON_HOLD'
                then date_trunc('second', pl.created_at + least(pl.want_response + interval '40 minutes', pl.age * 0.5)) end as held_at,
           case when pl.status in ('COMPLETED', 'CLOSED', 'REOPENED')
                then date_trunc('second', pl.created_at + least(pl.want_resolution, pl.age * 0.6)) end as completed_at,
           case when pl.status = 'COMPLETED' and pl.h_misc % 5 < 2 or pl.status in ('CLOSED', 'REOPENED') and pl.h_misc % 7 = 3
                then date_trunc('second', pl.created_at + least(pl.want_resolution + pl.want_visit_after * 0.5, pl.age * 0.7)) end as attempted_at,
           case when pl.status in ('CLOSED', 'REOPENED')
                then date_trunc('second', pl.created_at + least(pl.want_resolution + pl.want_visit_after, pl.age * 0.8)) end as visited_at,
           case when pl.status = 'CANCELLED'
                then date_trunc('second', pl.created_at + least(pl.want_response * 0.3 + interval '2 hours', pl.age * 0.3)) end as cancelled_at,
           case when pl.status not in ('CLOSED', 'CANCELLED') and (pl.type = 'COMPLAINT' or pl.h_misc % 4 = 1)
                then date_trunc('second', pl.created_at + least(pl.want_response * 0.6, pl.age * 0.2)) end as commented_at,
           case when pl.status = 'CLOSED' then (array[5, 5, 5, 5, 4, 4, 4, 3, 5, 4])[1 + pl.h_speed % 10]
                when pl.status = 'REOPENED' then 1 + pl.h_speed % 2 end as stars,
           case when pl.code = 'SG' then case when pl.h_misc % 5 < 3 then pl.tech1_id else pl.tech2_id end else pl.tech3_id end
               as tech_id
    from planned pl
),
spec as (
    select t.*,
           md5('steward-demo-work-order/' || t.code || '/' || t.n)::uuid as id,
           case when t.role = 'child' then md5('steward-demo-work-order/' || t.code || '/' || (t.n - 3))::uuid end as rework_of,
           (t.created_at at time zone t.timezone)::date as local_day,
           row_number() over (partition by t.project_id, (t.created_at at time zone t.timezone)::date order by t.created_at, t.n)
               as day_number,
           case when t.completed_at is not null then
               (((t.completed_at at time zone t.timezone)::date
                 + case extract(isodow from (t.completed_at at time zone t.timezone)::date) when 5 then 3 when 6 then 2 else 1 end)
                + time '23:59:59') at time zone t.timezone end as visit_due_at,
           coalesce((select r.name from residents r where r.unit_id = t.unit_id order by r.name limit 1),
                    (array['王', '李', '张', '刘', '陈', '杨'])[1 + t.h_misc % 6] || (array['先生', '女士'])[1 + t.h_speed % 2])
               as reporter_name,
           coalesce((select r.phone from residents r where r.unit_id = t.unit_id order by r.name limit 1),
                    '13' || lpad((abs(hashtext(t.code || '/phone/' || t.n)) % 1000000000)::text, 9, '0')) as reporter_phone,
           case when t.type = 'RECTIFICATION' then 'INSPECTION'
                else (array['PHONE', 'PHONE', 'PHONE', 'PHONE', 'FRONT_DESK', 'FRONT_DESK', 'WALK_IN', 'APP', 'APP', 'WECHAT', 'WECHAT'])
                     [1 + t.h_misc % 11] end as channel
    from timed t
),
ins as (
    insert into work_orders (id, project_id, code, unit_id, location, type, category, priority, channel, title, description,
                             reporter_name, reporter_phone, first_responsible_id, assignee_id, status, response_due_at,
                             resolution_due_at, return_visit_due_at, responded_at, completed_at, closed_at, resolution, fee_fen,
                             rework_of, reopen_count, satisfaction, version, created_at, updated_at)
    select s.id, s.project_id, s.code || '-' || to_char(s.local_day, 'YYYYMMDD') || '-' || lpad(s.day_number::text, 4, '0'),
           s.unit_id, s.place, s.type, s.category, s.prio, s.channel,
           s.title, s.description, s.reporter_name, s.reporter_phone, s.agent_id,
           case when s.assigned_at is not null then s.tech_id end,
           s.status, s.response_due_at,
           -- rework gets its own resolution deadline from the reopening return visit, as the service sets it
           case when s.status = 'REOPENED' then s.visited_at + (s.resolution_due_at - s.created_at) else s.resolution_due_at end,
           case when s.status in ('COMPLETED', 'CLOSED') then s.visit_due_at end,
           s.started_at,
           case when s.status in ('COMPLETED', 'CLOSED') then s.completed_at end,
           s.filter_closed,
           case when s.completed_at is not null then s.resolution end,
           case when s.completed_at is not null and s.unit_id is not null and s.type = 'REPAIR' and s.h_misc % 8 = 0
                then 2000 + (s.h_misc % 10) * 1500 end,
           s.rework_of,
           case when s.status = 'REOPENED' then 1 else 0 end,
           s.stars,
           (s.assigned_at is not null)::int + (s.started_at is not null)::int + (s.held_at is not null)::int
               + (s.completed_at is not null)::int + (s.visited_at is not null)::int + (s.cancelled_at is not null)::int,
           s.created_at,
           greatest(s.created_at, s.assigned_at, s.started_at, s.held_at, s.completed_at, s.visited_at, s.cancelled_at)
    from (select sp.*, case when sp.status = 'CLOSED' then sp.visited_at end as filter_closed from spec sp) s
    order by s.project_id, s.created_at
    on conflict do nothing
    returning id
),
events as (
    insert into work_order_events (id, project_id, work_order_id, type, actor_id, at, note, from_status, to_status, changes)
    select md5('steward-demo-event/' || s.id || '/' || e.k)::uuid, s.project_id, s.id, e.type, e.actor_id, e.at, e.note,
           e.from_status, e.to_status, e.changes
    from spec s
    join ins on ins.id = s.id
    cross join lateral (values
        (1, 'CREATED', s.created_at, s.agent_id, null::text, null::text, 'NEW', null::jsonb),
        (2, 'COMMENTED', s.commented_at, s.agent_id,
            case when s.type = 'COMPLAINT' then '已致电业主了解详情，正在协调处理。' else '已电话联系业主确认上门时间。' end,
            null, null, null),
        (3, 'ASSIGNED', s.assigned_at, s.agent_id, null, 'NEW', 'ASSIGNED',
            jsonb_build_array(jsonb_build_object('field', 'assigneeId', 'to', s.tech_id::text))),
        (4, 'STARTED', s.started_at, s.tech_id, '已到现场。', 'ASSIGNED', 'IN_PROGRESS', null),
        (5, 'HELD', s.held_at, s.tech_id, '等待配件到货。', 'IN_PROGRESS', 'ON_HOLD', null),
        (6, 'COMPLETED', s.completed_at, s.tech_id, s.resolution, 'IN_PROGRESS', 'COMPLETED', null),
        (7, 'RETURN_VISIT_ATTEMPTED', s.attempted_at, s.agent_id, '电话回访无人接听，稍后再联系。', null, null, null),
        (8, 'RETURN_VISITED', s.visited_at, s.agent_id,
            case when s.stars >= 4 then '业主对处理结果满意。' when s.stars = 3 then '业主认为基本解决，但上门不够及时。'
                 else '业主反映问题仍未解决，要求返修。' end,
            'COMPLETED', s.status, jsonb_build_array(jsonb_build_object('field', 'satisfaction', 'to', s.stars::text))),
        (9, 'CANCELLED', s.cancelled_at, s.manager_id, '业主来电告知问题已自行解决，撤销工单。',
            case when s.assigned_at is null then 'NEW' else 'ASSIGNED' end, 'CANCELLED', null)
    ) as e (k, type, at, actor_id, note, from_status, to_status, changes)
    where e.at is not null
    order by s.created_at, e.at, e.k
    returning 1
)
insert into work_order_counters (project_id, day, last)
select s.project_id, s.local_day, max(s.day_number)
from spec s
where exists (select 1 from ins where ins.id = s.id)
group by s.project_id, s.local_day
on conflict (project_id, day) do update set last = greatest(work_order_counters.last, excluded.last);
