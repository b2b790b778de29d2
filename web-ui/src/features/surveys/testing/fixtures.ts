import type { SurveyResults } from '@/features/surveys/api/get-survey-results';
import type { SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';
import type { SurveyComment } from '@/features/surveys/api/list-survey-comments';
import type { SurveyQuestion, SurveyTemplate } from '@/features/surveys/api/list-survey-templates';

export const PROJECT = 'b5f1a1e2-0000-4000-8000-000000000002';
export const TEMPLATE = 'a1000000-0000-4000-8000-000000000001';
export const CAMPAIGN = 'c1000000-0000-4000-8000-000000000001';
export const PREVIOUS_CAMPAIGN = 'c1000000-0000-4000-8000-000000000000';
export const BUILDING_1 = 'd1000000-0000-4000-8000-000000000001';
export const BUILDING_2 = 'd1000000-0000-4000-8000-000000000002';

const text = (zh: string, en: string) => ({ zh, en });

/** A short questionnaire with every kind of question, and a "why" after a low cleaning rating. */
export const QUESTIONS: SurveyQuestion[] = [
  { id: 'q1', type: 'RATING_5', dimension: 'CLEANING', text: text('您对保洁服务满意吗？', 'How satisfied are you with cleaning?'), required: true },
  {
    id: 'q2',
    type: 'TEXT',
    dimension: 'CLEANING',
    text: text('哪里不满意？', 'What was wrong?'),
    required: true,
    showIf: { questionId: 'q1', maxScore: 2 },
  },
  { id: 'q3', type: 'RATING_5', dimension: 'SECURITY', text: text('您对秩序维护满意吗？', 'How satisfied are you with security?'), required: true, weight: 2 },
  { id: 'q4', type: 'NPS', dimension: 'OVERALL', text: text('您愿意向亲友推荐我们吗？', 'Would you recommend us?'), required: true },
  {
    id: 'q5',
    type: 'MULTI_CHOICE',
    text: text('最希望改进哪些方面？', 'What should improve most?'),
    required: false,
    options: [
      { value: 'lift', label: text('电梯', 'Lifts') },
      { value: 'green', label: text('绿化', 'Greenery') },
    ],
  },
  { id: 'q6', type: 'TEXT', text: text('其他意见', 'Anything else'), required: false },
];

export function template(overrides: Partial<SurveyTemplate> = {}): SurveyTemplate {
  return {
    id: TEMPLATE,
    name: '季度满意度调查',
    version: 2,
    questions: QUESTIONS,
    campaignCount: 1,
    createdAt: '2026-08-01T02:00:00Z',
    updatedAt: '2026-09-01T02:00:00Z',
    ...overrides,
  };
}

export function campaign(overrides: Partial<SurveyCampaign> = {}): SurveyCampaign {
  return {
    id: CAMPAIGN,
    projectId: PROJECT,
    templateId: TEMPLATE,
    templateVersion: 2,
    templateName: '季度满意度调查',
    title: '2026 年第 4 季度满意度调查',
    opensAt: '2026-11-01T00:00:00+08:00',
    closesAt: '2026-11-30T23:59:00+08:00',
    status: 'OPEN',
    anonymous: false,
    buildingIds: [],
    invitationCount: 4,
    responseCount: 1,
    questions: QUESTIONS,
    createdAt: '2026-10-30T02:00:00Z',
    version: 3,
    ...overrides,
  };
}

export function results(overrides: Partial<SurveyResults> = {}): SurveyResults {
  return {
    campaignId: CAMPAIGN,
    invitationCount: 120,
    responseCount: 48,
    responseRate: 0.4,
    satisfactionIndex: 82.5,
    nps: { score: 25, answerCount: 48, promoters: 20, passives: 20, detractors: 8 },
    dimensions: [
      { dimension: 'CLEANING', index: 75, answerCount: 48, weight: 1, change: -5 },
      { dimension: 'SECURITY', index: 90, answerCount: 48, weight: 2, change: 2.5 },
      { dimension: 'PARKING', answerCount: 0 },
    ],
    questions: [
      {
        questionId: 'q1',
        type: 'RATING_5',
        dimension: 'CLEANING',
        text: QUESTIONS[0]!.text,
        answerCount: 48,
        mean: 4,
        distribution: [
          { value: '1', count: 2 },
          { value: '2', count: 4 },
          { value: '3', count: 6 },
          { value: '4', count: 12 },
          { value: '5', count: 24 },
        ],
      },
      {
        questionId: 'q5',
        type: 'MULTI_CHOICE',
        text: QUESTIONS[4]!.text,
        answerCount: 30,
        distribution: [
          { value: 'lift', count: 18 },
          { value: 'green', count: 12 },
        ],
      },
    ],
    buildings: [
      {
        buildingId: BUILDING_1,
        buildingName: '1号楼',
        invitationCount: 60,
        responseCount: 30,
        responseRate: 0.5,
        satisfactionIndex: 88.2,
        dimensions: [
          { dimension: 'CLEANING', index: 80, answerCount: 30 },
          { dimension: 'SECURITY', index: 95.5, answerCount: 30 },
        ],
      },
      {
        buildingId: BUILDING_2,
        buildingName: '2号楼',
        invitationCount: 60,
        responseCount: 18,
        responseRate: 0.3,
        satisfactionIndex: 71.4,
        dimensions: [
          { dimension: 'CLEANING', index: 62.5, answerCount: 18 },
          { dimension: 'SECURITY', index: 81.3, answerCount: 18 },
        ],
      },
    ],
    previous: {
      campaignId: PREVIOUS_CAMPAIGN,
      title: '2026 年第 3 季度满意度调查',
      closedAt: '2026-09-30T16:00:00Z',
      responseCount: 120,
      responseRate: 0.35,
      satisfactionIndex: 79.3,
      nps: 18,
      satisfactionIndexChange: 3.2,
      npsChange: 7,
      responseRateChange: 0.05,
    },
    ...overrides,
  };
}

export function comment(overrides: Partial<SurveyComment> = {}): SurveyComment {
  return {
    id: 'e1000000-0000-4000-8000-000000000001',
    campaignId: CAMPAIGN,
    questionId: 'q2',
    dimension: 'CLEANING',
    kind: 'TEXT',
    text: '楼道垃圾经常过夜才清理',
    score: 2,
    buildingId: BUILDING_1,
    buildingName: '1号楼',
    unitId: 'f1000000-0000-4000-8000-000000001201',
    unitLabel: '1-1201',
    tags: ['垃圾清运'],
    createdAt: '2026-11-05T02:00:00Z',
    version: 3,
    ...overrides,
  };
}
