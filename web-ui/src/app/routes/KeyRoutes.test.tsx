import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { checkout, STAFF, unitKey } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { setSelectedProjectId } from '@/lib/selected-project';
import { mockFetch, type MockRoute, type RecordedRequest } from '@/testing/fetch-mock';
import { setTestLanguage } from '@/testing/render';

const SG = 'b5f1a1e2-0000-4000-8000-000000000002';
const JL = 'b5f1a1e2-0000-4000-8000-000000000001';
const me = (roles: string[]) => ({
  id: '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a20',
  username: 'custodian',
  displayName: '钱管理员',
  roles,
  projects: [
    { id: JL, code: 'JL', name: '翠湖苑' },
    { id: SG, code: 'SG', name: '阳光花园' },
  ],
});

function renderAt(path: string, roles: string[], extra: MockRoute[] = []) {
  const fetch = mockFetch([
    ...extra,
    { path: '/api/v1/me', body: me(roles) },
    { path: '/api/v1/keys', body: { items: [unitKey()] } },
    { path: '/api/v1/key-cabinets', body: { items: [] } },
    { path: '/api/v1/users', body: { items: STAFF } },
    { path: '/api/v1/key-checkouts', body: { items: [checkout({ overdue: true }), checkout({ id: 'c4000000-0000-4000-8000-000000000002', overdue: true })] } },
  ]);
  window.history.replaceState(null, '', path);
  render(<App />);
  return fetch;
}

// Role queries walk antd's whole accessibility tree, which is slow in the test DOM on a page this big: text and selectors instead.
const sidebar = () => document.querySelector<HTMLElement>('.ant-menu-root')!;
const title = (text: string) => screen.findByText(text, { selector: 'h3' });

const keyLists = (requests: RecordedRequest[]) => requests.filter((request) => request.path === '/api/v1/keys').map((request) => new URLSearchParams(request.search));

describe('key routes', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('gives a custodian the ledger, desk, overdue board (with its count) and stock-takes, and puts the project in the URL', async () => {
    setSelectedProjectId(SG);
    const { requests } = renderAt('/keys', ['KEY_CUSTODIAN']);
    expect(await title('钥匙台账')).toBeInTheDocument();
    const menu = sidebar();
    for (const name of ['借还台', '逾期钥匙', '盘点']) expect(within(menu).getByText(name)).toBeInTheDocument();
    await waitFor(() => expect(within(menu).getAllByTestId('overdue-keys-badge')[0]).toHaveTextContent('2'));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('project')).toBe(SG));
    expect(keyLists(requests).pop()?.get('projectId')).toBe(SG);
    expect(screen.getByText('登记钥匙', { selector: 'button span' })).toBeInTheDocument();

    await userEvent.setup().click(within(menu).getByText('借还台'));
    expect(await screen.findByLabelText('钥匙编号')).toHaveFocus();
  }, 120_000);

  it('opens a link to another of my projects in that project, and switches the header to it', async () => {
    setSelectedProjectId(JL);
    const { requests } = renderAt(`/keys?project=${SG}&status=AVAILABLE`, ['MANAGER']);
    await title('钥匙台账');
    await waitFor(() => expect(localStorage.getItem('steward.projectId')).toBe(SG));
    const lists = keyLists(requests);
    expect(lists.every((query) => query.get('projectId') === SG)).toBe(true);
    expect(lists.pop()?.get('status')).toBe('AVAILABLE');
    expect(new URLSearchParams(window.location.search).get('project')).toBe(SG);
  });

  it('shows a technician only the keys they hold: no desk, no stock-take, no register button, no overdue count', async () => {
    const { requests } = renderAt('/keys', ['TECHNICIAN']);
    expect(await title('我持有的钥匙')).toBeInTheDocument();
    const menu = sidebar();
    expect(within(menu).getByText('逾期钥匙')).toBeInTheDocument();
    expect(within(menu).queryByText('借还台')).toBeNull();
    expect(within(menu).queryByText('盘点')).toBeNull();
    expect(screen.queryByText('登记钥匙')).toBeNull();
    expect(requests.some((request) => request.path === '/api/v1/key-checkouts')).toBe(false);
  });
});
