import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeZoneProvider } from '@/components/TimeZone';
import type { ComplaintWeeklyReport } from '@/features/quality/api/reports';
import { QualityReportsPage } from '@/features/quality/routes/QualityReportsPage';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const PROJECT = '00000000-0000-4000-8000-0000000000a1';
const ORDER = '00000000-0000-4000-8000-0000000000c1';

const weekly: ComplaintWeeklyReport = {
  week: '2026-W06',
  period: { projectId: PROJECT, projectName: '阳光花园', timezone: 'Asia/Shanghai', from: '2026-02-01T16:00:00Z', to: '2026-02-08T16:00:00Z', asOf: '2026-02-08T16:00:00Z' },
  registered: 3,
  completed: 2,
  openAtEnd: 1,
  openByAge: [
    { age: 'LESS_THAN_1_DAY', count: 0 },
    { age: 'DAYS_1_TO_3', count: 0 },
    { age: 'DAYS_3_TO_7', count: 1 },
    { age: 'MORE_THAN_7_DAYS', count: 0 },
  ],
  byDay: ['02', '03', '04', '05', '06', '07', '08'].map((d) => ({ date: `2026-02-${d}`, registered: d === '03' ? 3 : 0, completed: d === '04' ? 2 : 0 })),
  causes: [{ category: 'NOISE', count: 2, completed: 1, notes: ['已与楼上住户沟通'] }],
  repeatUnits: [{ unitId: 'u1', unitLabel: '1-1-101', buildingName: '1栋', complaints: 2, lastAt: '2026-02-05T02:00:00Z', workOrderIds: [ORDER, ORDER.replace('c1', 'c2')] }],
  complaints: [{ id: ORDER, code: 'SG-20260203-0001', title: '楼上夜间噪音', category: 'NOISE', status: 'COMPLETED', createdAt: '2026-02-03T02:00:00Z', unitLabel: '1-1-101', resolution: '已与楼上住户沟通' }],
  open: [{ id: ORDER.replace('c1', 'c2'), code: 'SG-20260205-0002', title: '噪音再次扰民', category: 'NOISE', status: 'IN_PROGRESS', createdAt: '2026-02-05T02:00:00Z', ageDays: 3.6 }],
};

describe('QualityReportsPage (品质报表)', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
    // Tuesday 2026-02-10 in Shanghai: the last complete week is 2026-W06.
    vi.useFakeTimers({ now: new Date('2026-02-10T02:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('asks for the last complete week and shows the figures, the causes with their notes, repeat units and the orders', async () => {
    const { requests } = mockFetch([{ path: '/api/v1/quality/reports/complaints-weekly', body: weekly }]);
    renderWithApp(
      <TimeZoneProvider timeZone="Asia/Shanghai">
        <QualityReportsPage projectId={PROJECT} />
      </TimeZoneProvider>,
    );
    const sheet = await screen.findByTestId('quality-report');
    expect(requests[0]?.search).toBe(`?projectId=${PROJECT}&week=2026-W06`);
    expect(within(sheet).getByText('投诉周报 · 2026-W06')).toBeTruthy();
    expect(within(screen.getByTestId('weekly-registered')).getByRole('link').textContent).toBe('3');
    expect(within(screen.getByTestId('weekly-registered')).getByRole('link').getAttribute('href')).toBe('/work-orders?type=COMPLAINT&from=2026-02-02&to=2026-02-08');
    expect(within(sheet).getAllByText('已与楼上住户沟通').length).toBeGreaterThanOrEqual(2);
    expect(within(sheet).getAllByText('1-1-101', { selector: 'td' }).length).toBe(2);
    expect(within(screen.getByTestId('weekly-complaints')).getByRole('link', { name: 'SG-20260203-0001' }).getAttribute('href')).toBe(`/work-orders/${ORDER}`);
    expect(within(sheet).getByText('3.6')).toBeTruthy();
    expect(screen.getByTestId('report-period').textContent).toContain('02-02 至 02-08');
  });
});
