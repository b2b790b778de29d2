-- Demo satisfaction surveys: the default template (zh/en, every dimension, an NPS question, a "why" question shown
-- after a low overall rating, a priority choice and an open comment), SG's campaign of last quarter (closed, about
-- 120 responses) and this quarter's (open, a few dozen so far), with their opinion library.
--
-- Idempotent: the template and campaigns have fixed ids and are written only while absent; the rest only for a
-- campaign that has no invitation yet. Answers are derived from md5 of the unit and question, so every install sees
-- the same figures; this quarter's scores are a little better than last quarter's (the trend shows it).

insert into survey_templates (id, name, current_version, created_by, created_at, updated_at)
select md5('steward-demo-survey-template')::uuid, '业主满意度调查（标准版）', 1, u.id, now() - interval '200 days', now() - interval '200 days'
from users u where u.username = 'manager'
on conflict (id) do nothing;

insert into survey_template_versions (template_id, version, name, questions, created_at)
values (md5('steward-demo-survey-template')::uuid, 1, '业主满意度调查（标准版）', '[
  {"id": "q1", "type": "RATING_5", "dimension": "CUSTOMER_SERVICE", "required": true,
   "text": {"zh": "您对客服中心的服务态度和办事效率满意吗？", "en": "How satisfied are you with the service centre''s attitude and efficiency?"}},
  {"id": "q2", "type": "RATING_5", "dimension": "ENGINEERING", "required": true,
   "text": {"zh": "您对报修的上门速度和维修质量满意吗？", "en": "How satisfied are you with repair response times and quality?"}},
  {"id": "q3", "type": "RATING_5", "dimension": "CLEANING", "required": true,
   "text": {"zh": "您对楼道、电梯和公共区域的保洁满意吗？", "en": "How satisfied are you with the cleaning of corridors, lifts and common areas?"}},
  {"id": "q4", "type": "RATING_5", "dimension": "LANDSCAPING", "required": true,
   "text": {"zh": "您对小区绿化养护满意吗？", "en": "How satisfied are you with the landscaping?"}},
  {"id": "q5", "type": "RATING_5", "dimension": "SECURITY", "required": true,
   "text": {"zh": "您对门岗、巡逻等秩序维护满意吗？", "en": "How satisfied are you with security (gates, patrols)?"}},
  {"id": "q6", "type": "RATING_5", "dimension": "PARKING", "required": true,
   "text": {"zh": "您对停车管理满意吗？", "en": "How satisfied are you with parking management?"}},
  {"id": "q7", "type": "RATING_5", "dimension": "COMMUNITY", "required": true,
   "text": {"zh": "您对社区文化活动满意吗？", "en": "How satisfied are you with community activities?"}},
  {"id": "q8", "type": "RATING_5", "dimension": "OVERALL", "required": true,
   "text": {"zh": "总体而言，您对物业服务满意吗？", "en": "Overall, how satisfied are you with the property services?"}},
  {"id": "q9", "type": "NPS", "dimension": "OVERALL", "required": true,
   "text": {"zh": "您有多大可能向亲友推荐我们的物业服务？（0–10 分）", "en": "How likely are you to recommend our property services to friends and family? (0–10)"}},
  {"id": "q10", "type": "TEXT", "required": false, "showIf": {"questionId": "q8", "maxScore": 2},
   "text": {"zh": "很抱歉让您不满意，请告诉我们原因：", "en": "We are sorry. Please tell us what went wrong:"}},
  {"id": "q11", "type": "SINGLE_CHOICE", "required": false,
   "text": {"zh": "您最希望我们优先改进哪一方面？", "en": "What should we improve first?"},
   "options": [{"value": "repair", "label": {"zh": "维修服务", "en": "Repairs"}},
               {"value": "cleaning", "label": {"zh": "环境卫生", "en": "Cleaning"}},
               {"value": "security", "label": {"zh": "安全秩序", "en": "Security"}},
               {"value": "parking", "label": {"zh": "停车管理", "en": "Parking"}},
               {"value": "greening", "label": {"zh": "绿化景观", "en": "Landscaping"}}]},
  {"id": "q12", "type": "TEXT", "required": false,
   "text": {"zh": "其他意见和建议", "en": "Any other comments or suggestions"}}
]'::jsonb, now() - interval '200 days')
on conflict do nothing;

insert into survey_campaigns (id, project_id, template_id, template_version, title, opens_at, closes_at, status, anonymous,
                              created_by, created_at, opened_at, closed_at)
select md5('steward-demo-survey/' || c.n)::uuid, p.id, md5('steward-demo-survey-template')::uuid, 1, c.title, c.opens, c.closes,
       c.status, false, u.id, c.opens - interval '3 days', c.opens, case when c.status = 'CLOSED' then c.closes end
from projects p
join users u on u.username = 'manager'
cross join (values
    ('last', '上季度业主满意度调查', date_trunc('quarter', now()) - interval '3 months', date_trunc('quarter', now()) - interval '1 day', 'CLOSED'),
    ('this', '本季度业主满意度调查', now() - interval '10 days', now() + interval '20 days', 'OPEN')) as c (n, title, opens, closes, status)
where p.code = 'SG'
on conflict (id) do nothing;

-- Who was invited and who answered: last quarter about 120 units (every second one invited, most answered),
-- this quarter 60 invited so far, 30 answered. Scores from md5 of unit and question.
drop table if exists demo_survey_answers;
create temporary table demo_survey_answers as
with units as (
    select c.id as campaign_id, c.project_id, c.opens_at, c.closes_at, c.status, u.id as unit_id, u.building_id,
           row_number() over (partition by c.id order by u.sort_key) as n, c.title
    from survey_campaigns c
    join units u on u.project_id = c.project_id and u.status = 'OCCUPIED'
    where c.id in (md5('steward-demo-survey/last')::uuid, md5('steward-demo-survey/this')::uuid)
      and not exists (select 1 from survey_invitations i where i.campaign_id = c.id)
), invited as (
    select *, case when campaign_id = md5('steward-demo-survey/last')::uuid then n % 2 = 0 and n <= 290 else n <= 60 end as invited,
           case when campaign_id = md5('steward-demo-survey/last')::uuid then n % 2 = 0 and n % 10 <> 0 and n <= 290
                else n <= 60 and n % 2 = 1 end as answered,
           campaign_id = md5('steward-demo-survey/last')::uuid as last
    from units
), scored as (
    select i.*, q.q, ('x' || substr(md5(i.unit_id::text || q.q || i.campaign_id::text), 1, 8))::bit(32)::int & 2147483647 as h
    from invited i cross join (values ('q1'), ('q2'), ('q3'), ('q4'), ('q5'), ('q6'), ('q7'), ('q8'), ('q9'), ('q10'), ('q11'), ('q12')) q (q)
    where i.answered
)
select campaign_id, project_id, unit_id, building_id, n, last, opens_at, closes_at,
       opens_at + ((least(closes_at, now()) - opens_at) * least(0.95, ((n * 37) % 90) / 100.0 + 0.02)) as answered_at,
       case when n % 7 = 0 then 'PAPER' when n % 11 = 0 then 'PHONE' else 'LINK' end as channel,
       jsonb_object_agg(q, case
           when q = 'q9' then to_jsonb(case when h % 100 < (case when last then 18 else 12 end) then h % 7
                                            when h % 100 < 40 then 7 + h % 2 else 9 + h % 2 end)
           when q in ('q10', 'q11', 'q12') then null
           else to_jsonb(case when h % 100 < (case when last then 4 else 2 end) then 1
                              when h % 100 < (case when last then 10 else 6 end) then 2
                              when h % 100 < (case when last then 26 else 18 end) then 3
                              when h % 100 < (case when last then 62 else 55 end) then 4 else 5 end) end)
           filter (where q not in ('q10', 'q11', 'q12')) as answers,
       max(h) filter (where q = 'q11') as h11, max(h) filter (where q = 'q12') as h12, max(h) filter (where q = 'q10') as h10
from scored
group by campaign_id, project_id, unit_id, building_id, n, last, opens_at, closes_at;

-- The optional answers: a reason after a low overall rating, a priority for most, an open comment for some.
update demo_survey_answers set answers = answers
    || case when (answers ->> 'q8')::int <= 2 then jsonb_build_object('q10', (array[
           '报修三次都没有修好，师傅态度也不好。', '楼道里经常有垃圾没人清理。', '晚上车库经常被外来车辆占满。',
           '物业费涨了但服务没有变好。'])[1 + h10 % 4]) else '{}'::jsonb end
    || case when h11 % 10 < 8 then jsonb_build_object('q11', (array['repair', 'cleaning', 'security', 'parking', 'greening'])[1 + h11 % 5])
            else '{}'::jsonb end
    || case when h12 % 100 < 25 then jsonb_build_object('q12', (array[
           '希望电梯维保更及时一些。', '绿化很好，感谢园林师傅！', '快递柜太少，能否增加？', '希望多组织一些亲子活动。',
           '夜间巡逻可以再加强。', '地下车库照明太暗。', '保安师傅很热情，点赞。', '垃圾分类指导可以更细致。'])[1 + h12 % 8])
            else '{}'::jsonb end;

insert into survey_invitations (campaign_id, project_id, unit_id, building_id, token_hash, created_at, answered_at)
select i.campaign_id, i.project_id, i.unit_id, i.building_id,
       decode(md5('steward-demo-survey-token/' || i.campaign_id || '/' || i.unit_id), 'hex')
           || decode(md5('steward-demo-survey-token/2/' || i.campaign_id || '/' || i.unit_id), 'hex'),
       i.opens_at, case when a.channel = 'LINK' then a.answered_at end
from (select c.id as campaign_id, c.project_id, c.opens_at, u.id as unit_id, u.building_id,
             row_number() over (partition by c.id order by u.sort_key) as n
      from survey_campaigns c join units u on u.project_id = c.project_id and u.status = 'OCCUPIED'
      where c.id in (md5('steward-demo-survey/last')::uuid, md5('steward-demo-survey/this')::uuid)
        and not exists (select 1 from survey_invitations x where x.campaign_id = c.id)) i
left join demo_survey_answers a on a.campaign_id = i.campaign_id and a.unit_id = i.unit_id
where case when i.campaign_id = md5('steward-demo-survey/last')::uuid then i.n % 2 = 0 and i.n <= 290 else i.n <= 60 end;

insert into survey_answered_units (campaign_id, unit_id, channel, answered_at)
select campaign_id, unit_id, channel, answered_at
from demo_survey_answers
on conflict do nothing;

insert into survey_responses (id, campaign_id, project_id, invitation_id, unit_id, building_id, channel, answers, language, entered_by,
                              created_at)
select md5('steward-demo-survey-response/' || a.campaign_id || '/' || a.unit_id)::uuid, a.campaign_id, a.project_id,
       case when s.channel = 'LINK' then i.id end, a.unit_id, a.building_id, s.channel, a.answers,
       case when s.channel = 'LINK' then 'zh-CN' end, case when s.channel <> 'LINK' then (select id from users where username = 'agent') end,
       a.answered_at
from demo_survey_answers a
join survey_answered_units s on s.campaign_id = a.campaign_id and s.unit_id = a.unit_id
join survey_invitations i on i.campaign_id = a.campaign_id and i.unit_id = a.unit_id and i.revoked_at is null
on conflict do nothing;

-- The opinion library, as the API builds it: written answers (the reason carries the overall rating it explains),
-- and ratings of 1–2 that no written answer explains.
insert into survey_comments (campaign_id, project_id, response_id, question_id, dimension, kind, text, score, building_id, unit_id,
                             tags, created_at)
select r.campaign_id, r.project_id, r.id, x.question_id, x.dimension, x.kind, x.text, x.score, r.building_id, r.unit_id,
       case when x.kind = 'TEXT' and x.question_id = 'q10' then array['待回访'] else '{}' end, r.created_at
from survey_responses r
cross join lateral (
    select 'q10' as question_id, 'OVERALL' as dimension, 'TEXT' as kind, r.answers ->> 'q10' as text, (r.answers ->> 'q8')::int as score
    where r.answers ? 'q10'
    union all
    select 'q12', null, 'TEXT', r.answers ->> 'q12', null where r.answers ? 'q12'
    union all
    select q.id, q.dim, 'LOW_RATING', null, (r.answers ->> q.id)::int
    from (values ('q1', 'CUSTOMER_SERVICE'), ('q2', 'ENGINEERING'), ('q3', 'CLEANING'), ('q4', 'LANDSCAPING'), ('q5', 'SECURITY'),
                 ('q6', 'PARKING'), ('q7', 'COMMUNITY'), ('q8', 'OVERALL')) q (id, dim)
    where (r.answers ->> q.id)::int <= 2 and not (q.id = 'q8' and r.answers ? 'q10')
) x
where r.campaign_id in (md5('steward-demo-survey/last')::uuid, md5('steward-demo-survey/this')::uuid)
  and not exists (select 1 from survey_comments m where m.campaign_id = r.campaign_id);

drop table if exists demo_survey_answers;
