import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { getToken, saveToken } from '@/lib/auth-storage';
import { mockFetch, problem, type MockRoute } from '@/testing/fetch-mock';
import { setTestLanguage } from '@/testing/render';

const SG = 'b5f1a1e2-0000-4000-8000-000000000002';
const JL = 'b5f1a1e2-0000-4000-8000-000000000001';
const B1 = 'c0000000-0000-4000-8000-000000000001';
const me = {
  id: '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a10',
  username: 'manager',
  displayName: '王经理',
  roles: ['MANAGER'],
  projects: [
    { id: JL, code: 'JL', name: '翠湖苑' },
    { id: SG, code: 'SG', name: '阳光花园' },
  ],
};
const project = (id: string, code: string, name: string, buildingCount: number, unitCount: number) => ({
  id,
  code,
  name,
  timezone: 'Asia/Shanghai',
  buildingCount,
  unitCount,
  version: 0,
  createdAt: '2026-01-05T02:00:00Z',
});
const unit = (number: string) => ({
  id: `d0000000-0000-4000-8000-00000000${number.padStart(4, '0')}`,
  projectId: SG,
  buildingId: B1,
  buildingCode: '1',
  number,
  label: `1-${number}`,
  floor: Number(number.slice(0, -2)),
  status: 'OCCUPIED',
  residentCount: 1,
  version: 0,
});

const api: MockRoute[] = [
  { method: 'POST', path: '/api/v1/auth/token', body: { accessToken: 'token-1', tokenType: 'Bearer', expiresIn: 900 } },
  { path: '/api/v1/me', body: me },
  { path: '/api/v1/projects', body: { items: [project(JL, 'JL', '翠湖苑', 2, 44), project(SG, 'SG', '阳光花园', 3, 72)] } },
  { path: `/api/v1/projects/${SG}`, body: project(SG, 'SG', '阳光花园', 3, 72), headers: { ETag: '"0"' } },
  {
    path: `/api/v1/projects/${SG}/buildings`,
    body: { items: [{ id: B1, projectId: SG, code: '1', name: '1号楼', floors: 18, unitCount: 24, version: 0 }] },
  },
];

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

describe('App', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('sends a visitor to /login, then after logging in shows the dashboard with both projects', async () => {
    mockFetch(api);
    renderAt('/');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('用户名'), 'manager');
    await user.type(screen.getByLabelText('密码'), 'steward-demo');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));

    expect(await screen.findByText('您好，王经理')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
    const cards = await screen.findAllByTestId('project-card');
    expect(cards.map((card) => card.textContent)).toEqual([expect.stringContaining('翠湖苑'), expect.stringContaining('阳光花园')]);
    expect(within(cards[1]!).getByText('72')).toBeInTheDocument();
  });

  it('on a 401 from the API clears the token and returns to /login, remembering the page', async () => {
    saveToken('revoked-token', 900);
    mockFetch([{ path: '/api/v1/me', status: 401, body: problem(401, 'UNAUTHORIZED', 'Unauthorized') }]);
    renderAt('/projects');
    await waitFor(() => expect(window.location.pathname).toBe('/login'));
    expect(new URLSearchParams(window.location.search).get('redirect')).toBe('/projects');
    expect(getToken()).toBeNull();
    expect(await screen.findByText('登录已过期，请重新登录。')).toBeInTheDocument();
  });

  it("keeps the units search and building filter in the URL and sends them to the API", async () => {
    saveToken('token-1', 900);
    const { requests } = mockFetch([
      ...api,
      { path: `/api/v1/projects/${SG}/units`, body: { items: [unit('101'), unit('1101')] } },
    ]);
    renderAt(`/projects/${SG}?building=${B1}`);

    expect(await screen.findByText('1-1101')).toBeInTheDocument();
    await userEvent.setup().type(screen.getByLabelText('搜索房号'), '1101');

    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('1101'));
    expect(new URLSearchParams(window.location.search).get('building')).toBe(B1);
    await waitFor(() => {
      const last = requests.filter((request) => request.path.endsWith('/units')).pop();
      const query = new URLSearchParams(last?.search);
      expect(query.get('q')).toBe('1101');
      expect(query.get('buildingId')).toBe(B1);
    });
  });

  it('shows a 404 page for an unknown path', async () => {
    saveToken('token-1', 900);
    mockFetch(api);
    renderAt('/no-such-page');
    expect(await screen.findByText('页面不存在，可能链接有误或页面已被移除。')).toBeInTheDocument();
  });

  it('shows "My orders" in the sidebar to technicians only, and opens their assigned orders', async () => {
    saveToken('token-1', 900);
    const { requests } = mockFetch([
      { path: '/api/v1/me', body: { ...me, username: 'tech1', displayName: '赵师傅', roles: ['TECHNICIAN'] } },
      ...api.slice(2),
      { path: '/api/v1/work-orders', body: { items: [] } },
    ]);
    renderAt('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('menuitem', { name: /我的工单/ }));
    expect(await screen.findByText('目前没有分配给您的未完成工单')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/work-orders/mine');
    const query = new URLSearchParams(requests.find((request) => request.path === '/api/v1/work-orders')?.search);
    expect(query.get('assigneeId')).toBe(me.id);
  });

  it('does not show "My orders" to a manager, who gets the list, statistics and complaint review under Work orders', async () => {
    saveToken('token-1', 900);
    mockFetch(api);
    renderAt('/');
    expect(await screen.findByRole('menuitem', { name: /工单列表/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /统计分析/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /投诉每日盘点/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /我的工单/ })).toBeNull();
  });

  it('hides the complaint review from technicians, and explains it to one who opens its address', async () => {
    saveToken('token-1', 900);
    const { requests } = mockFetch([{ path: '/api/v1/me', body: { ...me, username: 'tech1', displayName: '赵师傅', roles: ['TECHNICIAN'] } }, ...api.slice(2)]);
    renderAt('/work-orders/complaint-review');
    expect(await screen.findByText('维修人员不能查看投诉每日盘点')).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /统计分析/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /投诉每日盘点/ })).toBeNull();
    expect(requests.some((request) => request.path === '/api/v1/work-orders/complaint-review')).toBe(false);
  });

});
