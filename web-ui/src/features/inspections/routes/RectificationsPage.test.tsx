import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSummaryPeriod, RectificationsPage } from '@/features/inspections/routes/RectificationsPage';
import { PROJECT, rectification } from '@/features/inspections/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';
import { TimeZoneProvider } from '@/components/TimeZone';

const counts = { raised: 4, closed: 2, open: 1, awaitingReinspection: 1, overdue: 1, due: 2, onTime: 1, rectificationRate: 0.5, onTimeRate: 0.5 };

function renderBoard(path = '/') {
  const mocked = mockFetch([
    { method: 'POST', path: `/api/v1/rectifications/${rectification().id}/reinspection`, body: rectification({ status: 'OPEN', rounds: 2 }) },
    { path: '/api/v1/rectifications/summary', body: { from: '2026-08-25T00:00:00Z', to: '2026-11-23T02:00:00Z', totals: counts, bySection: [], byOwner: [] } },
    { path: '/api/v1/rectifications', body: { items: [rectification(), rectification({ id: 'late', checkPointCode: 'A-1-2', status: 'OPEN', overdue: true, daysLeft: -3, workOrderStatus: 'IN_PROGRESS' })] } },
    { path: '/api/v1/users', body: { items: [] } },
  ]);
  renderWithApp(
    <TimeZoneProvider timeZone="Asia/Shanghai">
      <RectificationsPage projectId={PROJECT} canReinspect />
    </TimeZoneProvider>,
    { path },
  );
  return mocked;
}

describe('RectificationsPage (整改台账) and the re-inspection dialog', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
    // 2026-11-23 10:00 in Shanghai.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-23T02:00:00Z'));
  });

  it('shows the overdue one in red with its days, the rates, and 复查 only where the work is done', async () => {
    const { requests } = renderBoard();
    const rows = await screen.findAllByTestId('rectification-row');
    // It opens on what is being worked on.
    expect(requests.find((request) => request.path === '/api/v1/rectifications')?.search).toContain('status=OPEN');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveClass('insp-overdue');
    expect(within(rows[1]!).getByTestId('days-left')).toHaveTextContent('逾期 3 天');
    // The work is done: its deadline no longer runs.
    expect(within(rows[0]!).queryByTestId('days-left')).toBeNull();
    expect(within(rows[0]!).getByTestId('reinspect')).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId('reinspect')).toBeNull();
    expect(screen.getByTestId('kpi-rate')).toHaveTextContent('50.0%');
  }, 60_000);

  it('FAIL needs a new deadline and what is still wrong before anything is sent; then it sends newDueAt in the project zone', async () => {
    const { requests } = renderBoard();
    const user = userEvent.setup();
    await user.click(within((await screen.findAllByTestId('rectification-row'))[0]!).getByTestId('reinspect'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('不合格（退回）'));
    await user.click(within(dialog).getByRole('button', { name: /保存复查结果/ }));
    await waitFor(() => expect(within(dialog).getAllByText('必填')).toHaveLength(2));
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await user.click(within(dialog).getByTestId('deadline-plus-3'));
    await user.type(within(dialog).getByTestId('reinspect-note'), '公示栏仍缺投诉电话');
    await user.click(within(dialog).getByRole('button', { name: /保存复查结果/ }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ result: 'FAIL', note: '公示栏仍缺投诉电话', newDueAt: '2026-11-26T18:00:00+08:00' });
  }, 60_000);

  it('PASS needs nothing more', async () => {
    const { requests } = renderBoard();
    const user = userEvent.setup();
    await user.click(within((await screen.findAllByTestId('rectification-row'))[0]!).getByTestId('reinspect'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /保存复查结果/ }));
    await waitFor(() => expect(within(dialog).getByText('必填')).toBeInTheDocument());
    await user.click(within(dialog).getByText('合格（销号）'));
    await user.click(within(dialog).getByRole('button', { name: /保存复查结果/ }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ result: 'PASS' }));
  }, 60_000);

  it('the quality picture’s "none" groups: ?withoutUnit=1 and ?unassigned=1 are sent and show as removable tags', async () => {
    const { requests } = renderBoard('/rectifications?withoutUnit=1&unassigned=1');
    await screen.findAllByTestId('rectification-row');
    const sent = () => requests.filter((request) => request.path === '/api/v1/rectifications').at(-1)?.search ?? '';
    expect(sent()).toContain('withoutUnit=true');
    expect(sent()).toContain('unassigned=true');
    expect(screen.getByTestId('filter-without-unit')).toHaveTextContent('仅看公共区域（无房号）');
    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('filter-unassigned')).getAllByRole('img', { name: '关闭' })[0]!);
    await waitFor(() => expect(screen.queryByTestId('filter-unassigned')).toBeNull());
    await waitFor(() => expect(sent()).not.toContain('unassigned'));
    expect(sent()).toContain('withoutUnit=true');
  }, 60_000);

  it('the rates cover the period in the URL, whole days in the project zone; none means the API default (90 days)', () => {
    expect(readSummaryPeriod(new URLSearchParams('from=2026-10-01&to=2026-10-31'), 'Asia/Shanghai')).toEqual({
      from: '2026-10-01T00:00:00+08:00',
      to: '2026-11-01T00:00:00+08:00',
    });
    expect(readSummaryPeriod(new URLSearchParams('from=nonsense'), 'Asia/Shanghai')).toEqual({});
  });
});
