import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { WorkOrdersPage } from '@/features/work-orders/routes/WorkOrdersPage';
import { PROJECT, workOrder } from '@/features/work-orders/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, type RecordedRequest } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const lastList = (requests: RecordedRequest[]) => new URLSearchParams(requests.filter((request) => request.path === '/api/v1/work-orders').pop()?.search);

describe('WorkOrderList', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows the quality picture’s "none" group filters as removable tags (the shared ones of the rectification register)', async () => {
    const { requests } = mockFetch([{ path: '/api/v1/work-orders', body: { items: [workOrder()] } }]);
    const { router } = renderWithApp([{ path: '/work-orders', element: <WorkOrdersPage projectId={PROJECT} canRegister /> }], {
      path: '/work-orders?withoutUnit=1&unassigned=1',
    });
    await waitFor(() => expect(lastList(requests).get('withoutUnit')).toBe('true'));
    expect(lastList(requests).get('unassigned')).toBe('true');
    expect(await screen.findByTestId('filter-unassigned')).toHaveTextContent('仅看未派单');
    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('filter-without-unit')).getAllByRole('img', { name: '关闭' })[0]!);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('withoutUnit')).toBeNull());
    await waitFor(() => expect(lastList(requests).get('withoutUnit')).toBeNull());
    expect(lastList(requests).get('unassigned')).toBe('true');
  });

  it('reads its filters from the URL, writes changes back and sends them to the API', async () => {
    const overdue = workOrder({
      id: 'e0000000-0000-4000-8000-000000000002',
      code: 'SG-20261123-0002',
      title: '电梯困人',
      sla: { responseDueAt: '2026-11-23T01:00:00Z', resolutionDueAt: '2026-11-23T05:00:00Z', responseBreached: true, resolutionBreached: false },
    });
    const { requests } = mockFetch([{ path: '/api/v1/work-orders', body: { items: [workOrder(), overdue], nextCursor: 'next' } }]);
    const { router } = renderWithApp([{ path: '/work-orders', element: <WorkOrdersPage projectId={PROJECT} canRegister /> }], {
      path: '/work-orders?tab=open&type=REPAIR',
    });

    expect(await screen.findByText('电梯困人')).toBeInTheDocument();
    let query = lastList(requests);
    expect(query.get('projectId')).toBe(PROJECT);
    expect(query.getAll('status')).toEqual(['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'REOPENED']);
    expect(query.get('type')).toBe('REPAIR');
    // The overdue order's due time is marked, the other's is not.
    const rows = screen.getAllByTestId('work-order-row');
    expect(within(rows[1]!).getByTestId('due-overdue')).toHaveTextContent('响应已超时');
    expect(within(rows[0]!).queryByTestId('due-overdue')).toBeNull();
    expect(screen.getByRole('button', { name: /加载更多/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /登记工单/ })).toHaveAttribute('href', '/work-orders/new');

    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '已完成' }));
    await waitFor(() => expect(router.state.location.search).toContain('tab=COMPLETED'));
    await waitFor(() => expect(lastList(requests).getAll('status')).toEqual(['COMPLETED']));

    await user.click(screen.getByRole('switch', { name: '仅看超时' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('overdue')).toBe('1'));
    await waitFor(() => expect(lastList(requests).get('overdue')).toBe('true'));

    await user.type(screen.getByLabelText('搜索工单'), 'SG-2026');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('SG-2026'));
    await waitFor(() => expect(lastList(requests).get('q')).toBe('SG-2026'));
    query = new URLSearchParams(router.state.location.search);
    expect(query.get('type')).toBe('REPAIR');

    await user.click(screen.getByRole('tab', { name: '全部' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('tab')).toBeNull());
    await waitFor(() => expect(lastList(requests).getAll('status')).toEqual([]));
  });

  it('shows how many orders each tab holds, counted with the same filters over every status', async () => {
    const { requests } = mockFetch([
      { path: '/api/v1/work-orders', body: { items: [workOrder({ status: 'IN_PROGRESS', type: 'COMPLAINT' })] } },
      {
        path: '/api/v1/work-orders/counts',
        body: {
          total: 120,
          overdue: 27,
          byStatus: [
            { key: 'NEW', count: 5 },
            { key: 'IN_PROGRESS', count: 7 },
            { key: 'REOPENED', count: 9 },
            { key: 'CLOSED', count: 99 },
          ],
        },
      },
    ]);
    renderWithApp([{ path: '/work-orders', element: <WorkOrdersPage projectId={PROJECT} canRegister /> }], {
      path: '/work-orders?tab=IN_PROGRESS&type=COMPLAINT',
    });

    await waitFor(() => expect(screen.getByTestId('tab-IN_PROGRESS')).toHaveTextContent('处理中 7'));
    expect(screen.getByTestId('tab-IN_PROGRESS').closest('[role="tab"]')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('tab-all')).toHaveTextContent('全部 120');
    expect(screen.getByTestId('tab-open')).toHaveTextContent('未完成 21'); // NEW + IN_PROGRESS + REOPENED
    expect(screen.getByTestId('tab-ON_HOLD')).toHaveTextContent('挂起 0');
    expect(screen.getByTestId('tab-CLOSED')).toHaveTextContent('已关闭 99');
    expect(screen.getByTitle('27 张已超时')).toHaveTextContent('27');
    const counts = new URLSearchParams(requests.find((request) => request.path === '/api/v1/work-orders/counts')?.search);
    expect(counts.get('projectId')).toBe(PROJECT);
    expect(counts.get('type')).toBe('COMPLAINT');
    expect(counts.getAll('status')).toEqual([]);
    expect(lastList(requests).getAll('status')).toEqual(['IN_PROGRESS']);
  });

  it('hides the New button from roles that may not register', async () => {
    mockFetch([{ path: '/api/v1/work-orders', body: { items: [] } }]);
    renderWithApp([{ path: '/work-orders', element: <WorkOrdersPage projectId={PROJECT} canRegister={false} /> }], { path: '/work-orders' });
    expect(await screen.findByText('暂无工单')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /登记工单/ })).toBeNull();
  });

  it('offers the desk its views: 待回访 by return-visit due with that column, 返修 by rework deadline, with the filters in the URL', async () => {
    const awaiting = workOrder({
      id: 'e0000000-0000-4000-8000-000000000021',
      code: 'SG-20261120-0021',
      title: '水龙头滴水',
      status: 'COMPLETED',
      sla: {
        responseDueAt: '2026-11-20T01:00:00Z',
        resolutionDueAt: '2026-11-21T05:00:00Z',
        returnVisitDueAt: '2026-11-21T15:59:59Z',
        responseBreached: false,
        resolutionBreached: false,
      },
    });
    const { requests } = mockFetch([
      { path: '/api/v1/work-orders/counts', body: { total: 9, overdue: 2, byStatus: [{ key: 'COMPLETED', count: 3 }, { key: 'REOPENED', count: 4 }] } },
      { path: '/api/v1/work-orders', body: { items: [awaiting] } },
    ]);
    const { router } = renderWithApp([{ path: '/work-orders', element: <WorkOrdersPage projectId={PROJECT} canRegister /> }], {
      path: '/work-orders?view=returnVisit&visitDue=late',
    });
    expect(await screen.findByText('水龙头滴水')).toBeInTheDocument();
    let query = lastList(requests);
    expect(query.getAll('status')).toEqual(['COMPLETED']);
    expect(query.get('sort')).toBe('returnVisitDueAt');
    expect(Date.parse(query.get('returnVisitDueBefore') ?? '')).toBeLessThanOrEqual(Date.now());
    expect(screen.getByRole('columnheader', { name: '回访期限' })).toBeInTheDocument();
    expect(screen.getByTestId('return-visit-due')).toHaveTextContent('11月21日');
    expect(await screen.findByTestId('view-rework')).toHaveTextContent('4');

    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-rework'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('view')).toBe('rework'));
    await waitFor(() => expect(lastList(requests).get('sort')).toBe('resolutionDueAt'));
    query = lastList(requests);
    expect(query.getAll('status')).toEqual(['REOPENED']);
    expect(screen.getByTestId('view-hint')).toHaveTextContent('改派');
  });
});
