import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TimeZoneProvider } from '@/components/TimeZone';
import type { QualityOverview } from '@/features/quality/api/get-quality-overview';
import { PortfolioPage } from '@/features/quality/routes/PortfolioPage';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const A = '00000000-0000-4000-8000-0000000000a1';
const B = '00000000-0000-4000-8000-0000000000a2';

const overview: QualityOverview = {
  from: '2026-01-11T16:00:00Z',
  to: '2026-02-10T02:00:00Z',
  groupBy: 'project',
  groups: [
    { projectId: A, key: A, label: '阳光花园', figures: [{ key: 'resolutionOnTimeRate', value: 0.8, numerator: 8, denominator: 10 }] },
    { projectId: B, key: B, label: '翠湖苑', figures: [{ key: 'resolutionOnTimeRate', value: 0.95, numerator: 19, denominator: 20 }] },
  ],
};

describe('PortfolioPage (项目评比)', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('asks for all my projects without listing them (a hundred ids would pass the request line limit) and ranks them', async () => {
    const { requests } = mockFetch([{ path: '/api/v1/quality/overview', body: overview }]);
    renderWithApp(
      <TimeZoneProvider timeZone="Asia/Shanghai">
        <PortfolioPage />
      </TimeZoneProvider>,
    );
    const first = await screen.findByRole('link', { name: '翠湖苑' });
    const search = new URLSearchParams(requests[0]?.search);
    expect(search.has('projectId')).toBe(false);
    expect(search.get('groupBy')).toBe('project');
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('link', { name: '翠湖苑' })).toBe(first);
    expect(within(rows[1]!).getByRole('link', { name: '阳光花园' })).toBeTruthy();
  });
});
