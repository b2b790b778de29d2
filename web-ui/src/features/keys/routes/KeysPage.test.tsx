import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeZoneProvider } from '@/components/TimeZone';
import { KeysPage } from '@/features/keys/routes/KeysPage';
import { BUILDING, buildingsRoute, PROJECT, STAFF, unitKey } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, type RecordedRequest } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const sent = (requests: RecordedRequest[], path = '/api/v1/keys') =>
  Object.fromEntries(new URLSearchParams(requests.filter((request) => request.path === path).at(-1)?.search));

function renderLedger(path: string) {
  const fetch = mockFetch([
    { path: '/api/v1/keys', body: { items: [unitKey({ status: 'LOST' })] } },
    { path: '/api/v1/keys/export', body: 'x', headers: { 'Content-Disposition': "attachment; filename*=UTF-8''keys.xlsx" } },
    { path: '/api/v1/key-cabinets', body: { items: [] } },
    { path: '/api/v1/users', body: { items: STAFF } },
    buildingsRoute,
  ]);
  const rendered = renderWithApp(
    [
      {
        path: '/keys',
        element: (
          <TimeZoneProvider timeZone="Asia/Shanghai">
            <KeysPage projectId={PROJECT} canManage ownKeysOnly={false} />
          </TimeZoneProvider>
        ),
      },
    ],
    { path },
  );
  return { ...fetch, ...rendered };
}

describe('KeysPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('the quality picture’s keysLost: keys reported lost in the days (the project’s zone) of the building, to no unit — sent, exported, removable tags', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { requests, router } = renderLedger(`/keys?status=LOST&from=2026-10-01&to=2026-10-31&building=${BUILDING}&withoutUnit=1`);

    await screen.findAllByTestId('key-row');
    expect(sent(requests)).toEqual({
      limit: '50',
      projectId: PROJECT,
      status: 'LOST',
      lostFrom: '2026-10-01T00:00:00+08:00',
      lostTo: '2026-11-01T00:00:00+08:00',
      buildingId: BUILDING,
      withoutUnit: 'true',
    });
    expect(screen.getByTestId('filter-period')).toHaveTextContent('报失日期：2026-10-01 至 2026-10-31');
    expect(await screen.findByText('楼栋：3号楼')).toBeInTheDocument();
    expect(screen.getByTestId('filter-without-unit')).toHaveTextContent('仅看公共区域（无房号）');

    // The export is of the same keys.
    const user = userEvent.setup();
    await user.click(screen.getByTestId('export-keys'));
    await user.click(await screen.findByTestId('export-keys-xlsx'));
    await waitFor(() => expect(sent(requests, '/api/v1/keys/export').format).toBe('xlsx'));
    const { limit: _pageSize, ...listed } = sent(requests);
    expect(sent(requests, '/api/v1/keys/export')).toEqual({ format: 'xlsx', ...listed });

    // Each tag removed drops its parameters from the URL and the request; the status filter stays.
    await user.click(within(screen.getByTestId('filter-period')).getAllByRole('img', { name: '关闭' })[0]!);
    await waitFor(() => expect(sent(requests).lostFrom).toBeUndefined());
    expect(sent(requests).lostTo).toBeUndefined();
    expect(screen.queryByTestId('filter-period')).toBeNull();
    await user.click(within(screen.getByTestId('filter-without-unit')).getAllByRole('img', { name: '关闭' })[0]!);
    await waitFor(() => expect(sent(requests).withoutUnit).toBeUndefined());
    await user.click(within(screen.getByTestId('filter-building')).getAllByRole('img', { name: '关闭' })[0]!);
    await waitFor(() => expect(sent(requests).buildingId).toBeUndefined());
    expect(screen.queryByTestId('drill-filters')).toBeNull();
    expect(router.state.location.search).toBe('?status=LOST');
    expect(sent(requests)).toEqual({ limit: '50', projectId: PROJECT, status: 'LOST' });
  }, 60_000);

  it('an open period reads as one in English; what is not a day or a building is ignored', async () => {
    await setTestLanguage('en');
    const { requests } = renderLedger('/keys?from=2026-10-01&to=soon&building=3');
    expect(await screen.findByTestId('filter-period')).toHaveTextContent('Reported lost from 2026-10-01');
    expect(sent(requests)).toEqual({ limit: '50', projectId: PROJECT, lostFrom: '2026-10-01T00:00:00+08:00' });
    expect(screen.queryByTestId('filter-building')).toBeNull();
  });
});
