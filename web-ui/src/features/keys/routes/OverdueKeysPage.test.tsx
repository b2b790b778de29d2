import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeZoneProvider } from '@/components/TimeZone';
import { OverdueKeysPage } from '@/features/keys/routes/OverdueKeysPage';
import { BUILDING, buildingsRoute, checkout, PROJECT } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, type RecordedRequest } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('OverdueKeysPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('lists late keys, the latest due first, with what each opens and a phone number to call', async () => {
    const { requests } = mockFetch([
      {
        path: '/api/v1/key-checkouts',
        body: {
          items: [
            checkout({ overdue: true, dueAt: hoursAgo(1) }),
            checkout({
              id: 'c4000000-0000-4000-8000-000000000002',
              keyId: 'ee000000-0000-4000-8000-000000000002',
              keyCode: 'SG-E-0003',
              keyType: 'EQUIPMENT_ROOM',
              keyLabel: '水泵房',
              borrowerUserId: undefined,
              borrowerName: '李工',
              borrowerCompany: '安心电梯',
              borrowerPhone: '137****0000',
              overdue: true,
              dueAt: hoursAgo(3),
            }),
          ],
        },
      },
    ]);
    renderWithApp([{ path: '/keys/overdue', element: <OverdueKeysPage projectId={PROJECT} canManage /> }], { path: '/keys/overdue' });

    await screen.findByText('SG-E-0003');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('SG-E-0003 · 水泵房');
    expect(rows[0]).toHaveTextContent('李工 · 安心电梯');
    expect(within(rows[0]!).getByRole('link', { name: '137****0000' })).toHaveAttribute('href', 'tel:137****0000');
    expect(rows[1]).toHaveTextContent('SG-K-0001 · 1-1201');
    expect(within(rows[1]!).getByRole('link', { name: '13900000004' })).toHaveAttribute('href', 'tel:13900000004');
    // The phone numbers come with the checkouts: no staff list is fetched for them.
    expect(requests.some((request) => request.path === '/api/v1/users')).toBe(false);
  });

  it('?late=1 lists the checkouts of the period returned late or still out (days in the project’s zone), with removable tags, exports them and clears back to overdue now', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const returnedLate = checkout({ open: false, checkedOutAt: '2026-10-15T01:00:00Z', dueAt: '2026-10-15T10:00:00Z', returnedAt: '2026-10-15T12:30:00Z' });
    const stillOut = checkout({ id: 'c4000000-0000-4000-8000-000000000002', keyCode: 'SG-K-0002', keyLabel: '3-0101', overdue: true, checkedOutAt: '2026-10-20T01:00:00Z', dueAt: hoursAgo(2) });
    const { requests } = mockFetch([
      { path: '/api/v1/key-checkouts', search: /late=true/, body: { items: [stillOut, returnedLate] } },
      { path: '/api/v1/key-checkouts', body: { items: [] } },
      { path: '/api/v1/key-checkouts/export', body: 'x', headers: { 'Content-Disposition': "attachment; filename*=UTF-8''key-checkouts.xlsx" } },
      buildingsRoute,
    ]);
    const { router } = renderWithApp(
      [
        {
          path: '/keys/overdue',
          element: (
            <TimeZoneProvider timeZone="Asia/Shanghai">
              <OverdueKeysPage projectId={PROJECT} canManage />
            </TimeZoneProvider>
          ),
        },
      ],
      { path: `/keys/overdue?late=1&from=2026-10-01&to=2026-10-31&building=${BUILDING}&withoutUnit=1` },
    );

    const rows = await screen.findAllByTestId('late-row');
    expect(screen.getByRole('heading', { name: '逾期借用' })).toBeInTheDocument();
    const sent = (path = '/api/v1/key-checkouts') => Object.fromEntries(new URLSearchParams(lastOf(requests, path)?.search));
    expect(sent()).toEqual({
      limit: '50',
      projectId: PROJECT,
      late: 'true',
      checkedOutFrom: '2026-10-01T00:00:00+08:00',
      checkedOutTo: '2026-11-01T00:00:00+08:00',
      buildingId: BUILDING,
      withoutUnit: 'true',
    });
    // The still-out one counts on (and may be taken back at the desk); the other came back 2 h 30 min late.
    expect(rows[0]).toHaveTextContent('SG-K-0002 · 3-0101');
    expect(rows[0]).toHaveTextContent('仍未归还');
    expect(within(rows[0]!).getByRole('button', { name: '归还' })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('2 小时 30 分钟');
    expect(within(rows[1]!).queryByRole('button', { name: '归还' })).toBeNull();
    expect(screen.getByTestId('filter-period')).toHaveTextContent('借出日期：2026-10-01 至 2026-10-31');
    expect(await screen.findByText('楼栋：3号楼')).toBeInTheDocument();
    expect(screen.getByTestId('filter-without-unit')).toHaveTextContent('仅看公共区域（无房号）');

    // The export is of the same checkouts.
    const user = userEvent.setup();
    await user.click(screen.getByTestId('export-key-checkouts'));
    await user.click(await screen.findByTestId('export-key-checkouts-xlsx'));
    await waitFor(() => expect(lastOf(requests, '/api/v1/key-checkouts/export')).toBeDefined());
    const { limit: _pageSize, ...listed } = sent();
    expect(sent('/api/v1/key-checkouts/export')).toEqual({ format: 'xlsx', ...listed });

    // A tag removed: its parameter leaves the URL and the request.
    await user.click(within(screen.getByTestId('filter-building')).getAllByRole('img', { name: '关闭' })[0]!);
    await waitFor(() => expect(sent().buildingId).toBeUndefined());
    expect(new URLSearchParams(router.state.location.search).has('building')).toBe(false);
    expect(sent()).toMatchObject({ late: 'true', withoutUnit: 'true', checkedOutFrom: '2026-10-01T00:00:00+08:00' });

    // Back to the keys out past due now.
    await user.click(screen.getByTestId('overdue-now'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('heading', { name: /逾期钥匙/ })).toBeInTheDocument();
    expect(sent()).toEqual({ projectId: PROJECT, open: 'true', overdue: 'true', limit: '200' });
    expect(screen.queryByTestId('drill-filters')).toBeNull();
  }, 60_000);

  it('without ?late=1 the period and building are not read: the keys out past due now', async () => {
    const { requests } = mockFetch([{ path: '/api/v1/key-checkouts', body: { items: [] } }]);
    renderWithApp([{ path: '/keys/overdue', element: <OverdueKeysPage projectId={PROJECT} canManage={false} /> }], {
      path: `/keys/overdue?from=2026-10-01&building=${BUILDING}`,
    });
    expect(await screen.findByText('没有逾期未还的钥匙')).toBeInTheDocument();
    expect(Object.fromEntries(new URLSearchParams(lastOf(requests, '/api/v1/key-checkouts')?.search))).toEqual({ projectId: PROJECT, open: 'true', overdue: 'true', limit: '200' });
    expect(screen.queryByTestId('drill-filters')).toBeNull();
  });
});

function lastOf(requests: RecordedRequest[], path: string): RecordedRequest | undefined {
  return requests.filter((request) => request.path === path).at(-1);
}
