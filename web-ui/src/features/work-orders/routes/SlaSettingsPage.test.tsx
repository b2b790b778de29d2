import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SlaRule } from '@/features/work-orders/api/get-sla-policy';
import { PRIORITIES, TYPES } from '@/features/work-orders/components/labels';
import { SlaSettingsPage } from '@/features/work-orders/routes/SlaSettingsPage';
import { PROJECT } from '@/features/work-orders/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, problem, type MockRoute } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

// The defaults of docs/work-orders.md: repairs in minutes, complaints and the like by the end of the day.
const rules: SlaRule[] = TYPES.flatMap((type) =>
  PRIORITIES.map((priority) =>
    type === 'REPAIR' || type === 'RECTIFICATION'
      ? { type, priority, response: { minutes: { URGENT: 15, HIGH: 30, NORMAL: 120, LOW: 1440 }[priority] }, resolution: { minutes: priority === 'LOW' ? 10080 : 240 } }
      : { type, priority, response: { endOfDayPlusDays: 0 }, resolution: { minutes: 4320 } },
  ),
);
const policy = { projectId: PROJECT, customized: false, rules };
const calendarPath = `/api/v1/projects/${PROJECT}/calendar`;
// querySelector rather than role or label queries: forty inputs make those slow in the test DOM.
const amountInput = (label: string) => waitFor(() => document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`) ?? Promise.reject(new Error(label)));
const saveButton = () => screen.getByText(/保\s*存/).closest('button')!;

function renderSettings(canEdit: boolean, path: string, routes: MockRoute[] = []) {
  const fetch = mockFetch([
    ...routes,
    { path: `/api/v1/projects/${PROJECT}/sla-policies`, body: policy },
    { path: calendarPath, body: { projectId: PROJECT, year: 2026, days: [{ date: '2026-10-01', working: false, note: '国庆节' }], workingDayCount: 260 } },
  ]);
  const rendered = renderWithApp([{ path: '/projects/:projectId/sla', element: <SlaSettingsPage projectId={PROJECT} projectName="阳光花园" canEdit={canEdit} /> }], { path });
  return { ...fetch, ...rendered };
}

describe('SlaSettingsPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('a manager changes a limit in hours and saves the whole policy in minutes', async () => {
    const { requests } = renderSettings(true, `/projects/${PROJECT}/sla`, [
      { method: 'PUT', path: `/api/v1/projects/${PROJECT}/sla-policies`, body: { ...policy, customized: true } },
    ]);
    const amount = await amountInput('报修 · 普通 · 响应时限');
    await waitFor(() => expect(amount).toHaveValue('2')); // 120 minutes shown as 2 hours
    expect(saveButton()).toBeDisabled();
    fireEvent.change(amount, { target: { value: '3' } });
    await waitFor(() => expect(saveButton()).toBeEnabled());
    fireEvent.click(saveButton());

    await waitFor(() => expect(requests.find((request) => request.method === 'PUT')).toBeDefined());
    const sent = (requests.find((request) => request.method === 'PUT')?.body as { rules: SlaRule[] }).rules;
    expect(sent).toHaveLength(20);
    expect(sent[2]).toEqual({ type: 'REPAIR', priority: 'NORMAL', response: { minutes: 180 }, resolution: { minutes: 240 } });
    expect(sent[4]).toEqual({ type: 'COMPLAINT', priority: 'URGENT', response: { endOfDayPlusDays: 0 }, resolution: { minutes: 4320 } });
    expect(await screen.findByText('本项目自定义')).toBeInTheDocument();
  });

  it('refuses a response time longer than the resolution time inline, before sending', async () => {
    const { requests } = renderSettings(true, `/projects/${PROJECT}/sla`);
    const amount = await amountInput('报修 · 紧急 · 响应时限');
    fireEvent.change(amount, { target: { value: '600' } }); // 600 minutes against 4 hours
    await waitFor(() => expect(saveButton()).toBeEnabled());
    fireEvent.click(saveButton());
    expect(await screen.findByText('不能长于解决时限')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it("puts a 400's errors on the cells they name", async () => {
    const renderResult = renderSettings(true, `/projects/${PROJECT}/sla`, [
      {
        method: 'PUT',
        path: `/api/v1/projects/${PROJECT}/sla-policies`,
        status: 400,
        body: problem(400, 'VALIDATION_FAILED', 'Invalid request', undefined, { errors: [{ field: 'rules[1].resolution.minutes', message: 'must be at least the response time' }] }),
      },
    ]);
    const { requests } = renderResult;
    fireEvent.change(await amountInput('报修 · 高 · 解决时限'), { target: { value: '5' } });
    await waitFor(() => expect(saveButton()).toBeEnabled());
    fireEvent.click(saveButton());
    await waitFor(() => expect(requests.some((request) => request.method === 'PUT')).toBe(true), { timeout: 15_000 });
    expect(await screen.findByText('must be at least the response time', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('请修正标出的字段')).toBeInTheDocument();
  });

  it('others read the limits in words, without inputs', async () => {
    renderSettings(false, `/projects/${PROJECT}/sla`);
    expect(await screen.findByText('只有项目经理和系统管理员可以修改。')).toBeInTheDocument();
    const table = screen.getByTestId('sla-table');
    expect(within(table).getAllByText('15 分钟').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('登记当日 24 点前')).toHaveLength(12);
    expect(within(table).queryByRole('spinbutton')).toBeNull();
    expect(screen.queryByText(/保\s*存/)).toBeNull();
  });

  it('the calendar: a click makes a holiday or a make-up day, the count follows, and the year is saved', async () => {
    const { requests } = renderSettings(true, `/projects/${PROJECT}/sla?tab=calendar&year=2026`, [
      { method: 'PUT', path: calendarPath, body: { projectId: PROJECT, year: 2026, days: [], workingDayCount: 261 } },
    ]);
    expect(await screen.findByTestId('working-day-count')).toHaveTextContent('全年工作日 260 天 · 节假日 1 天 · 调休上班 0 天');
    expect(new URLSearchParams(requests.find((request) => request.path === calendarPath)?.search).get('year')).toBe('2026');
    const cell = (date: string) => document.querySelector<HTMLButtonElement>(`[data-date="${date}"]`)!;
    expect(cell('2026-10-01')).toHaveAttribute('data-kind', 'holiday');

    fireEvent.click(cell('2026-10-02')); // a Friday: now a holiday
    fireEvent.click(cell('2026-10-10')); // a Saturday: now a working day
    fireEvent.click(cell('2026-10-01')); // back to a working day
    expect(cell('2026-10-02')).toHaveAttribute('data-kind', 'holiday');
    expect(cell('2026-10-10')).toHaveAttribute('data-kind', 'makeup');
    expect(screen.getByTestId('working-day-count')).toHaveTextContent('全年工作日 261 天 · 节假日 1 天 · 调休上班 1 天');

    // Arrow keys move the focus; Space toggles.
    act(() => cell('2026-10-10').focus());
    fireEvent.keyDown(cell('2026-10-10'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('2026-10-11'));
    fireEvent.keyDown(cell('2026-10-11'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell('2026-10-18'));

    fireEvent.click(saveButton());
    await waitFor(() => expect(requests.find((request) => request.method === 'PUT')).toBeDefined());
    const put = requests.find((request) => request.method === 'PUT');
    expect(new URLSearchParams(put?.search).get('year')).toBe('2026');
    expect(put?.body).toEqual({
      days: [
        { date: '2026-10-02', working: false },
        { date: '2026-10-10', working: true },
      ],
    });
  });

  it('imports a year as text: the lines the server refuses are listed, then the imported year shows', async () => {
    const importRoute: MockRoute = {
      method: 'POST',
      path: `/api/v1/projects/${PROJECT}/calendar-imports`,
      status: 400,
      body: problem(400, 'VALIDATION_FAILED', 'Invalid request', undefined, { errors: [{ field: 'text', message: 'line 2: 2026-13-01 is not a date (YYYY-MM-DD)' }] }),
    };
    const { requests } = renderSettings(true, `/projects/${PROJECT}/sla?tab=calendar&year=2026`, [importRoute]);
    fireEvent.click(await screen.findByText('导入年度安排'));
    const text = await screen.findByLabelText('全年安排');
    fireEvent.change(text, { target: { value: '2026-10-01 休 国庆节\n2026-13-01 休' } });
    const submit = () => fireEvent.click(screen.getByText(/^导\s*入$/).closest('button')!);
    submit();
    expect(await screen.findByText('line 2: 2026-13-01 is not a date (YYYY-MM-DD)')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ year: 2026, text: '2026-10-01 休 国庆节\n2026-13-01 休' });

    importRoute.status = 200;
    importRoute.body = { projectId: PROJECT, year: 2026, source: 'PROJECT', days: [{ date: '2026-10-01', working: false, note: '国庆节' }, { date: '2026-10-10', working: true }], workingDayCount: 261 };
    fireEvent.change(text, { target: { value: '2026-10-01 休 国庆节\n2026-10-10 班' } });
    submit();
    await waitFor(() => expect(screen.getByTestId('calendar-source')).toHaveTextContent('本项目自定'));
    expect(document.querySelector('[data-date="2026-10-10"]')).toHaveAttribute('data-kind', 'makeup');
  });
});
