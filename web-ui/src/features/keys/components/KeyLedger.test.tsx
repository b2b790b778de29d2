import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { KeyLedger } from '@/features/keys/components/KeyLedger';
import { CABINET, checkout, PROJECT, STAFF, TECH, unitKey } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, type RecordedRequest } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const lastList = (requests: RecordedRequest[]) => new URLSearchParams(requests.filter((request) => request.path === '/api/v1/keys').pop()?.search);
const cabinet = { id: CABINET, projectId: PROJECT, name: '1号钥匙柜', slots: 120, usedSlots: 75, keyCount: 75, createdAt: '2026-08-25T00:00:00Z' };

describe('KeyLedger', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('reads its filters from the URL, writes changes back and sends them to the API', async () => {
    const late = unitKey({
      id: 'ee000000-0000-4000-8000-000000000002',
      code: 'SG-K-0002',
      unitLabel: '2-0302',
      status: 'CHECKED_OUT',
      openCheckout: checkout({ dueAt: new Date(Date.now() - 90 * 60_000).toISOString(), overdue: true }),
    });
    const { requests } = mockFetch([
      { path: '/api/v1/keys', body: { items: [unitKey(), late], nextCursor: 'next' } },
      { path: '/api/v1/key-cabinets', body: { items: [cabinet] } },
      { path: '/api/v1/users', body: { items: STAFF } },
    ]);
    const { router } = renderWithApp([{ path: '/keys', element: <KeyLedger projectId={PROJECT} canManage ownKeysOnly={false} /> }], {
      path: `/keys?type=UNIT&cabinet=${CABINET}&status=bogus`,
    });

    expect(await screen.findByText('2-0302')).toBeInTheDocument();
    let query = lastList(requests);
    expect(query.get('projectId')).toBe(PROJECT);
    expect(query.get('type')).toBe('UNIT');
    expect(query.get('cabinetId')).toBe(CABINET);
    expect(query.has('status')).toBe(false); // not a status: ignored, not sent
    // The key out past its due time shows who has it and how late, in red; the other does not.
    const rows = screen.getAllByTestId('key-row');
    expect(within(rows[1]!).getByTestId('due-overdue')).toHaveTextContent('已逾期 1 小时 30 分钟');
    expect(within(rows[1]!).getByText('赵师傅')).toBeInTheDocument();
    expect(within(rows[0]!).queryByTestId('due-overdue')).toBeNull();
    expect(rows[0]).toHaveTextContent('1号钥匙柜 · 12 号位');

    const user = userEvent.setup();
    await user.click(screen.getByRole('switch', { name: '仅看逾期' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('overdue')).toBe('1'));
    await waitFor(() => expect(lastList(requests).get('overdue')).toBe('true'));

    // Mouse-down opens an antd Select (as in antd's own tests): a full click is slow in the test DOM.
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '借用人' }));
    fireEvent.click((await screen.findAllByTitle('赵师傅')).pop()!);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('holder')).toBe(TECH));
    await waitFor(() => expect(lastList(requests).get('holderId')).toBe(TECH));

    await user.type(screen.getByLabelText('搜索钥匙'), '1201');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('1201'));
    await waitFor(() => expect(lastList(requests).get('q')).toBe('1201'));
    query = new URLSearchParams(router.state.location.search);
    expect(query.get('type')).toBe('UNIT');
    expect(query.get('cabinet')).toBe(CABINET);
    expect(screen.getByRole('button', { name: /加载更多/ })).toBeInTheDocument();
  }, 120_000);

  it('prints the selected keys by code, and a filtered cabinet whole', async () => {
    mockFetch([
      { path: '/api/v1/keys', body: { items: [unitKey(), unitKey({ id: 'ee000000-0000-4000-8000-000000000002', code: 'SG-K-0002' })] } },
      { path: '/api/v1/key-cabinets', body: { items: [cabinet] } },
      { path: '/api/v1/users', body: { items: STAFF } },
    ]);
    const { router } = renderWithApp(
      [
        { path: '/keys', element: <KeyLedger projectId={PROJECT} canManage ownKeysOnly={false} /> },
        { path: '/keys/labels', element: <p>labels</p> },
      ],
      { path: `/keys?cabinet=${CABINET}` },
    );
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('key-row');
    expect(screen.getByTestId('print-selected')).toBeDisabled();
    await user.click(within(rows[1]!).getByRole('checkbox'));
    await user.click(within(rows[0]!).getByRole('checkbox'));
    await user.click(screen.getByTestId('print-selected'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/keys/labels'));
    expect(new URLSearchParams(router.state.location.search).get('codes')).toBe('SG-K-0002,SG-K-0001');

    await router.navigate(`/keys?cabinet=${CABINET}`);
    await user.click(await screen.findByRole('button', { name: /打印本柜全部标识/ }));
    await waitFor(() => expect(router.state.location.search).toBe(`?cabinet=${CABINET}`));
  }, 120_000);

  it('shows a technician the keys they hold, without the holder filter, selection or printing', async () => {
    mockFetch([
      { path: '/api/v1/keys', body: { items: [] } },
      { path: '/api/v1/key-cabinets', body: { items: [cabinet] } },
    ]);
    renderWithApp([{ path: '/keys', element: <KeyLedger projectId={PROJECT} canManage={false} ownKeysOnly /> }], { path: '/keys' });
    expect(await screen.findByText('您目前没有借用钥匙')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '借用人' })).toBeNull();
    expect(screen.queryByTestId('print-selected')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
