import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { checkout } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { setSelectedProjectId } from '@/lib/selected-project';
import { mockFetch, type MockRoute } from '@/testing/fetch-mock';
import { setTestLanguage } from '@/testing/render';

const SG = 'b5f1a1e2-0000-4000-8000-000000000002';
const me = (roles: string[]) => ({
  id: '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a10',
  username: 'someone',
  displayName: '王经理',
  roles,
  projects: [{ id: SG, code: 'SG', name: '阳光花园' }],
});
const counts = (byStatus: Record<string, number>, overdue: number) => ({
  total: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
  overdue,
  byStatus: Object.entries(byStatus).map(([key, count]) => ({ key, count })),
});
const campaign = {
  id: 'ca000000-0000-4000-8000-0000000000c1',
  projectId: SG,
  templateId: 'ca000000-0000-4000-8000-0000000000f1',
  templateVersion: 1,
  title: '本季度业主满意度调查',
  opensAt: '2026-11-01T00:00:00Z',
  closesAt: '2026-12-01T00:00:00Z',
  status: 'OPEN',
  anonymous: false,
  buildingIds: [],
  invitationCount: 60,
  responseCount: 30,
  questions: 12,
  createdAt: '2026-11-01T00:00:00Z',
  version: 1,
};

/** The API, with the counts answered by their filters: complaints, one assignee's, or the whole project's. */
function mockApi(roles: string[], campaigns: unknown[] = [campaign]) {
  const routes: MockRoute[] = [
    { path: '/api/v1/me', body: me(roles) },
    { path: '/api/v1/projects', body: { items: [] } },
    { path: '/api/v1/key-checkouts', body: { items: [checkout({ overdue: true }), checkout({ id: 'c4000000-0000-4000-8000-000000000002', overdue: true })] } },
    { path: '/api/v1/survey-campaigns', body: { items: campaigns } },
  ];
  const mock = mockFetch(routes);
  const route = mock.fetchMock.getMockImplementation()!;
  mock.fetchMock.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/work-orders/counts') {
      await route(request);
      const body = url.searchParams.get('type') === 'COMPLAINT'
        ? counts({ NEW: 1, ASSIGNED: 2, CLOSED: 9 }, 1)
        : url.searchParams.has('assigneeId')
          ? counts({ ASSIGNED: 2, IN_PROGRESS: 1 }, 1)
          : counts({ NEW: 4, ASSIGNED: 5, IN_PROGRESS: 3, REOPENED: 1, COMPLETED: 20, CLOSED: 80 }, 6);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    return route(request);
  });
  return mock;
}

describe('Dashboard: to do now', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
    setSelectedProjectId(SG);
    window.history.replaceState(null, '', '/');
  });

  it('shows a manager the open and overdue orders, open complaints, overdue keys and the survey in progress, each a link', async () => {
    const { requests } = mockApi(['MANAGER']);
    render(<App />);
    expect(await screen.findByText('当前待办 · 阳光花园')).toBeInTheDocument();

    const orders = screen.getByTestId('today-orders');
    expect(await within(orders).findByText('13')).toBeInTheDocument();
    expect(within(orders).getByRole('link', { name: /待派单 4/ })).toHaveAttribute('href', '/work-orders?tab=NEW');
    expect(within(orders).getByRole('link', { name: /已超时 6/ })).toHaveAttribute('href', '/work-orders?tab=open&overdue=1');
    const complaints = screen.getByTestId('today-complaints');
    expect(await within(complaints).findByText('3')).toBeInTheDocument();
    expect(within(screen.getByTestId('today-keys')).getByRole('link')).toHaveAttribute('href', '/keys/overdue');
    expect(await within(screen.getByTestId('today-keys')).findByText('2')).toBeInTheDocument();
    const survey = screen.getByTestId('today-survey');
    expect(await within(survey).findByText('已回收 30 / 60 份')).toBeInTheDocument();
    expect(within(survey).getAllByRole('link')[0]).toHaveAttribute('href', `/surveys/campaigns/${campaign.id}`);

    expect(requests.some((request) => request.path === '/api/v1/survey-campaigns' && new URLSearchParams(request.search).get('status') === 'OPEN')).toBe(true);
    const countQueries = requests.filter((request) => request.path === '/api/v1/work-orders/counts').map((request) => new URLSearchParams(request.search));
    expect(countQueries.every((query) => query.get('projectId') === SG)).toBe(true);
  });

  it('tells an agent when no survey is open, and leaves keys to their keepers', async () => {
    mockApi(['AGENT'], []);
    render(<App />);
    const survey = await screen.findByTestId('today-survey');
    expect(await within(survey).findByRole('link', { name: '没有进行中的调查，查看全部' })).toHaveAttribute('href', '/surveys');
    expect(screen.queryByTestId('today-keys')).toBeNull();
  });

  it('shows a technician only their own open orders, and asks nothing about complaints, keys or surveys', async () => {
    const { requests } = mockApi(['TECHNICIAN']);
    render(<App />);
    const orders = await screen.findByTestId('today-orders');
    expect(within(orders).getByText('我的未完成工单')).toBeInTheDocument();
    expect(await within(orders).findByText('3')).toBeInTheDocument();
    expect(within(orders).getAllByRole('link')[0]).toHaveAttribute('href', '/work-orders/mine');
    expect(screen.queryByTestId('today-complaints')).toBeNull();
    expect(screen.queryByTestId('today-keys')).toBeNull();
    expect(screen.queryByTestId('today-survey')).toBeNull();
    const query = new URLSearchParams(requests.find((request) => request.path === '/api/v1/work-orders/counts')?.search);
    expect(query.get('assigneeId')).toBe(me([]).id);
    expect(requests.some((request) => ['/api/v1/key-checkouts', '/api/v1/survey-campaigns'].includes(request.path))).toBe(false);
  });
});
