import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeZoneProvider } from '@/components/TimeZone';
import type { MonthlyBrief } from '@/features/inspections/api/monthly-brief';
import { MonthlyBriefPage } from '@/features/inspections/routes/MonthlyBriefPage';
import { PROJECT, rectification } from '@/features/inspections/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const OTHER = '00000000-0000-4000-8000-0000000000b2';
const counts = { raised: 4, closed: 2, open: 1, awaitingReinspection: 1, overdue: 1, due: 2, onTime: 1, rectificationRate: 0.5, onTimeRate: 0.5 };
const text = (zh: string) => ({ zh, en: zh });

const brief: MonthlyBrief = {
  month: '2026-10',
  from: '2026-10-01',
  to: '2026-10-31',
  previousMonth: '2026-09',
  asOf: '2026-10-31T16:00:00Z',
  headlineTemplateName: text('客户服务督导评分细则'),
  projects: [
    { projectId: OTHER, projectCode: 'JL', projectName: '翠湖苑', score: 100, grade: 'EXCELLENT', rank: 1, previousScore: 98, scoreDelta: 2, previousRank: 2, rankDelta: 1, inspectionCount: 2, findingCount: 1, templates: [], rectifications: counts, tasks: { due: 0, done: 0, doneLate: 0, missed: 0, open: 0 } },
    { projectId: PROJECT, projectCode: 'SG', projectName: '阳光花园', score: 97.8, grade: 'EXCELLENT', rank: 2, previousScore: 100, scoreDelta: -2.2, previousRank: 1, rankDelta: -1, inspectionCount: 2, findingCount: 3, templates: [], rectifications: counts, tasks: { due: 31, done: 28, doneLate: 1, missed: 4, open: 0 } },
  ],
  topDeductions: [
    { templateId: 't', templateName: text('客户服务督导评分细则'), sectionCode: 'CS-INTERNAL', sectionName: text('内部管理'), itemCode: 'CS-01', itemName: text('制度建设'), checkPointCode: 'CS-01-1', checkPointText: text('有完善的内部管理制度'), count: 2, projectCount: 1, pointsLost: 3.5 },
  ],
  rectifications: counts,
  overdue: [rectification({ overdue: true, status: 'OPEN' })],
  overdueCount: 1,
  tasks: { due: 31, done: 28, doneLate: 1, missed: 4, open: 0 },
};

describe('MonthlyBriefPage (月度简报)', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
    // 2026-11-23 in Shanghai: the last complete month is October.
    vi.useFakeTimers({ now: new Date('2026-11-23T02:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('asks for the last complete month and shows the ranking with its moves, the deductions and what was overdue', async () => {
    const { requests } = mockFetch([{ path: '/api/v1/inspection-reports/monthly', body: brief }]);
    renderWithApp(
      <TimeZoneProvider timeZone="Asia/Shanghai">
        <MonthlyBriefPage projects={[{ id: PROJECT, code: 'SG', name: '阳光花园', timezone: 'Asia/Shanghai' }, { id: OTHER, code: 'JL', name: '翠湖苑', timezone: 'Asia/Shanghai' }]} />
      </TimeZoneProvider>,
    );
    const rows = await screen.findAllByTestId('brief-ranking-row');
    expect(requests[0]?.search).toBe('?month=2026-10');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('brief-score').textContent).toBe('100.0');
    expect(within(rows[0]!).getByTestId('rank-trend').dataset.trend).toBe('up');
    expect(within(rows[1]!).getByTestId('score-trend').dataset.trend).toBe('down');
    expect(within(rows[1]!).getByTestId('score-trend').textContent).toContain('−2.2');
    expect(screen.getByText('2026年10月 品质督导月度简报')).toBeTruthy();
    expect(screen.getAllByTestId('brief-deduction-row')).toHaveLength(1);
    expect(screen.getAllByTestId('brief-overdue-row')).toHaveLength(1);
    expect(screen.getByText('逾期整改 1 项')).toBeTruthy();
    // 应查未查 of the plans' tasks: of those due; a project without plans shows a dash.
    expect(within(rows[1]!).getByTestId('brief-missed').textContent).toBe('4 / 31');
    expect(within(rows[0]!).getByTestId('brief-missed').textContent).toBe('—');
  });
});
