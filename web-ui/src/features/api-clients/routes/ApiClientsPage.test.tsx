import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '@/features/api-clients/api/list-api-clients';
import { ApiClientsPage } from '@/features/api-clients/routes/ApiClientsPage';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const PROJECT = { id: '7b0e1a52-0000-4000-8000-000000000001', code: 'SG', name: '阳光花园' };
const CLIENT: ApiClient = {
  id: '5d1f0000-0000-4000-8000-000000000002',
  name: 'ERP',
  status: 'ACTIVE',
  scopes: ['work-orders:read'],
  projectIds: [PROJECT.id],
  userId: '5d1f0000-0000-4000-8000-000000000003',
  secrets: [],
  version: 1,
  createdAt: '2026-11-30T02:00:00Z',
};

describe('ApiClientsPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('revokes a client only after the confirmation dialog', async () => {
    const { requests } = mockFetch([
      { path: '/api/v1/api-clients', body: { items: [CLIENT] } },
      { method: 'POST', path: `/api/v1/api-clients/${CLIENT.id}/revoke`, body: { ...CLIENT, status: 'REVOKED', version: 2 } },
    ]);
    renderWithApp(<ApiClientsPage projects={[PROJECT]} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '吊销' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('吊销“ERP”？').length).toBeGreaterThan(0);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: /吊\s*销/ }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([`/api/v1/api-clients/${CLIENT.id}/revoke`]));
  });
});
