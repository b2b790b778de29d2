import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { WorkOrderPage } from '@/features/work-orders/routes/WorkOrderPage';
import { TECH, workOrder } from '@/features/work-orders/testing/fixtures';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, problem, type MockRoute } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const ID = 'e0000000-0000-4000-8000-000000000001';
const events = {
  items: [
    { id: 'f0000000-0000-4000-8000-000000000001', type: 'CREATED', actorId: TECH, actorName: '李客服', at: '2026-11-23T02:00:00Z', toStatus: 'NEW' },
    {
      id: 'f0000000-0000-4000-8000-000000000002',
      type: 'ASSIGNED',
      actorId: TECH,
      actorName: '李客服',
      at: '2026-11-23T02:05:00Z',
      fromStatus: 'NEW',
      toStatus: 'ASSIGNED',
      note: '请尽快上门',
    },
    {
      id: 'f0000000-0000-4000-8000-000000000003',
      type: 'UPDATED',
      actorId: TECH,
      actorName: '李客服',
      at: '2026-11-23T02:10:00Z',
      note: 'Changed priority',
      changes: [{ field: 'priority', from: 'NORMAL', to: 'URGENT' }],
    },
  ],
};

function renderDetail(order: WorkOrder, extra: MockRoute[] = []) {
  const fetch = mockFetch([
    ...extra,
    { path: `/api/v1/work-orders/${ID}`, body: order, headers: { ETag: `"${order.version}"` } },
    { path: `/api/v1/work-orders/${ID}/events`, body: events },
  ]);
  const rendered = renderWithApp([{ path: '/work-orders/:workOrderId', element: <WorkOrderPage /> }], { path: `/work-orders/${ID}` });
  return { ...fetch, ...rendered };
}

const buttons = () =>
  Array.from(screen.getByTestId('action-bar').querySelectorAll('button')).map((button) => button.getAttribute('data-action'));

describe('WorkOrderPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows the fields, the SLA countdown, the timeline and exactly the allowed actions', async () => {
    renderDetail(
      workOrder({ status: 'ASSIGNED', assigneeId: TECH, assigneeName: '赵师傅', allowedActions: ['START', 'COMMENT', 'CANCEL'], feeFen: 12050, satisfaction: 4 }),
    );
    expect(await screen.findByText('赵师傅')).toBeInTheDocument();
    expect(buttons()).toEqual(['START', 'CANCEL', 'COMMENT']);
    expect(screen.queryByRole('button', { name: '派单' })).toBeNull();
    expect(screen.getByTestId('sla-block')).toHaveTextContent('剩余 1 小时 20 分钟');
    expect(screen.getByText('李客服', { selector: 'span' })).toBeInTheDocument();
    expect(screen.getByText('¥120.50')).toBeInTheDocument();
    expect(await screen.findByText('请尽快上门')).toBeInTheDocument();
    // An edit shows what changed in the user's language, not the API's English note.
    expect(screen.getByTestId('edited-fields')).toHaveTextContent('优先级: 普通 → 紧急');
    expect(screen.queryByText('Changed priority')).toBeNull();
  });

  it('posts an action, then reloads the order and its timeline', async () => {
    const { requests } = renderDetail(workOrder({ status: 'ASSIGNED', allowedActions: ['START'] }), [
      { method: 'POST', path: `/api/v1/work-orders/${ID}/start`, body: workOrder({ status: 'IN_PROGRESS', allowedActions: ['HOLD', 'COMPLETE'] }) },
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: '开始处理' }));
    await waitFor(() => expect(requests.filter((request) => request.path.endsWith('/events'))).toHaveLength(2));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({});
  });

  it('on a 409 shows the problem and reloads the order', async () => {
    const { requests, notify } = renderDetail(workOrder({ status: 'NEW', allowedActions: ['CANCEL'] }), [
      {
        method: 'POST',
        path: `/api/v1/work-orders/${ID}/cancel`,
        status: 409,
        body: problem(409, 'WORK_ORDER_ILLEGAL_TRANSITION', '工单状态不允许此操作', 'Illegal transition from CANCELLED to CANCELLED'),
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '取消工单' }));
    await user.type(await screen.findByLabelText('原因'), '业主撤回');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: '工单状态不允许此操作' })));
    await waitFor(() => expect(requests.filter((request) => request.method === 'GET' && request.path === `/api/v1/work-orders/${ID}`)).toHaveLength(2));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reason: '业主撤回' });
  });

  it('records a return visit with stars; 1–2 stars warns that the order will be reopened', async () => {
    const { requests } = renderDetail(workOrder({ status: 'COMPLETED', allowedActions: ['RETURN_VISIT', 'REOPEN', 'COMMENT'] }), [
      { method: 'POST', path: `/api/v1/work-orders/${ID}/return-visit`, body: workOrder({ status: 'REOPENED', reopenCount: 1, satisfaction: 2 }) },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /回\s*访/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(dialog.querySelectorAll<HTMLElement>('.ant-rate-star > div')[1]!);
    expect(await screen.findByTestId('reopen-hint')).toBeInTheDocument();
    await user.type(screen.getByLabelText('回访记录'), '仍在漏水');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reached: true, satisfaction: 2, comment: '仍在漏水' }));
  });

  it('a return visit that did not reach the resident sends no stars', async () => {
    const { requests } = renderDetail(workOrder({ status: 'COMPLETED', allowedActions: ['RETURN_VISIT'] }), [
      { method: 'POST', path: `/api/v1/work-orders/${ID}/return-visit`, body: workOrder({ status: 'COMPLETED' }) },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /回\s*访/ }));
    await user.click(await screen.findByText('未联系到'));
    expect(screen.queryByLabelText('满意度')).toBeNull();
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reached: false }));
  });

  it('edits an order: only the changed fields, with If-Match from a fresh read', async () => {
    const order = workOrder({ status: 'ASSIGNED', version: 7, description: '水管接口渗水', allowedActions: ['EDIT', 'COMMENT'] });
    const { requests } = renderDetail(order, [
      { method: 'PATCH', path: `/api/v1/work-orders/${ID}`, body: { ...order, title: '厨房水管爆裂', priority: 'URGENT', version: 8 } },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const title = await screen.findByLabelText('标题');
    await waitFor(() => expect(title).toHaveValue('厨房水管漏水'));
    await user.clear(title);
    await user.type(title, '厨房水管爆裂');
    await user.click(screen.getByLabelText('优先级'));
    await user.click((await screen.findAllByTitle('紧急')).pop()!);
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(requests.find((request) => request.method === 'PATCH')).toBeDefined());
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"7"');
    expect(patch?.body).toEqual({ title: '厨房水管爆裂', priority: 'URGENT' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('on a 412 says someone else changed the order, and reloads it into the form', async () => {
    const order = workOrder({ status: 'NEW', version: 3, allowedActions: ['EDIT'] });
    const { requests } = renderDetail(order, [
      { method: 'PATCH', path: `/api/v1/work-orders/${ID}`, status: 412, body: problem(412, 'PRECONDITION_FAILED', 'Precondition failed') },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const title = await screen.findByLabelText('标题');
    await waitFor(() => expect(title).toHaveValue('厨房水管漏水'));
    await user.type(title, '（急）');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('其他人已修改了此记录')).toBeInTheDocument();
    const reads = () => requests.filter((request) => request.method === 'GET' && request.path === `/api/v1/work-orders/${ID}`).length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
    await waitFor(() => expect(screen.queryByText('其他人已修改了此记录')).toBeNull());
    expect(title).toHaveValue('厨房水管漏水');
  });
});
