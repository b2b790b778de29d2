import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { workOrder } from '@/features/work-orders/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { setSelectedProjectId } from '@/lib/selected-project';
import { mockFetch } from '@/testing/fetch-mock';
import { setTestLanguage } from '@/testing/render';

const SG = 'b5f1a1e2-0000-4000-8000-000000000002';
const JL = 'b5f1a1e2-0000-4000-8000-000000000001';
const ID = 'e0000000-0000-4000-8000-000000000001';
const me = {
  id: '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a10',
  username: 'agent',
  displayName: '李客服',
  roles: ['AGENT'],
  projects: [
    { id: JL, code: 'JL', name: '翠湖苑', timezone: 'Asia/Shanghai' },
    { id: SG, code: 'SG', name: '阳光花园', timezone: 'Asia/Shanghai' },
  ],
};
// Registered at 09:05 on 23 November in Shanghai, which is 20:05 on the 22nd in New York (the tests' browser).
const order = workOrder({ projectId: SG, createdAt: '2026-11-23T01:05:00Z' });
const api = [
  { path: '/api/v1/me', body: me },
  { path: `/api/v1/work-orders/${ID}`, body: order, headers: { ETag: '"0"' } },
  { path: `/api/v1/work-orders/${ID}/events`, body: { items: [] } },
  { path: '/api/v1/work-orders', body: { items: [] } },
];

const switcherShows = () => screen.getByTestId('project-switcher').querySelector('.ant-select-selection-item')?.textContent;

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

// Issue 9, defect 6 (times in the browser's zone, unmarked) and defect 11 (switcher and page showing different projects).
describe('the project on screen: its time zone and the switcher', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows times in the project’s zone, says so, and the switcher names the order’s project', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    setSelectedProjectId(JL); // the header was on the other project when the link was opened
    mockFetch(api);
    renderAt(`/work-orders/${ID}`);

    const fields = await screen.findByTestId('order-fields');
    await waitFor(() => expect(fields).toHaveTextContent('2026年11月23日 09:05'));
    expect(fields).not.toHaveTextContent('20:05');
    expect(await screen.findByTestId('time-zone-note')).toHaveTextContent('UTC+8 · 项目时间');
    expect(screen.getByTestId('time-zone-note')).toHaveAccessibleName(/Asia\/Shanghai（UTC\+8）显示；本机为 UTC-5/);
    await waitFor(() => expect(switcherShows()).toBe('SG · 阳光花园'));
  });

  it('switching to another project on an order’s page goes to that project’s list', async () => {
    mockFetch(api);
    renderAt(`/work-orders/${ID}`);
    await screen.findByTestId('order-fields');
    await waitFor(() => expect(switcherShows()).toBe('SG · 阳光花园'));
    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('project-switcher')).getByRole('combobox'));
    await user.click(await screen.findByRole('option', { name: 'JL · 翠湖苑' }));
    await waitFor(() => expect(window.location.pathname).toBe('/work-orders'));
    await waitFor(() => expect(switcherShows()).toBe('JL · 翠湖苑'));
  });
});
