import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Key } from '@/features/keys/api/list-keys';
import { CheckoutDeskPage } from '@/features/keys/routes/CheckoutDeskPage';
import { checkout, KEY, MANAGER, ORDER, PROJECT, STAFF, TECH, unitKey } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, problem, type MockRoute, type RecordedRequest } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const order = { id: ORDER, code: 'SG-20261123-0001', title: '厨房水管漏水', unitId: 'd0000000-0000-4000-8000-000000001201', status: 'ASSIGNED' };

function renderDesk(key: Key, extra: MockRoute[] = []) {
  const fetch = mockFetch([
    ...extra,
    { path: '/api/v1/keys', body: { items: [key] } },
    { path: `/api/v1/keys/${KEY}`, body: key, headers: { ETag: `"${String(key.version)}"` } },
    { path: '/api/v1/users', body: { items: STAFF } },
    { path: '/api/v1/work-orders', body: { items: [order] } },
  ]);
  const rendered = renderWithApp([{ path: '/keys/desk', element: <CheckoutDeskPage projectId={PROJECT} canManage /> }], { path: '/keys/desk' });
  return { ...fetch, ...rendered };
}

type User = ReturnType<typeof userEvent.setup>;

/** Opens an antd Select and picks an option (mouse-down opens it, as in antd's own tests: faster than a full click in the test DOM). */
async function pick(label: string | RegExp, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  fireEvent.click(options[options.length - 1]!);
}

async function scan(user: User, code: string) {
  const input = screen.getByLabelText('钥匙编号');
  await user.clear(input);
  await user.click(input);
  await user.paste(code);
  await user.keyboard('{Enter}');
}

async function fillCheckout(user: User) {
  await pick('借用员工', '赵师傅（维修工）');
  // Pasted rather than typed: each keystroke re-renders the whole desk, slow in the test DOM.
  await user.click(screen.getByLabelText('用途'));
  await user.paste('入户维修厨房漏水');
  await pick(/工单（1-1201 的未完成工单）/, 'SG-20261123-0001 · 厨房水管漏水');
  await pick('审批人', '王经理');
}

const posts = (requests: RecordedRequest[]) => requests.filter((request) => request.method === 'POST');

describe('CheckoutDeskPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('scans a unit key, shows its rules and authorization, checks it out on Enter and is ready for the next code', async () => {
    const { requests } = renderDesk(unitKey(), [{ method: 'POST', path: `/api/v1/keys/${KEY}/checkouts`, status: 201, body: checkout() }]);
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const input = screen.getByLabelText('钥匙编号');
    expect(input).toHaveFocus();
    await scan(user, 'sg-k-0001');

    const card = await screen.findByTestId('desk-key');
    expect(within(card).getByText('1-1201')).toBeInTheDocument();
    expect(within(card).getByText('委托有效')).toBeInTheDocument();
    expect(within(card).getByTestId('key-rules')).toHaveTextContent('最长借用 4 小时');
    expect(within(card).getByTestId('key-rules')).toHaveTextContent('须关联该房号的未完成工单');
    const lookup = new URLSearchParams(requests.find((request) => request.path === '/api/v1/keys')?.search);
    expect(lookup.get('code')).toBe('SG-K-0001');
    expect(lookup.get('projectId')).toBe(PROJECT);

    await fillCheckout(user);
    const before = Date.now();
    await user.type(screen.getByLabelText('用途'), '{Enter}');

    await waitFor(() => expect(posts(requests)).toHaveLength(1));
    const post = posts(requests)[0]!;
    expect(post.path).toBe(`/api/v1/keys/${KEY}/checkouts`);
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const body = post.body as Record<string, unknown>;
    expect(body).toMatchObject({ borrowerUserId: TECH, purpose: '入户维修厨房漏水', workOrderId: ORDER, approvedById: MANAGER, emergency: false });
    // Due within the key's maximum (4 h), the default.
    const due = Date.parse(body.dueAt as string);
    expect(due).toBeLessThanOrEqual(before + 240 * 60_000);
    expect(due).toBeGreaterThan(before + 235 * 60_000);

    // Ready for the next key: the input is empty and has the focus, the shift's log shows the loan.
    await waitFor(() => expect(screen.getByLabelText('钥匙编号')).toHaveFocus());
    expect(screen.getByLabelText('钥匙编号')).toHaveValue('');
    await waitFor(() => expect(screen.queryByTestId('desk-key')).toBeNull());
    expect(screen.getByTestId('desk-log')).toHaveTextContent('SG-K-0001 借给 赵师傅');
  }, 120_000);

  it('shows a broken custody rule in words and sends the corrected attempt with a new Idempotency-Key', async () => {
    const { requests, notify } = renderDesk(unitKey(), [
      {
        method: 'POST',
        path: `/api/v1/keys/${KEY}/checkouts`,
        status: 403,
        body: problem(403, 'KEY_WORK_ORDER_MISMATCH', 'Forbidden', 'Work order SG-20261123-0001 is for unit 2-0302.'),
      },
    ]);
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    await scan(user, 'SG-K-0001');
    await screen.findByTestId('checkout-form');
    await fillCheckout(user);
    await user.click(screen.getByTestId('checkout-submit'));

    expect(await screen.findByTestId('key-problem')).toHaveTextContent('所选工单不属于这把钥匙的房号，或已完结');
    expect(screen.getByText('Work order SG-20261123-0001 is for unit 2-0302.')).toBeInTheDocument();
    expect(notify).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('checkout-submit'));
    await waitFor(() => expect(posts(requests)).toHaveLength(2));
    const [first, second] = posts(requests).map((request) => request.headers.get('Idempotency-Key'));
    expect(second).not.toBe(first);
  }, 120_000);

  it('takes a key back with one key press (condition GOOD) and returns to the code input', async () => {
    const loan = checkout();
    const onLoan = unitKey({ status: 'CHECKED_OUT', openCheckout: loan, allowedActions: ['RETURN', 'REPORT_LOST'] });
    const { requests } = renderDesk(onLoan, [
      { method: 'POST', path: `/api/v1/key-checkouts/${loan.id}/return`, body: checkout({ open: false, returnedAt: new Date().toISOString(), condition: 'GOOD' }) },
    ]);
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    await scan(user, 'SG-K-0001');
    const card = await screen.findByTestId('desk-key');
    expect(within(card).getByTestId('loan')).toHaveTextContent('赵师傅');
    expect(screen.queryByTestId('checkout-form')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('return-submit')).toHaveFocus());

    await user.keyboard('{Enter}');
    await waitFor(() => expect(posts(requests)).toHaveLength(1));
    expect(posts(requests)[0]?.body).toEqual({ condition: 'GOOD' });
    await waitFor(() => expect(screen.getByLabelText('钥匙编号')).toHaveFocus());
    expect(screen.getByTestId('desk-log')).toHaveTextContent('SG-K-0001 赵师傅 归还');
  }, 120_000);

  it('says when a key was taken meanwhile (409 KEY_NOT_AVAILABLE) and when a code is unknown', async () => {
    const { requests } = renderDesk(unitKey(), [
      {
        method: 'POST',
        path: `/api/v1/keys/${KEY}/checkouts`,
        status: 409,
        body: problem(409, 'KEY_NOT_AVAILABLE', 'Conflict'),
      },
    ]);
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    await scan(user, 'SG-K-0001');
    await screen.findByTestId('checkout-form');
    await fillCheckout(user);
    await user.click(screen.getByTestId('checkout-submit'));
    expect(await screen.findByTestId('key-problem')).toHaveTextContent('这把钥匙当前不在柜，不能借出');
    // The key reloads, to show who has it now.
    await waitFor(() => expect(requests.filter((request) => request.path === `/api/v1/keys/${KEY}`).length).toBeGreaterThan(1));

    await scan(user, 'bad code!');
    expect(await screen.findByText('“BAD CODE!”不是有效的钥匙编号')).toBeInTheDocument();
  }, 120_000);

  it('tells an unknown code apart', async () => {
    mockFetch([{ path: '/api/v1/keys', body: { items: [] } }]);
    renderWithApp([{ path: '/keys/desk', element: <CheckoutDeskPage projectId={PROJECT} canManage /> }], { path: '/keys/desk?code=SG-K-9999' });
    expect(await screen.findByTestId('desk-unknown')).toHaveTextContent('本项目中没有编号为 SG-K-9999 的钥匙');
  });

  it('is not for roles that do not keep keys', () => {
    mockFetch([]);
    renderWithApp([{ path: '/keys/desk', element: <CheckoutDeskPage projectId={PROJECT} canManage={false} /> }], { path: '/keys/desk' });
    expect(screen.getByText('只有钥匙管理员、项目经理和系统管理员可以借还钥匙')).toBeInTheDocument();
  });
});
