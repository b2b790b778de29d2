-- The quality picture's story (docs/quality.md "Demo story"): SG 阳光花园 improves (better survey, better inspections —
-- see 40-surveys.sql and 50-inspections.sql), JL 翠湖苑 slips: complaints pile up in building 2 this week, building 2's
-- survey index falls between JL's last two campaigns, and its rectifications run late (50-inspections.sql). The
-- warnings (GET /quality/warnings) find all three.
--
-- Idempotent: ids are md5 of fixed names; orders and their CREATED events are written only for the orders this run
-- inserts, campaigns and their answers only while the campaign has no response.

-- Six complaints about building 2 of JL in the last 30 hours (all still open: they also fill the daily review).
with proj as (
    select p.id as project_id, p.code, p.timezone, (select id from users where username = 'agent2') as agent_id
    from projects p where p.code = 'JL'
), spec as (
    select md5('steward-demo-quality/JL/complaint/' || k)::uuid as id, pr.project_id, pr.agent_id, k,
           date_trunc('second', now() - make_interval(hours => 5 * k)) as created_at, u.id as unit_id, pr.code, pr.timezone,
           (array['楼上深夜噪音扰民', '楼道堆放杂物无人清理', '地下车库漏水滴到车上', '电梯频繁停运', '单元门禁坏了一周没人修',
                  '垃圾桶满溢有异味'])[k] as title
    from proj pr
    cross join generate_series(1, 6) k
    join lateral (select u.id from units u join buildings b on b.id = u.building_id
                  where u.project_id = pr.project_id and b.code = '2' and u.status = 'OCCUPIED'
                  order by u.sort_key offset 10 + k * 3 limit 1) u on true
), ins as (
    insert into work_orders (id, project_id, code, unit_id, type, category, priority, channel, title, description, reporter_name,
                             reporter_phone, first_responsible_id, status, response_due_at, resolution_due_at, created_at, updated_at)
    select s.id, s.project_id,
           s.code || '-' || to_char(s.created_at at time zone s.timezone, 'YYYYMMDD') || '-' || (9000 + s.k)::text,
           s.unit_id, 'COMPLAINT', 'OTHER', 'HIGH', 'PHONE', s.title, s.title || '，多次反映未解决，要求尽快处理。', '业主',
           '139' || lpad((abs(hashtext(s.id::text)) % 100000000)::text, 8, '0'), s.agent_id, 'NEW',
           ((s.created_at at time zone s.timezone)::date + 1)::timestamp at time zone s.timezone - interval '1 second',
           s.created_at + interval '3 days', s.created_at, s.created_at
    from spec s
    on conflict do nothing
    returning id, project_id, created_at, first_responsible_id
), events as (
    insert into work_order_events (id, project_id, work_order_id, type, actor_id, at, to_status)
    select md5('steward-demo-event/' || i.id || '/1')::uuid, i.project_id, i.id, 'CREATED', i.first_responsible_id, i.created_at, 'NEW'
    from ins i
    returning 1
)
insert into work_order_counters (project_id, day, last)
select s.project_id, (s.created_at at time zone s.timezone)::date, 9000 + max(s.k)
from spec s join ins on ins.id = s.id
group by 1, 2
on conflict (project_id, day) do update set last = greatest(work_order_counters.last, excluded.last);

-- JL's last two campaigns, both closed: two quarters ago and last quarter. Buildings 1 and 3 hold steady; building 2
-- falls (mostly 4s, then mostly 3s). The same units answer both times, with the same scores outside building 2.
insert into survey_campaigns (id, project_id, template_id, template_version, title, opens_at, closes_at, status, anonymous,
                              created_by, created_at, opened_at, closed_at)
select md5('steward-demo-quality/JL/survey/' || c.n)::uuid, p.id, md5('steward-demo-survey-template')::uuid, 1, c.title, c.opens,
       c.closes, 'CLOSED', false, u.id, c.opens - interval '3 days', c.opens, c.closes
from projects p
join users u on u.username = 'manager'
cross join (values
    ('earlier', '翠湖苑满意度调查（两季度前）', date_trunc('quarter', now()) - interval '6 months',
     date_trunc('quarter', now()) - interval '3 months' - interval '1 day'),
    ('last', '翠湖苑满意度调查（上季度）', date_trunc('quarter', now()) - interval '3 months',
     date_trunc('quarter', now()) - interval '1 day')) as c (n, title, opens, closes)
where p.code = 'JL'
on conflict (id) do nothing;

with answering as (
    select c.id as campaign_id, c.project_id, c.opens_at, u.id as unit_id, u.building_id, b.code as building,
           c.id = md5('steward-demo-quality/JL/survey/last')::uuid as last,
           ('x' || substr(md5(u.id::text || 'score'), 1, 8))::bit(32)::int & 2147483647 as h
    from survey_campaigns c
    join units u on u.project_id = c.project_id and u.status = 'OCCUPIED'
    join buildings b on b.id = u.building_id
    where c.id in (md5('steward-demo-quality/JL/survey/earlier')::uuid, md5('steward-demo-quality/JL/survey/last')::uuid)
      and not exists (select 1 from survey_responses r where r.campaign_id = c.id)
      and (('x' || substr(md5(u.id::text), 1, 8))::bit(32)::int & 2147483647) % 3 = 0
), scored as (
    select a.*, greatest(1, least(5, case when a.last and a.building = '2' then 3 else 4 end + (a.h % 3) - 1)) as r
    from answering a
), answered_units as (
    insert into survey_answered_units (campaign_id, unit_id, channel, answered_at)
    select s.campaign_id, s.unit_id, 'PAPER', s.opens_at + make_interval(days => 1 + s.h % 20)
    from scored s
    on conflict do nothing
    returning 1
)
insert into survey_responses (id, campaign_id, project_id, unit_id, building_id, channel, answers, entered_by, created_at)
select md5('steward-demo-quality/JL/response/' || s.campaign_id || '/' || s.unit_id)::uuid, s.campaign_id, s.project_id, s.unit_id,
       s.building_id, 'PAPER',
       jsonb_build_object('q1', s.r, 'q2', greatest(1, s.r - (s.h % 2)), 'q3', s.r, 'q4', least(5, s.r + (s.h % 2)), 'q5', s.r,
                          'q6', s.r, 'q7', s.r, 'q8', s.r, 'q9', least(10, s.r * 2 + (s.h % 2))),
       (select id from users where username = 'agent2'), s.opens_at + make_interval(days => 1 + s.h % 20)
from scored s
on conflict (id) do nothing;
