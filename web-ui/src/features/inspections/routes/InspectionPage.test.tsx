import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InspectionPage } from '@/features/inspections/routes/InspectionPage';
import { INSPECTION, inspection } from '@/features/inspections/testing/fixtures';
import { draftStorageKey } from '@/features/inspections/components/draft-store';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, type MockRoute, type RecordedRequest } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const PATH = `/api/v1/inspections/${INSPECTION}`;
const PROJECTS = [{ id: inspection().projectId, code: 'SG', name: '阳光花园', timezone: 'Asia/Shanghai' }];

/** The API, with a switch that makes every save fail as if the phone had no network. */
function api(extra: MockRoute[] = []) {
  const network = { up: true };
  const mocked = mockFetch([
    ...extra,
    { method: 'PUT', path: `${PATH}/results`, body: inspection({ version: 2 }, { a1: { status: 'MISSING', deduction: 0.8 } }), headers: { ETag: '"2"' } },
    { path: PATH, body: inspection(), headers: { ETag: '"1"' } },
  ]);
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
    if (!network.up && method === 'PUT') return Promise.reject(new TypeError('Failed to fetch'));
    return mocked.fetchMock(input, init);
  });
  return { ...mocked, network };
}

function renderWalker() {
  return renderWithApp([{ path: '/inspections/:inspectionId', element: <InspectionPage meId="u-supervisor" canManage projects={PROJECTS} /> }], { path: `/inspections/${INSPECTION}` });
}

const checkPoint = (code: string) => document.querySelector<HTMLElement>(`[data-testid="checkpoint"][data-code="${code}"]`)!;
const total = () => screen.getByTestId('score-total').textContent;
const puts = (requests: RecordedRequest[]) => requests.filter((request) => request.method === 'PUT');

describe('InspectionPage (the inspector walks a draft)', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('the running score and grade follow every answer: a deduction, a failed pass/fail item, an N/A item', async () => {
    // No network: the score comes from the answers on this phone alone.
    api().network.up = false;
    renderWalker();
    await waitFor(() => expect(total()).toBe('100.0'));
    expect(screen.getByTestId('grade-tag')).toHaveTextContent('优秀');
    expect(screen.getByTestId('team-bonus')).toBeInTheDocument();
    const user = userEvent.setup();

    // A-1-1 missing: 0.5 by default (the bottom of its 0.5–2 range); three taps on + make it 0.8.
    await user.click(within(checkPoint('A-1-1')).getByTestId('answer-MISSING'));
    expect(total()).toBe('98.0');
    for (let i = 0; i < 3; i += 1) await user.click(within(checkPoint('A-1-1')).getByTestId('deduction-more'));
    expect(within(checkPoint('A-1-1')).getByTestId('deduction-input')).toHaveValue('0.80');
    // 服务 (60 %): 14.2 / 15 → 56.8; 设备 (40 %) full → 96.8.
    expect(total()).toBe('96.8');
    // The 十必查 item fails entirely: 9.2 / 15 → 36.8 + 40 = 76.8, a fail.
    await user.click(within(checkPoint('A-2-2')).getByTestId('answer-MISSING'));
    expect(total()).toBe('76.8');
    expect(screen.getByTestId('grade-tag')).toHaveTextContent('不及格');
    expect(screen.queryByTestId('team-bonus')).toBeNull();
    expect(screen.getByTestId('answered-count')).toHaveTextContent('已查 2/8 · 缺项 2');
    // The item's score shows where it stands.
    expect(within(document.querySelector('[data-testid="inspection-item"][data-code="A-1"]')!).getByTestId('item-score')).toHaveTextContent('9.2 / 10');
    // 设备: the pump room does not apply (both points N/A): it leaves the maximum, and 设备 stays at 100 %.
    await user.click(screen.getByTestId('next-section'));
    await user.click(within(checkPoint('B-1-1')).getByTestId('answer-NOT_APPLICABLE'));
    await user.click(within(checkPoint('B-1-2')).getByTestId('answer-NOT_APPLICABLE'));
    expect(within(document.querySelector('[data-testid="inspection-item"][data-code="B-1"]')!).getByTestId('item-score')).toHaveTextContent('不适用');
    expect(total()).toBe('76.8');
    // …and then the switch room misses 1 of its 5 (the only applicable item): 设备 80 % → 36.8 + 32 = 68.8.
    await user.click(within(checkPoint('B-2-1')).getByTestId('answer-MISSING'));
    await user.click(within(checkPoint('B-2-1')).getByTestId('deduction-more'));
    await user.click(within(checkPoint('B-2-1')).getByTestId('deduction-more'));
    await user.click(within(checkPoint('B-2-1')).getByTestId('deduction-more'));
    await user.click(within(checkPoint('B-2-1')).getByTestId('deduction-more'));
    await user.click(within(checkPoint('B-2-1')).getByTestId('deduction-more'));
    expect(within(checkPoint('B-2-1')).getByTestId('deduction-more')).toBeDisabled();
    expect(total()).toBe('68.8');
  }, 60_000);

  it('keeps the answers on the phone while offline, across a reload, and saves them with If-Match when the network is back', async () => {
    const { requests, network } = api();
    network.up = false;
    const first = renderWalker();
    await waitFor(() => expect(total()).toBe('100.0'));
    const user = userEvent.setup();
    await user.click(within(checkPoint('A-1-1')).getByTestId('answer-MISSING'));
    await user.type(within(checkPoint('A-1-1')).getByTestId('finding-note'), '制度未上墙');
    await user.click(within(checkPoint('A-1-2')).getByTestId('answer-MET'));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'offline'), { timeout: 5000 });
    expect(localStorage.getItem(draftStorageKey(INSPECTION))).toContain('制度未上墙');

    // The page is reloaded (the app starts again from nothing but localStorage) — still offline.
    first.unmount();
    renderWalker();
    await waitFor(() => expect(checkPoint('A-1-1')).toHaveAttribute('data-status', 'MISSING'));
    expect(checkPoint('A-1-2')).toHaveAttribute('data-status', 'MET');
    expect(within(checkPoint('A-1-1')).getByTestId('finding-note')).toHaveValue('制度未上墙');
    expect(total()).toBe('98.0');

    // Back online: what was kept goes out, once, with the ETag of the read.
    const before = puts(requests).length;
    network.up = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'));
    const sent = puts(requests).slice(before).at(-1)!;
    expect(sent.headers.get('If-Match')).toBe('"1"');
    expect(sent.body).toEqual({
      results: [
        { checkPointId: 'a1', status: 'MISSING', deduction: 0.5, note: '制度未上墙' },
        { checkPointId: 'a2', status: 'MET' },
      ],
    });
    // Confirmed: nothing is left on the phone.
    expect(localStorage.getItem(draftStorageKey(INSPECTION))).toBeNull();
  }, 60_000);
});
