import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KeyEvent } from '@/features/keys/api/list-key-events';
import type { Key } from '@/features/keys/api/list-keys';
import { KeyPage } from '@/features/keys/routes/KeyPage';
import { CUSTODIAN, KEY, PROJECT, STAFF, unitKey } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, type MockRoute } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const hash = (digit: string) => digit.repeat(64);
const event = (seq: number, type: KeyEvent['type'], details: Record<string, string>, prev: string): KeyEvent => ({
  id: `ev000000-0000-4000-8000-00000000000${seq}`.replace('ev', 'e7'),
  seq,
  projectId: PROJECT,
  keyId: KEY,
  keyCode: 'SG-K-0001',
  type,
  actorId: CUSTODIAN,
  actorName: '钱管理员',
  at: `2026-11-2${seq}T02:00:00Z`,
  details,
  hash: hash(String(seq)),
  prevHash: prev,
});
const events = [
  event(1, 'REGISTERED', { code: 'SG-K-0001', type: 'UNIT' }, hash('0')),
  event(2, 'CHECKED_OUT', { borrower: '赵师傅', purpose: '入户维修', allowedRoles: 'TECHNICIAN,MANAGER' }, hash('1')),
  event(3, 'RETURNED', { condition: 'DAMAGED', late: 'true' }, hash('2')),
];
const LOCK_CHANGE = 'e0000000-0000-4000-8000-000000000099';

function renderKey(key: Key, verification: object, extra: MockRoute[] = []) {
  const keyRoute: MockRoute = { path: `/api/v1/keys/${KEY}`, body: key, headers: { ETag: `"${String(key.version)}"` } };
  const fetch = mockFetch([
    ...extra,
    keyRoute,
    { path: `/api/v1/keys/${KEY}/events`, body: { items: events } },
    { path: '/api/v1/keys/ledger/verify', body: verification },
    { path: '/api/v1/users', body: { items: STAFF } },
    { path: '/api/v1/key-cabinets', body: { items: [] } },
  ]);
  const rendered = renderWithApp(
    [
      { path: '/keys/:keyId', element: <KeyPage canVerifyLedger /> },
      { path: '/work-orders/:workOrderId', element: <p>lock change order</p> },
    ],
    { path: `/keys/${KEY}` },
  );
  return { ...fetch, ...rendered, keyRoute };
}

describe('KeyPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows the custody history in words with abbreviated hashes, and the ledger verified intact', async () => {
    const { requests } = renderKey(unitKey(), { projectId: PROJECT, intact: true, checked: 1234 });
    const history = await screen.findByTestId('key-history');
    const entries = within(history).getAllByTestId('history-entry');
    expect(entries.map((entry) => within(entry).getByRole('strong', { hidden: true }).textContent)).toEqual(['登记入账', '借出', '归还']);
    expect(entries[1]).toHaveTextContent('借用人: 赵师傅');
    expect(entries[1]).toHaveTextContent('允许领取: 维修工、项目经理');
    expect(entries[2]).toHaveTextContent('归还状况: 损坏');
    expect(entries[2]).toHaveTextContent('逾期归还: 是');
    expect(entries[2]).toHaveTextContent('#3 · 333333…3333 ← 222222…2222');
    expect(await screen.findByTestId('ledger-intact')).toHaveTextContent('账本完整，已校验 1,234 条记录');
    expect(new URLSearchParams(requests.find((request) => request.path.endsWith('/verify'))?.search).get('projectId')).toBe(PROJECT);
    // Exactly the allowed actions.
    const actions = Array.from(screen.getByTestId('key-actions').querySelectorAll('button')).map((button) => button.getAttribute('data-action'));
    expect(actions).toEqual(['CHECK_OUT', 'EDIT', 'DEPOSIT', 'REPORT_LOST', 'RETIRE']);
  });

  it('names the first tampered entry and marks it in the history', async () => {
    renderKey(unitKey(), { projectId: PROJECT, intact: false, checked: 1234, firstBrokenEventId: events[1]?.id, firstBrokenSeq: 2, reason: 'CONTENT_CHANGED' });
    const broken = await screen.findByTestId('ledger-broken');
    expect(broken).toHaveTextContent('账本校验失败：记录被改动过');
    expect(broken).toHaveTextContent(`第一条异常记录：第 2 条（${events[1]?.id ?? ''}）`);
    expect(broken).toHaveTextContent('该条记录的内容与其哈希不符（被修改过）');
    expect(await screen.findByTestId('history-broken')).toHaveTextContent('借出');
  });

  it('reports a key lost, then links to the lock-change work order', async () => {
    const { requests, keyRoute, router } = renderKey(unitKey(), { projectId: PROJECT, intact: true, checked: 3 }, [
      { method: 'POST', path: `/api/v1/keys/${KEY}/report-lost`, body: unitKey({ status: 'LOST', lockChangeWorkOrderId: LOCK_CHANGE, allowedActions: ['FOUND', 'RETIRE'] }) },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '报告丢失' }));
    await user.type(await screen.findByLabelText('原因'), '维修工在现场遗失');
    keyRoute.body = unitKey({ status: 'LOST', lockChangeWorkOrderId: LOCK_CHANGE, allowedActions: ['FOUND', 'RETIRE'] });
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reason: '维修工在现场遗失' }));
    await user.click(await screen.findByTestId('lock-change-link'));
    expect(router.state.location.pathname).toBe(`/work-orders/${LOCK_CHANGE}`);
  }, 120_000);

  it('edits with If-Match, sending only what changed', async () => {
    const { requests } = renderKey(unitKey(), { projectId: PROJECT, intact: true, checked: 3 }, [
      { method: 'PATCH', path: `/api/v1/keys/${KEY}`, body: unitKey({ copies: 2, version: 4 }) },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const copies = await screen.findByLabelText(/^份数/);
    await waitFor(() => expect(copies).toHaveValue('1'));
    await user.clear(copies);
    await user.type(copies, '2');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.find((request) => request.method === 'PATCH')).toBeDefined());
    const patch = requests.find((request) => request.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    expect(patch.body).toEqual({ copies: 2 });
  }, 120_000);
});
