import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { OverdueKeysPage } from '@/features/keys/routes/OverdueKeysPage';
import { checkout, PROJECT } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
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
});
