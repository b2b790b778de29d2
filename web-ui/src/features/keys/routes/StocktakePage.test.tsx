import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KeyStocktakeScanResult } from '@/features/keys/api/scan-key-stocktake';
import { StocktakePage } from '@/features/keys/routes/StocktakePage';
import { stocktake } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const open = stocktake();
const [first, second, third] = open.missing;
const path = `/api/v1/key-stocktakes/${open.id}`;

let n = 0;
function answer(keyCode: string, result: KeyStocktakeScanResult['scan']['result'], tally: Partial<KeyStocktakeScanResult['tally']>, extra = {}): KeyStocktakeScanResult {
  n += 1;
  return {
    scan: { id: `5c000000-0000-4000-8000-00000000000${n}`, keyCode, result, scannedAt: new Date().toISOString(), scannedByName: '钱管理员', ...extra },
    tally: { ...open.tally, scans: n, ...tally },
  };
}

/** The API's answers, by scanned code. */
const answers: Record<string, KeyStocktakeScanResult> = {
  'SG-K-0001': answer('SG-K-0001', 'FOUND', { found: 1, remaining: 2 }, { keyId: first?.keyId, expectedSlot: 1 }),
  'SG-K-0002': answer('SG-K-0002', 'WRONG_SLOT', { found: 2, remaining: 1, wrongSlot: 1 }, { keyId: second?.keyId, expectedSlot: 2, slot: 7 }),
  'XX-9': answer('XX-9', 'UNKNOWN', { found: 2, remaining: 1, wrongSlot: 1, unknown: 1 }),
};

const report = {
  ...open,
  status: 'COMPLETED',
  completedAt: new Date().toISOString(),
  tally: answers['XX-9']?.tally,
  missing: [third],
  wrongSlot: [{ ...second, scannedSlot: 7 }],
  unknown: [answers['XX-9']?.scan],
  scans: Object.values(answers).map((item) => item.scan).reverse(),
};

const cancelled = { ...open, status: 'CANCELLED', completedAt: new Date().toISOString(), cancelReason: '选错柜子' };

function renderStocktake() {
  const mock = mockFetch([
    { path, body: open },
    { method: 'POST', path: `${path}/complete`, body: report },
    { method: 'POST', path: `${path}/cancel`, body: cancelled },
  ]);
  const route = mock.fetchMock.getMockImplementation()!;
  const scans: unknown[] = [];
  // Each scan gets the answer for its code.
  mock.fetchMock.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method === 'POST' && request.url.endsWith('/scans')) {
      const body = (await request.json()) as { keyCode: string };
      scans.push(body);
      return new Response(JSON.stringify(answers[body.keyCode]), { status: 201, headers: { 'Content-Type': 'application/json' } });
    }
    return route(request);
  });
  const rendered = renderWithApp([{ path: '/keys/stocktakes/:stocktakeId', element: <StocktakePage canManage /> }], { path: `/keys/stocktakes/${open.id}` });
  return { ...mock, ...rendered, scans };
}

describe('StocktakePage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('scans codes one after another, shows each answer in its colour with the running tally, then completes with the report', async () => {
    const { scans, requests } = renderStocktake();
    const user = userEvent.setup();
    const input = await screen.findByLabelText('扫描钥匙编号');
    expect(input).toHaveFocus();
    expect(screen.getByText('尚未扫描（3）')).toBeInTheDocument();

    await user.type(input, 'sg-k-0001{Enter}');
    const last = screen.getByTestId('last-scan');
    await waitFor(() => expect(last.querySelector('.ant-alert-success')).toHaveTextContent('SG-K-0001 · 在位'));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(screen.getByTestId('stocktake-tally')).toHaveTextContent('已找到1/ 3');
    expect(screen.getByText('尚未扫描（2）')).toBeInTheDocument();

    await user.type(input, 'SG-K-0002');
    await user.type(screen.getByLabelText('实际位号（可选）'), '7{Enter}');
    await waitFor(() => expect(last.querySelector('.ant-alert-warning')).toHaveTextContent('SG-K-0002 · 位号不符'));
    expect(last).toHaveTextContent('应在 2 号位，实际在 7 号位。');
    expect(screen.getByLabelText('实际位号（可选）')).toHaveValue('');

    await user.type(input, 'xx-9{Enter}');
    await waitFor(() => expect(last.querySelector('.ant-alert-error')).toHaveTextContent('XX-9 · 未知编号'));
    expect(within(screen.getByTestId('stocktake-tally')).getByTestId('tally-remaining')).toHaveTextContent('1');
    expect(screen.getAllByTestId('scan-result').map((tag) => tag.textContent)).toEqual(['未知编号', '位号不符', '在位']);
    expect(scans).toEqual([{ keyCode: 'SG-K-0001' }, { keyCode: 'SG-K-0002', slot: 7 }, { keyCode: 'XX-9' }]);

    await user.click(screen.getByTestId('stocktake-complete'));
    expect(await screen.findByText('还有 1 把未扫描，将记为缺失。')).toBeInTheDocument();
    await user.click(within(document.querySelector<HTMLElement>('.ant-popconfirm')!).getByRole('button', { name: /完成盘点/ }));

    const missing = await screen.findByTestId('report-missing');
    expect(within(missing).getAllByRole('listitem')).toHaveLength(1);
    expect(missing).toHaveTextContent('SG-K-0003');
    expect(screen.getByTestId('report-wrong-slot')).toHaveTextContent('SG-K-0002 · 1-201 · 应在 2 号位，实际在 7 号位');
    expect(screen.getByTestId('report-unknown')).toHaveTextContent('XX-9');
    expect(screen.queryByLabelText('扫描钥匙编号')).toBeNull();
    expect(requests.filter((request) => request.method === 'POST' && request.path.endsWith('/complete'))).toHaveLength(1);
  }, 120_000);

  it('cancels a stock-take started by mistake, only with a reason, and then says so instead of a report', async () => {
    const { requests } = renderStocktake();
    const user = userEvent.setup();
    await screen.findByLabelText('扫描钥匙编号');
    await user.click(screen.getByTestId('stocktake-cancel'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /取消盘点/ }));
    expect(await within(dialog).findByText('必填')).toBeInTheDocument();
    expect(requests.some((request) => request.path.endsWith('/cancel'))).toBe(false);

    await user.type(within(dialog).getByLabelText('取消原因'), '选错柜子');
    await user.click(within(dialog).getByRole('button', { name: /取消盘点/ }));
    expect(await screen.findByTestId('stocktake-cancelled')).toHaveTextContent('原因：选错柜子');
    expect(screen.queryByLabelText('扫描钥匙编号')).toBeNull();
    expect(screen.getByText('已取消')).toBeInTheDocument();
    expect(requests.filter((request) => request.path.endsWith('/cancel')).map((request) => request.body)).toEqual([{ reason: '选错柜子' }]);
  });

  it('refuses what is not a key code without asking the API', async () => {
    const { scans } = renderStocktake();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('扫描钥匙编号'), 'SG K 1{Enter}');
    expect(await screen.findByText('不是有效的钥匙编号', { exact: false })).toBeInTheDocument();
    expect(scans).toEqual([]);
  });
});
