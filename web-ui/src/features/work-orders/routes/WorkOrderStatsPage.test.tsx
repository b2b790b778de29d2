import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, todayIn } from '@/lib/dates';
import { WorkOrderStatsPage } from '@/features/work-orders/routes/WorkOrderStatsPage';
import { PROJECT } from '@/features/work-orders/testing/fixtures';
import { workOrderStats } from '@/features/work-orders/testing/stats';
import { saveToken } from '@/lib/auth-storage';
import { getSelectedProjectId } from '@/lib/selected-project';
import { mockFetch, type RecordedRequest } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

// ECharts draws nothing useful in the test DOM; the options are tested in stats-charts.test.ts.
vi.mock('@/features/work-orders/components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const JL = 'b5f1a1e2-0000-4000-8000-000000000001';
const projects = [
  { id: JL, code: 'JL', name: '翠湖苑', timezone: 'Asia/Shanghai' },
  { id: PROJECT, code: 'SG', name: '阳光花园', timezone: 'Asia/Shanghai' },
];
const ZONE = 'Asia/Shanghai';
// A querySelector: role queries are slow over a page this large.
const chart = (label: string) => document.querySelector(`[role="img"][aria-label="${label}"]`);
const statsQuery = (requests: RecordedRequest[]) => new URLSearchParams(requests.filter((request) => request.path === '/api/v1/work-orders/stats').pop()?.search);

function renderStats(path: string) {
  const fetch = mockFetch([{ path: '/api/v1/work-orders/stats', body: workOrderStats() }]);
  const rendered = renderWithApp([{ path: '/work-orders/stats', element: <WorkOrderStatsPage projects={projects} projectId={PROJECT} timeZone={ZONE} /> }], { path });
  return { ...fetch, ...rendered };
}

describe('WorkOrderStatsPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows the figures of the last 30 days in human units, and puts the project into the URL and the header', async () => {
    const { requests, router } = renderStats('/work-orders/stats');

    await waitFor(() => expect(screen.getByTestId('kpi-responseOnTime')).toHaveTextContent('76.3%'));
    expect(screen.getByTestId('kpi-total')).toHaveTextContent('40');
    expect(screen.getByTestId('kpi-completed')).toHaveTextContent('占总数 72.5%');
    expect(screen.getByTestId('kpi-responseTime')).toHaveTextContent('3 小时 55 分钟');
    expect(screen.getByTestId('kpi-responseTime')).toHaveTextContent('P90 10 小时 56 分钟');
    expect(screen.getByTestId('kpi-resolutionTime')).toHaveTextContent('1 天 11 小时');
    expect(screen.getByTestId('kpi-reworkRate')).toHaveTextContent('20.7%返修 6 张');
    expect(screen.getByTestId('kpi-returnVisitRate')).toHaveTextContent('96.6%');
    expect(screen.getByTestId('kpi-satisfaction')).toHaveTextContent('3.82');
    // Below the 90 % target in red, above it not.
    expect(within(screen.getByTestId('kpi-responseOnTime')).getByText('76.3%').parentElement).toHaveStyle({ color: '#cf1322' });
    expect(within(screen.getByTestId('kpi-resolutionOnTime')).getByText('94.4%').parentElement).not.toHaveStyle({ color: '#cf1322' });

    const row = within(screen.getByTestId('assignee-stats')).getByText('赵师傅').closest('tr');
    expect(row).toHaveTextContent('15.0% (3)');
    expect(row).toHaveTextContent('4 小时 37 分钟');
    expect(chart('每日趋势')).not.toBeNull();
    expect(chart('按类别')).not.toBeNull();

    const query = statsQuery(requests);
    expect(query.get('projectId')).toBe(PROJECT);
    expect(query.get('from')).toBe(`${addDays(todayIn(ZONE, Date.now()), -29)}T00:00:00+08:00`);
    expect(query.has('to')).toBe(false);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('project')).toBe(PROJECT));
    expect(getSelectedProjectId()).toBe(PROJECT);
  });

  it('switches to 7 days, and to a custom range that starts from the dates shown', async () => {
    const { requests, router } = renderStats('/work-orders/stats');
    await screen.findByTestId('stats-kpis');
    const user = userEvent.setup();

    await user.click(screen.getByText('7 天'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('period')).toBe('7d'));
    const today = todayIn(ZONE, Date.now());
    await waitFor(() => expect(statsQuery(requests).get('from')).toBe(`${addDays(today, -6)}T00:00:00+08:00`));

    await user.click(screen.getByText('自定义'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('from')).toBe(addDays(today, -6)));
    expect(new URLSearchParams(router.state.location.search).get('to')).toBe(today);
    await waitFor(() => expect(statsQuery(requests).get('to')).toBe(`${addDays(today, 1)}T00:00:00+08:00`));
    expect(screen.getByText(`${addDays(today, -6)} 至 ${today} 登记的工单`)).toBeInTheDocument();
  });

  it('a custom range from a shared link asks for whole days in the project zone', async () => {
    const { requests } = renderStats(`/work-orders/stats?project=${PROJECT}&period=custom&from=2026-10-01&to=2026-10-31`);
    await screen.findByTestId('stats-kpis');
    const query = statsQuery(requests);
    expect(query.get('from')).toBe('2026-10-01T00:00:00+08:00');
    expect(query.get('to')).toBe('2026-11-01T00:00:00+08:00');
    expect(screen.getByText('2026-10-01 至 2026-10-31 登记的工单')).toBeInTheDocument();
  });

  it('says "no data" instead of drawing empty charts for a period without orders', async () => {
    mockFetch([
      {
        path: '/api/v1/work-orders/stats',
        body: workOrderStats({ total: 0, completed: 0, reworkCount: 0, byStatus: [], byType: [], byCategory: [], byAssignee: [], trend: [], responseOnTimeRate: undefined, meanSatisfaction: undefined }),
      },
    ]);
    renderWithApp(<WorkOrderStatsPage projects={projects} projectId={PROJECT} timeZone={ZONE} />);
    await waitFor(() => expect(screen.getByTestId('kpi-responseOnTime')).toHaveTextContent('—'));
    expect(chart('每日趋势')).toBeNull();
    expect(chart('按类别')).toBeNull();
    expect(screen.getByTestId('chart-trend')).toHaveTextContent('暂无数据');
    expect(screen.getByText('本周期没有已派单的工单')).toBeInTheDocument();
  });
});
